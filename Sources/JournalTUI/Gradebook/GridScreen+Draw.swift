import JournalModel

/// Drawing the grid: a frozen name column and two header rows (date, kind of work), only the
/// lesson columns and student rows that fit, then the summary columns; panels over the bottom.
extension GridScreen {
    static let lessonWidth = 6
    static let summaryWidth = 5
    static let headerRows = 3

    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        drawInfoLine(into: &buffer, in: rect.row(0), language: language)
        let panel = panelLines(language: language)
        let panelHeight = panel.isEmpty ? 0 : min(panel.count + 1, rect.height / 2)
        let gridRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1 - panelHeight)
        drawGrid(into: &buffer, in: gridRect, language: language)
        if panelHeight > 0 {
            let panelRect = Rect(x: rect.x, y: rect.maxY - panelHeight, width: rect.width, height: panelHeight)
            buffer.fill(panelRect.row(0), with: "─", style: .role(.hint))
            for (index, line) in panel.prefix(panelHeight - 1).enumerated() {
                buffer.fill(panelRect.row(index + 1))
                buffer.put(text: " " + line, x: panelRect.x, y: panelRect.y + index + 1, maxWidth: panelRect.width)
            }
        }
        buffer.cursor = nil
    }

    private func drawInfoLine(into buffer: inout CellBuffer, in rect: Rect, language: Language) {
        var parts = [gradebook.schoolClass.title, gradebook.subject.name]
        if let group = gradebook.subgroup?.name { parts.append(group) }
        parts.append(period.name)
        let arrow = entryMovesDown ? "↓" : "→"
        var text = " " + parts.joined(separator: " · ") + LocalizedText(ru: "   ввод: \(arrow)", en: "   entry: \(arrow)").text(language)
        if let kind = nextMarkKind {
            text += LocalizedText(ru: "   след. отметка: ", en: "   next mark: ").text(language)
                + "\(WorkKind.shortTitle(of: kind).text(language)) ×\(Self.weightText(gradebook.settings.weight(of: kind)))"
        }
        if !choice.mayEdit || gradebook.lessons.allSatisfy({ access.refusal(forLesson: $0.id) != nil }) && access.periodMarkRefusal != nil {
            text += LocalizedText(ru: "   только просмотр", en: "   read-only").text(language)
        }
        buffer.put(text: text, x: rect.x, y: rect.y, style: Style(bold: true), maxWidth: rect.width)
    }

    /// How wide the frozen name column is for a screen width.
    static func nameWidth(for width: Int) -> Int { width >= 120 ? 30 : 20 }

    /// The first lesson column shown: pages of whole screens, the last page when on a summary mark.
    func firstVisibleLesson(visible: Int) -> Int {
        guard visible > 0 else { return 0 }
        if isOnSummaryMark { return max(0, gradebook.lessons.count - visible) }
        return (column / visible) * visible
    }

    private func drawGrid(into buffer: inout CellBuffer, in rect: Rect, language: Language) {
        let nameWidth = Self.nameWidth(for: rect.width)
        let summaryKinds = gradebook.summaryKinds
        let summaryX = rect.maxX - (2 + summaryKinds.count) * Self.summaryWidth
        let visibleLessons = max(0, (summaryX - rect.x - nameWidth) / Self.lessonWidth)
        let firstLesson = firstVisibleLesson(visible: visibleLessons)
        let shownLessons = Array(gradebook.lessons.indices.dropFirst(firstLesson).prefix(visibleLessons))
        let visibleRows = max(1, rect.height - 2)
        let firstRow = (row / visibleRows) * visibleRows
        let today = today
        let hint = Style.role(.hint)

        // Headers.
        let nameHeader = LocalizedText(ru: "Ученик", en: "Student").text(language)
        buffer.put(text: nameHeader, x: rect.x + 1, y: rect.y, style: hint, maxWidth: nameWidth - 1)
        let more = LocalizedText(ru: "уроков: \(gradebook.lessons.count)", en: "lessons: \(gradebook.lessons.count)").text(language)
        buffer.put(text: more, x: rect.x + 1, y: rect.y + 1, style: hint, maxWidth: nameWidth - 1)
        // Each header padded over the gap in its own style: one run on the terminal per header row
        // instead of one per column.
        let shownColumns = shownLessons.enumerated().map { slot, index in
            VisibleLesson(index: index, x: rect.x + nameWidth + slot * Self.lessonWidth, gradebook: gradebook, access: access, today: today)
        }
        for shown in shownColumns {
            let lesson = gradebook.lessons[shown.index]
            let date = String(lesson.onDate.russianText.prefix(5))
            let style = lesson.onDate == today ? Style(bold: true) : hint
            buffer.put(text: date.padded(toColumns: Self.lessonWidth), x: shown.x, y: rect.y, style: style, maxWidth: Self.lessonWidth)
            let kind = WorkKind.shortTitle(of: lesson.workKind).text(language).padded(toColumns: Self.lessonWidth - 1)
            buffer.put(text: kind + " ", x: shown.x, y: rect.y + 1, style: hint, maxWidth: Self.lessonWidth)
        }
        let summaryTitles = [LocalizedText(ru: "Ср.", en: "Avg"), LocalizedText(ru: "Прог", en: "Fcst")] + summaryKinds.map(Self.summaryTitle)
        for (index, title) in summaryTitles.enumerated() {
            buffer.put(text: title.text(language), x: summaryX + index * Self.summaryWidth, y: rect.y, style: hint, maxWidth: Self.summaryWidth)
        }

        // Students.
        for (line, index) in gradebook.students.indices.dropFirst(firstRow).prefix(visibleRows).enumerated() {
            let student = gradebook.students[index]
            let y = rect.y + 2 + line
            let name = nameWidth >= 30 ? student.fullName : student.shortName
            buffer.put(text: RowCursor.numberColumn(index + 1, current: index == row), x: rect.x, y: y, maxWidth: nameWidth - 1)
            buffer.put(text: name, x: rect.x + 3, y: y, maxWidth: max(0, nameWidth - 4))
            for shown in shownColumns {
                let member = gradebook.isMember(student.id, on: shown.onDate)
                var text = member ? Self.cellText(code: shown.codes[student.id]?.code, marks: shown.marks[student.id] ?? []) : "·"
                if text.isEmpty { text = "." }
                var style: Style = shown.isReadOnly || !member ? Style(dim: true, role: .readOnly) : .plain
                // A lesson not held yet has nothing to show: blank, not a dim dot under every future
                // date (a third of the grid's first frame on the terminal).
                if shown.isNotYetHeld { (text, style) = ("", .plain) }
                let selected = index == row && shown.index == column
                let x = shown.x
                if selected { style = RowCursor.cellStyle }
                // The gap after a cell takes the cell's style (a space shows no foreground colour),
                // so a row of read-only cells is one styled run on the terminal, not one per cell:
                // the escape sequences around each cell were two thirds of the grid's first frame.
                let width = selected ? Self.lessonWidth - 1 : Self.lessonWidth
                buffer.put(text: text.padded(toColumns: width), x: x, y: y, style: style, maxWidth: width)
            }
            let forecast = forecasts[student.id] ?? gradebook.forecast(for: student.id)
            let average = averageTexts[student.id] ?? Self.averageText(forecast)
            buffer.put(text: average, x: summaryX, y: y, maxWidth: Self.summaryWidth - 1)
            // Plain like the average (the column's header says what it is): a colour here cost an
            // attribute pair around one character on every row.
            buffer.put(text: forecast.suggestedMark ?? "", x: summaryX + Self.summaryWidth, y: y, maxWidth: Self.summaryWidth - 1)
            for (offset, kind) in summaryKinds.enumerated() {
                var style: Style = access.periodMarkRefusal != nil ? Style(dim: true, role: .readOnly) : .plain
                if index == row && summaryKind == kind { style = RowCursor.cellStyle }
                let mark = gradebook.summaryMark(kind, of: student.id)?.value ?? "."
                buffer.put(text: mark.padded(toColumns: Self.summaryWidth - 1), x: summaryX + (2 + offset) * Self.summaryWidth, y: y,
                           style: style, maxWidth: Self.summaryWidth - 1)
            }
        }
    }

    /// What every cell of a shown lesson column needs, worked out once per frame instead of once
    /// per cell (the per-cell look-ups and copies of the lesson were a fifth of drawing a frame).
    private struct VisibleLesson {
        let index: Int
        let x: Int
        let onDate: SchoolDate
        let isReadOnly: Bool
        let isNotYetHeld: Bool
        /// The lesson's marks and codes by student id.
        let marks: [String: [Mark]]
        let codes: [String: Attendance]

        init(index: Int, x: Int, gradebook: Gradebook, access: GradebookAccess, today: SchoolDate) {
            let lesson = gradebook.lessons[index]
            self.index = index
            self.x = x
            onDate = lesson.onDate
            isReadOnly = access.refusal(forLesson: lesson.id) != nil
            isNotYetHeld = lesson.onDate > today
            marks = gradebook.marks[lesson.id] ?? [:]
            codes = gradebook.attendance[lesson.id] ?? [:]
        }
    }

    /// The header of a summary mark's column.
    static func summaryTitle(_ kind: FinalMarkKind) -> LocalizedText {
        switch kind {
        case .period: LocalizedText(ru: "Итог", en: "Term")
        case .year: LocalizedText(ru: "Год", en: "Year")
        case .exam: LocalizedText(ru: "Экз", en: "Exam")
        case .final: LocalizedText(ru: "Итог", en: "Final")
        }
    }

    /// The lines of the open panel (history, forecast, the comment being typed), or none.
    func panelLines(language: Language) -> [String] {
        switch overlay {
        case nil, .fillPrompt?:
            return []
        case let .commentPrompt(mark, text)?:
            return [LocalizedText(ru: "Комментарий к отметке \(mark.value) (Enter — сохранить, Esc — отмена):",
                                  en: "Comment on the mark \(mark.value) (Enter saves, Esc cancels):").text(language),
                    "[" + text.displayText + "]"]
        case let .history(title, marks, changes)?:
            var lines = [LocalizedText(ru: "История: \(title)   (Esc — закрыть)", en: "History: \(title)   (Esc closes)").text(language)]
            lines += marks.map { Self.markDetail($0, language: language) }
            if changes.isEmpty { lines.append(LocalizedText(ru: "Изменений нет.", en: "No changes.").text(language)) }
            for change in changes {
                let what = switch change.kind {
                case .mark: LocalizedText(ru: "отметка", en: "mark")
                case .attendance: LocalizedText(ru: "посещаемость", en: "attendance")
                case .finalMark: LocalizedText(ru: "итоговая", en: "period mark")
                case .comment: LocalizedText(ru: "комментарий", en: "comment")
                case .workKind: LocalizedText(ru: "вид работы", en: "kind of work")
                }
                let values = change.kind == .workKind
                    ? "\(change.oldValue.map { WorkKind.shortTitle(of: $0).text(language) } ?? "—") → \(change.newValue.map { WorkKind.shortTitle(of: $0).text(language) } ?? "—")"
                    : "\(change.oldValue ?? "—") → \(change.newValue ?? "—")"
                let kind = change.workKind.map { " (\(WorkKind.shortTitle(of: $0).text(language)))" } ?? ""
                lines.append("\(change.at)  \(change.actor.padded(toColumns: 10))  \(what.text(language).padded(toColumns: 12))  \(values)\(kind)")
            }
            return lines
        case let .forecast(title, forecast)?:
            return ForecastExplanation.lines(title: title, forecast: forecast, language: language)
        }
    }
}
