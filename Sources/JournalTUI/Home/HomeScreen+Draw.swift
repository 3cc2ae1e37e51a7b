import JournalModel

extension HomeScreen {
    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        var y = rect.y
        buffer.put(text: " " + LocalizedText(ru: "Здравствуйте, \(displayName)!", en: "Hello, \(displayName)!").text(language),
                   x: rect.x, y: y, style: Style(bold: true), maxWidth: rect.width)
        y += 1
        if let period {
            let line = LocalizedText(
                ru: " Период: \(period.name) (\(period.startsOn.russianText)–\(period.endsOn.russianText))   Tab — другой период",
                en: " Period: \(period.name) (\(period.startsOn.russianText)–\(period.endsOn.russianText))   Tab — another period")
            buffer.put(text: line.text(language), x: rect.x, y: y, maxWidth: rect.width)
        }
        var hints: [String] = []
        if administers, let hint = context.hint(.pickerOpenAdministration, LocalizedText(ru: "администрирование", en: "administration")) {
            hints.append(hint)
        }
        if makesReports, let hint = context.hint(.pickerOpenReports, LocalizedText(ru: "отчёты", en: "reports")) {
            hints.append(hint)
        }
        if keepsSubstitutions, let hint = context.hint(.pickerOpenSubstitutions, LocalizedText(ru: "журнал замен", en: "substitutions")) {
            hints.append(hint)
        }
        if !items.isEmpty, !filter.isActive, let hint = context.hint(.pickerFilter, LocalizedText(ru: "поиск", en: "search")) {
            hints.append(hint)
        }
        buffer.put(text: " " + hints.joined(separator: "   "), x: rect.x, y: y + 1, style: .role(.hint), maxWidth: rect.width)
        y += 2
        guard !items.isEmpty else {
            let note = LocalizedText(ru: " Нет доступных журналов.", en: " No gradebooks to open.")
            buffer.put(text: note.text(language), x: rect.x, y: y, maxWidth: rect.width)
            return
        }
        if filter.isActive {
            buffer.put(text: filter.line(language: language), x: rect.x, y: y, style: Style(bold: true), maxWidth: rect.width)
            y += 1
        }
        let header = LocalizedText(ru: "  Урок  Время        Класс  Предмет", en: "  Slot  Time         Class  Subject")
        buffer.put(text: header.text(language), x: rect.x, y: y, style: .role(.hint), maxWidth: rect.width)
        let listRect = Rect(x: rect.x, y: y + 1, width: rect.width, height: max(0, rect.maxY - y - 1))
        if rows.isEmpty {
            let none = LocalizedText(ru: " Ничего не найдено.", en: " Nothing found.")
            buffer.put(text: none.text(language), x: listRect.x, y: listRect.y, maxWidth: listRect.width)
        }
        ListView(list: list) { index in Self.line(rows[index], items: items, language: language) }.draw(into: &buffer, in: listRect)
    }

    static func line(_ row: Row, items: [Item], language: Language) -> String {
        switch row {
        case let .item(index):
            return Self.row(items[index], language: language)
        case let .group(_, title, count, isOpen):
            let books = LocalizedText(ru: "журналов: \(count)", en: "gradebooks: \(count)").text(language)
            return "".padded(toColumns: 17) + (isOpen ? "▾ " : "▸ ") + title.padded(toColumns: 5) + "  " + books
        }
    }

    static func row(_ item: Item, language: Language) -> String {
        let choice = item.choice
        let when: String
        if let lesson = item.lesson {
            let time = lesson.startsAt.isEmpty ? "" : "\(lesson.startsAt)–\(lesson.endsAt)"
            when = "\(String(lesson.slot).padded(toColumns: 4))  \(time.padded(toColumns: 11))  "
        } else {
            when = "".padded(toColumns: 19)
        }
        var text = when + choice.classTitle.padded(toColumns: 5) + "  " + choice.subjectName
        if let group = choice.subgroupName { text += " · " + group }
        if let room = item.lesson?.room, !room.isEmpty { text += LocalizedText(ru: " · каб. \(room)", en: " · room \(room)").text(language) }
        if item.lesson?.isSubstitution == true { text += LocalizedText(ru: " · замена", en: " · substitution").text(language) }
        if !choice.mayEdit { text += LocalizedText(ru: " (просмотр)", en: " (read-only)").text(language) }
        return text
    }
}
