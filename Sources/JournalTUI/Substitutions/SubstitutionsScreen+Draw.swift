import JournalModel

extension SubstitutionsScreen {
    /// Column widths of the day's list: slot, time, class, subject and group, teacher; the substitute takes the rest.
    private static let columns = [2, 5, 4, 26, 17]

    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        let x = rect.x + 1
        let width = rect.width - 2
        if let dateField {
            buffer.put(text: LocalizedText(ru: "Дата:", en: "Date:").text(language), x: x, y: rect.y, style: Style(bold: true))
            TextFieldView(field: dateField, isFocused: true).draw(into: &buffer, in: Rect(x: x + 6, y: rect.y, width: 14, height: 1))
        } else {
            let day = LocalizedText(ru: "Дата: \(date.russianText), \(Self.weekdayRussian[date.weekday - 1])",
                                    en: "Date: \(date.russianText), \(Self.weekdayEnglish[date.weekday - 1])")
            buffer.put(text: day.text(language), x: x, y: rect.y, style: Style(bold: true), maxWidth: width)
        }
        if filter.isActive {
            buffer.put(text: filter.line(language: context.language), x: rect.x, y: rect.y + 1, style: Style(bold: true), maxWidth: rect.width)
        }
        let listRect = Rect(x: rect.x, y: rect.y + 3, width: rect.width, height: max(0, rect.height - 4))
        if let teacherChoice, let lesson = selectedLesson {
            drawTeachers(into: &buffer, choice: teacherChoice, for: lesson, in: listRect, language: language)
        } else {
            drawLessons(into: &buffer, in: listRect, language: language)
        }
        buffer.put(text: hints(context), x: x, y: rect.maxY - 1, style: .role(.hint), maxWidth: width)
    }

    private func drawLessons(into buffer: inout CellBuffer, in rect: Rect, language: Language) {
        guard !lessons.isEmpty else {
            let note = LocalizedText(ru: "В этот день уроков нет.", en: "No lessons on this day.")
            buffer.put(text: " " + note.text(language), x: rect.x, y: rect.y - 1, maxWidth: rect.width)
            return
        }
        let header = Self.row([LocalizedText(ru: "Ур", en: "No"), LocalizedText(ru: "Время", en: "Time"), LocalizedText(ru: "Кл.", en: "Cl."),
                               LocalizedText(ru: "Предмет, группа", en: "Subject, group"), LocalizedText(ru: "Учитель", en: "Teacher"),
                               LocalizedText(ru: "Замена", en: "Substitute")].map { $0.text(language) })
        buffer.put(text: " " + header, x: rect.x, y: rect.y - 1, style: .role(.hint), maxWidth: rect.width)
        ListView(list: list) { index in
            let lesson = lessons[shownLessons[index]]
            return Self.row([String(lesson.scheduled.slot).leftPadded(to: 2), lesson.startsAt, lesson.classTitle, Self.subject(of: lesson),
                             lesson.teacherName, lesson.substituteName ?? ""])
        }.draw(into: &buffer, in: rect)
    }

    private func drawTeachers(into buffer: inout CellBuffer, choice: SelectionList, for lesson: SchoolLesson, in rect: Rect, language: Language) {
        let what = LocalizedText(ru: "\(lesson.scheduled.slot)-й урок", en: "lesson \(lesson.scheduled.slot)").text(language)
            + ", \(lesson.classTitle), \(Self.subject(of: lesson))"
        let heading = LocalizedText(ru: "Кто заменит \(what) (\(lesson.teacherName)):", en: "Who takes \(what) (\(lesson.teacherName)):")
        buffer.put(text: " " + heading.text(language), x: rect.x, y: rect.y - 1, style: Style(bold: true), maxWidth: rect.width)
        let candidates = candidates
        ListView(list: choice) { index in
            let teacher = candidates[index]
            let mark = teacher.id == lesson.scheduled.substituteID ? "✓ " : "  "
            return mark + teacher.fullName
        }.draw(into: &buffer, in: rect)
    }

    /// «Английский язык · 1 группа».
    private static func subject(of lesson: SchoolLesson) -> String {
        lesson.subgroupName.map { "\(lesson.subjectName) · \($0)" } ?? lesson.subjectName
    }

    /// The cells padded to the column widths, the last one as it is.
    private static func row(_ cells: [String]) -> String {
        zip(cells, columns).map { $0.prefix(columns: $1).padded(toColumns: $1) }.joined(separator: " ") + " " + (cells.last ?? "")
    }

    private func hints(_ context: DrawContext) -> String {
        let wanted: [(Action, LocalizedText)] = dateField != nil ? [
            (.formSubmit, LocalizedText(ru: "перейти к дате", en: "go to the date")),
            (.appBack, LocalizedText(ru: "отмена", en: "cancel")),
        ] : teacherChoice != nil ? [
            (.substitutionChoose, LocalizedText(ru: "назначить", en: "assign")),
            (.substitutionFilter, LocalizedText(ru: "поиск", en: "search")),
            (.appBack, LocalizedText(ru: "отмена", en: "cancel")),
        ] : [
            (.substitutionChoose, LocalizedText(ru: "заменить", en: "substitute")),
            (.substitutionRemove, LocalizedText(ru: "снять замену", en: "remove")),
            (.substitutionTypeDate, LocalizedText(ru: "дата", en: "date")),
        ]
        var hints = wanted.compactMap { context.hint($0.0, $0.1) }
        if teacherChoice == nil, dateField == nil,
           let days = context.pairHint(.substitutionPreviousDay, .substitutionNextDay, LocalizedText(ru: "день", en: "day")) {
            hints.insert(days, at: 2)
        }
        return hints.joined(separator: "  ")
    }

    private static let weekdayRussian = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
    private static let weekdayEnglish = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}
