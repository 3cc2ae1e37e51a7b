import JournalModel

extension DiaryScreen {
    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        drawTabs(into: &buffer, in: rect, context: context)
        guard pupil != nil else {
            let none = LocalizedText(ru: " Нет учеников, чей дневник вам открыт.", en: " No student's diary is open to you.")
            buffer.put(text: none.text(language), x: rect.x, y: rect.y + 2, maxWidth: rect.width)
            return
        }
        let body = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: max(0, rect.height - 2))
        switch page {
        case .week where !lessonOpen: drawWeek(into: &buffer, in: body, context: context)
        case .marks: drawMarks(into: &buffer, in: body, language: language)
        case .week, .subject, .attendance:
            let lines = scrolledLines(language: language, width: body.width - 2)
            Self.put(lines: lines, into: &buffer, in: body, scroll: min(scroll, max(0, lines.count - body.height)))
        }
    }

    /// The lines of the page that scrolls: the lesson open in full, a subject's marks, the absences.
    func scrolledLines(language: Language, width: Int) -> [(String, Style)] {
        switch page {
        case .week:
            guard let week, week.lessons.indices.contains(lessonIndex) else { return [] }
            return lessonDetail(week.lessons[lessonIndex], language: language, width: width).map { (" " + $0, .plain) }
        case .subject(let index): return subjectLines(index, language: language)
        case .attendance: return attendanceLines(language: language)
        case .marks: return []
        }
    }

    /// The first two lines: the pages with their keys (the current one selected), then what the
    /// page shows and how to move.
    private func drawTabs(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        let tabs: [(Action, LocalizedText, Bool)] = [
            (.diaryShowWeek, LocalizedText(ru: "Неделя", en: "Week"), page == .week),
            (.diaryShowMarks, LocalizedText(ru: "Отметки", en: "Marks"), page == .marks || { if case .subject = page { true } else { false } }()),
            (.diaryShowAttendance, LocalizedText(ru: "Посещаемость", en: "Attendance"), page == .attendance),
        ]
        var x = rect.x + 1
        for (action, label, current) in tabs {
            let key = context.keymap.hint(for: action).map { "\($0) " } ?? ""
            let text = " \(key)\(label.text(language)) "
            x += buffer.put(text: text, x: x, y: rect.y, style: current ? .role(.selection) : .plain, maxWidth: max(0, rect.maxX - x)) + 1
        }
        if pupils.count > 1, let hint = context.hint(.diaryNextChild, LocalizedText(ru: "другой ребёнок", en: "another child")) {
            buffer.put(text: "  " + hint, x: x, y: rect.y, style: .role(.hint), maxWidth: max(0, rect.maxX - x))
        }
        buffer.put(text: " " + subtitle(context), x: rect.x, y: rect.y + 1, maxWidth: rect.width)
    }

    /// What the page shows (the week's dates, the period) and the keys that change it.
    private func subtitle(_ context: DrawContext) -> String {
        let language = context.language
        switch page {
        case .week:
            let range = "\(monday.russianText.prefix(5))–\(monday.adding(days: 6).russianText)"
            let keys = [context.pairHint(.diaryPreviousWeek, .diaryNextWeek, LocalizedText(ru: "недели", en: "weeks")),
                        context.hint(.diaryThisWeek, LocalizedText(ru: "эта", en: "this")),
                        context.hint(.diaryTypeDate, LocalizedText(ru: "дата", en: "date"))].compactMap { $0 }
            return LocalizedText(ru: "Неделя \(range)", en: "Week \(range)").text(language) + "   " + keys.joined(separator: "  ")
        case .marks, .subject, .attendance:
            guard let period else { return "" }
            let dates = "\(period.startsOn.russianText)–\(period.endsOn.russianText)"
            let keys = context.pairHint(.diaryPreviousPeriod, .diaryNextPeriod, LocalizedText(ru: "другой период", en: "another period")) ?? ""
            return LocalizedText(ru: "Период: \(period.name) (\(dates))", en: "Period: \(period.name) (\(dates))").text(language) + "   " + keys
        }
    }

    /// Lines of text, from `scroll`, as many as fit.
    static func put(lines: [(String, Style)], into buffer: inout CellBuffer, in rect: Rect, scroll: Int = 0) {
        for (offset, line) in lines.dropFirst(scroll).prefix(rect.height).enumerated() {
            buffer.put(text: line.0, x: rect.x, y: rect.y + offset, style: line.1, maxWidth: rect.width)
        }
    }

}
