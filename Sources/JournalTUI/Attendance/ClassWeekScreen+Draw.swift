import JournalModel

extension ClassWeekScreen {
    static let weekdayNames = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
    static let weekdayNamesEnglish = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]

    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        guard let week else { return }
        let language = context.language
        let nameWidth = 22
        let cellWidth = 4
        let x0 = rect.x + 1 + nameWidth + 1
        let visible = max(1, (rect.maxX - x0 - 1) / cellWidth)
        let first = max(0, column - visible + 1)
        let shown = Array(lessons.enumerated().dropFirst(first).prefix(visible))

        // Two header rows: the day over its first lesson, then the subject's short name.
        var lastDay: SchoolDate?
        for (offset, (_, lesson)) in shown.enumerated() {
            let x = x0 + offset * cellWidth
            if lesson.onDate != lastDay {
                let names = language == .russian ? Self.weekdayNames : Self.weekdayNamesEnglish
                // The label may use only its day's columns: a day with one lesson shows just the date.
                let span = shown.dropFirst(offset).prefix { $0.1.onDate == lesson.onDate }.count * cellWidth - 1
                let full = "\(names[lesson.onDate.weekday - 1]) \(lesson.onDate.day)"
                let day = full.displayWidth <= span ? full : "\(lesson.onDate.day)"
                buffer.put(text: day, x: x, y: rect.y, style: Style(bold: true), maxWidth: min(span, rect.maxX - x))
                lastDay = lesson.onDate
            }
            let subject = week.subjects[lesson.subjectID]?.shortName ?? ""
            buffer.put(text: subject.prefix(columns: cellWidth - 1), x: x, y: rect.y + 1, style: .role(.hint))
        }
        if lessons.isEmpty {
            buffer.put(text: LocalizedText(ru: "За эти дни уроков не записано.", en: "No lessons recorded on these days.").text(language),
                       x: x0, y: rect.y)
        }

        let top = rect.y + 2
        let height = max(0, rect.height - 5)
        let firstRow = max(0, row - height + 1)
        for (offset, index) in week.students.indices.dropFirst(firstRow).prefix(height).enumerated() {
            let student = week.students[index]
            let y = top + offset
            buffer.put(text: student.shortName.padded(toColumns: nameWidth), x: rect.x + 1, y: y,
                       style: index == row ? Style(bold: true) : .plain)
            for (cellOffset, (lessonIndex, lesson)) in shown.enumerated() {
                let x = x0 + cellOffset * cellWidth
                let record = week.attendance(lessonID: lesson.id, studentID: student.id)
                var text = week.attends(student.id, lesson) ? (record?.code ?? (week.isTaken(lessonID: lesson.id) ? "·" : " ")) : "—"
                var style: Style = .plain
                if let record, week.isReasonMissing(record) { style = .role(.highlight); text += "!" }
                if index == row, lessonIndex == column { style = .role(.selection) }
                buffer.put(text: text.padded(toColumns: cellWidth - 1), x: x, y: y, style: style)
            }
        }

        let missing = week.absencesWithoutReason.count
        let summary = LocalizedText(ru: "Пропусков без причины: \(missing) (отмечены «!»). Причина: Б, У, П на ячейке.",
                                    en: "Absences without a reason: \(missing) (marked «!»). Reason: type Б, У, П on the cell.")
        buffer.put(text: summary.text(language), x: rect.x + 1, y: rect.maxY - 3, maxWidth: rect.width - 2)
        if let (lesson, student) = selectedCell {
            let subject = week.subjects[lesson.subjectID]?.name ?? ""
            let code = week.attendance(lessonID: lesson.id, studentID: student.id)?.code
            let meaning = code.flatMap { week.settings.attendanceCode($0)?.meaning.text(language) } ?? ""
            let detail = "\(student.fullName) · \(subject), \(lesson.onDate.russianText), \(lesson.slot) · \(code.map { "\($0) — \(meaning)" } ?? "")"
            buffer.put(text: detail, x: rect.x + 1, y: rect.maxY - 2, style: .role(.hint), maxWidth: rect.width - 2)
        }
        if let datesField {
            let label = LocalizedText(ru: "Даты: ", en: "Dates: ").text(language)
            buffer.put(text: label, x: rect.x + 1, y: rect.maxY - 1)
            let x = rect.x + 1 + label.displayWidth
            TextFieldView(field: datesField, isFocused: true)
                .draw(into: &buffer, in: Rect(x: x, y: rect.maxY - 1, width: min(30, rect.maxX - x), height: 1))
            return
        }
        let keys = [
            context.hint(.weekPreviousWeek, LocalizedText(ru: "пред. неделя", en: "previous week")),
            context.hint(.weekNextWeek, LocalizedText(ru: "след. неделя", en: "next week")),
            context.hint(.weekChooseDates, LocalizedText(ru: "другие даты", en: "other dates")),
        ].compactMap { $0 }.joined(separator: "  ")
        buffer.put(text: keys, x: rect.x + 1, y: rect.maxY - 1, style: .role(.hint), maxWidth: rect.width - 2)
    }
}
