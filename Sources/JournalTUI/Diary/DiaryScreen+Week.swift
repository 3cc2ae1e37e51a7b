import JournalModel

/// The week page: what is new since the previous login, then the days with their lessons, the
/// selected lesson's topic, homework and marks at the bottom (Enter shows all of it).
extension DiaryScreen {
    /// From this width the lesson lines have a topic column (narrower, the topic is in the detail below).
    static let topicColumnFrom = 110

    func drawWeek(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        guard let week else { return }
        let language = context.language
        let newsList = newsLines(news, language: language, room: max(0, (rect.height - 6) / 4))
        Self.put(lines: newsList, into: &buffer, in: rect)
        let detailHeight = 3
        let listTop = rect.y + newsList.count
        let listHeight = max(0, rect.maxY - listTop - detailHeight - 1)
        let withTopic = rect.width >= Self.topicColumnFrom
        buffer.put(text: Self.columnHeader(withTopic: withTopic, language: language), x: rect.x, y: listTop, style: .role(.hint), maxWidth: rect.width)

        var lines: [(text: String, style: Style, lesson: Int?)] = []
        for day in week.days {
            let names = language == .russian ? ClassWeekScreen.weekdayNames : ClassWeekScreen.weekdayNamesEnglish
            let lessons = week.lessons.indices.filter { week.lessons[$0].date == day }
            var heading = " \(names[day.weekday - 1]) \(day.russianText)"
            if day == today { heading += LocalizedText(ru: " — сегодня", en: " — today").text(language) }
            if lessons.isEmpty { heading += LocalizedText(ru: " — уроков нет", en: " — no lessons").text(language) }
            lines.append((heading, lessons.isEmpty ? .role(.hint) : Style(bold: true), nil))
            for index in lessons {
                let lesson = week.lessons[index]
                let style: Style = index == lessonIndex ? .role(.selection) : isNew(lesson, in: news) ? .role(.highlight) : .plain
                lines.append((lessonLine(lesson, news: news, width: rect.width, withTopic: withTopic, language: language), style, index))
            }
        }
        let selectedLine = lines.firstIndex { $0.lesson == lessonIndex } ?? 0
        let first = selectedLine < listHeight ? 0 : selectedLine - listHeight + 2
        for (offset, line) in lines.dropFirst(first).prefix(listHeight).enumerated() {
            buffer.put(text: line.text.padded(toColumns: rect.width), x: rect.x, y: listTop + 1 + offset, style: line.style, maxWidth: rect.width)
        }
        guard week.lessons.indices.contains(lessonIndex) else { return }
        let detail = lessonSummary(week.lessons[lessonIndex], context: context, width: rect.width - 2)
        Self.put(lines: detail.map { (" " + $0, .plain) }, into: &buffer,
                 in: Rect(x: rect.x, y: rect.maxY - detailHeight, width: rect.width, height: detailHeight))
    }

    static func columnHeader(withTopic: Bool, language: Language) -> String {
        let topic = withTopic ? LocalizedText(ru: "Тема", en: "Topic").text(language).padded(toColumns: 31) : ""
        return LocalizedText(ru: "   № Время Предмет            Отметки  Пр. ", en: "   # Time  Subject            Marks    Abs ").text(language)
            + topic + LocalizedText(ru: "Домашнее задание", en: "Homework").text(language)
    }

    /// One lesson: number, time, subject, marks, absence, [topic,] the homework's start (the group
    /// is in the detail below).
    func lessonLine(_ lesson: DiaryLesson, news: DiaryNews, width: Int, withTopic: Bool, language: Language) -> String {
        let subject = lesson.subjectName
        let marks = lesson.marks.map(\.value).joined(separator: " ")
        var text = (isNew(lesson, in: news) ? " •" : "  ") + String(lesson.slot).padded(toColumns: 2) + " "
            + lesson.startsAt.padded(toColumns: 5) + " " + subject.shortened(toColumns: 18).padded(toColumns: 18) + " "
            + marks.prefix(columns: 8).padded(toColumns: 8) + " " + (lesson.absence ?? "").padded(toColumns: 3) + " "
        if withTopic { text += lesson.topic.shortened(toColumns: 30).padded(toColumns: 30) + " " }
        let homework = lesson.homework.split(whereSeparator: \.isNewline).joined(separator: " ")
        return text + homework.prefix(columns: max(0, width - text.displayWidth))
    }

    /// Three lines under the week: the selected lesson's subject and topic, homework, marks (and absence).
    func lessonSummary(_ lesson: DiaryLesson, context: DrawContext, width: Int) -> [String] {
        let language = context.language
        let homework = lesson.homework.split(whereSeparator: \.isNewline).joined(separator: " ")
        let more = context.hint(.diaryOpen, LocalizedText(ru: "целиком", en: "in full")).map { "  (\($0))" } ?? ""
        var marks = lesson.marks.map { GridScreen.markDetail($0, language: language) }.joined(separator: "; ")
        if let absence = lesson.absence { marks += (marks.isEmpty ? "" : "; ") + absenceText(absence, language: language) }
        let none = LocalizedText(ru: "—", en: "—").text(language)
        let group = lesson.subgroupName.map { " (\($0))" } ?? ""
        return [
            lesson.subjectName + group + ". " + LocalizedText(ru: "Тема: ", en: "Topic: ").text(language) + (lesson.topic.isEmpty ? none : lesson.topic),
            LocalizedText(ru: "Задание: ", en: "Homework: ").text(language) + (homework.isEmpty ? none : homework.prefix(columns: max(0, width - 30)) + more),
            LocalizedText(ru: "Отметки: ", en: "Marks: ").text(language) + (marks.isEmpty ? none : marks),
        ].map { $0.prefix(columns: width) }
    }

    /// The whole lesson, for Enter: when, who, the topic, every line of the homework, each mark in detail.
    func lessonDetail(_ lesson: DiaryLesson, language: Language, width: Int) -> [String] {
        let time = lesson.startsAt.isEmpty ? "" : ", \(lesson.startsAt)–\(lesson.endsAt)"
        let subject = lesson.subgroupName.map { "\(lesson.subjectName) · \($0)" } ?? lesson.subjectName
        var lines = [LocalizedText(ru: "\(lesson.date.russianText), урок \(lesson.slot)\(time): \(subject)   (Esc — назад)",
                                   en: "\(lesson.date.russianText), lesson \(lesson.slot)\(time): \(subject)   (Esc goes back)").text(language)]
        if !lesson.teacherName.isEmpty { lines.append(LocalizedText(ru: "Учитель: ", en: "Teacher: ").text(language) + lesson.teacherName) }
        if lesson.lesson == nil {
            lines.append(LocalizedText(ru: "Урок ещё не проведён (по расписанию).", en: "Not held yet (from the timetable).").text(language))
        }
        lines.append("")
        lines += (LocalizedText(ru: "Тема: ", en: "Topic: ").text(language) + lesson.topic).wrapped(toColumns: width)
        lines.append(LocalizedText(ru: "Домашнее задание:", en: "Homework:").text(language))
        lines += lesson.homework.isEmpty ? ["—"] : lesson.homework.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { String($0).wrapped(toColumns: width - 2).map { "  " + $0 } }
        lines.append(LocalizedText(ru: "Отметки:", en: "Marks:").text(language))
        lines += lesson.marks.isEmpty ? ["—"] : lesson.marks.map { "  " + GridScreen.markDetail($0, language: language) }
        if let absence = lesson.absence { lines.append(absenceText(absence, language: language)) }
        return lines
    }

    /// «Н — не был на уроке», «ОП — опоздание»: the code with what the school's settings say it means.
    func absenceText(_ code: String, language: Language) -> String {
        guard let meaning = week?.attendanceCodes.first(where: { $0.code == code })?.meaning else { return code }
        return "\(code) — \(meaning.text(language))"
    }

    func isNew(_ lesson: DiaryLesson, in news: DiaryNews) -> Bool {
        let ids = news.recordIDs
        return lesson.lesson.map { ids.contains($0.id) } == true || lesson.marks.contains { ids.contains($0.id) }
    }

    /// What is new since the previous login, at most `room` items (then how many more).
    func newsLines(_ news: DiaryNews, language: Language, room: Int) -> [(String, Style)] {
        guard let since = news.since, !news.items.isEmpty, room > 0 else { return [] }
        var lines: [(String, Style)] = [(LocalizedText(ru: " Новое с прошлого входа (\(since)):", en: " New since your last visit (\(since)):").text(language),
                                         Style(bold: true, role: .highlight))]
        let shown = news.items.count > room ? room - 1 : room
        for item in news.items.prefix(shown) {
            let what: String = switch item.kind {
            case let .mark(value, workKind, weight):
                LocalizedText(ru: "отметка \(value) (\(WorkKind.title(of: workKind).text(.russian)), ×\(GridScreen.weightText(weight)))",
                              en: "mark \(value) (\(WorkKind.title(of: workKind).text(.english)), ×\(GridScreen.weightText(weight)))").text(language)
            case let .markWithdrawn(value):
                LocalizedText(ru: "отметка \(value) снята", en: "mark \(value) withdrawn").text(language)
            case let .homework(text):
                LocalizedText(ru: "задание: ", en: "homework: ").text(language) + text.split(whereSeparator: \.isNewline).joined(separator: " ")
            }
            lines.append(("  • \(item.date.russianText) \(item.subjectName): \(what)", .plain))
        }
        if news.items.count > shown {
            lines.append((LocalizedText(ru: "  … и ещё \(news.items.count - shown) (отмечены • в неделе и в отметках)",
                                        en: "  … and \(news.items.count - shown) more (marked • in the week and the marks)").text(language), .role(.hint)))
        }
        return lines
    }
}
