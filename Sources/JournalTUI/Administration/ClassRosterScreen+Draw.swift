import JournalModel

extension ClassRosterScreen {
    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        if let form {
            drawForm(form, into: &buffer, in: rect, context: context)
            return
        }
        let language = context.language
        let header = LocalizedText(ru: "Ученик                              Дата рожд.   В классе",
                                   en: "Student                             Born         In the class")
        buffer.put(text: "  " + header.text(language), x: rect.x, y: rect.y, style: .role(.hint), maxWidth: rect.width)
        let listRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: Self.listRows(in: Size(width: rect.width, height: rect.height)))
        if roster.isEmpty {
            let none = LocalizedText(ru: "В классе нет учеников.", en: "The class has no students.")
            buffer.put(text: " " + none.text(language), x: rect.x, y: listRect.y, maxWidth: rect.width)
        }
        ListView(list: list) { index in line(roster[index], language: language) }.draw(into: &buffer, in: listRect)
        if let selected {
            drawMovements(of: selected, into: &buffer, at: listRect.maxY, in: rect, language: language)
        }
        buffer.put(text: " " + hints(context), x: rect.x, y: rect.maxY - 1, style: .role(.hint), maxWidth: rect.width)
    }

    /// «Алексеев Борис Петрович        12.03.2015   с 01.09.2026» or «… 01.09–14.11.2026».
    private func line(_ entry: RosterStudent, language: Language) -> String {
        let since: String
        if let leftOn = entry.leftOn {
            since = "\(entry.joinedOn.russianText)–\(leftOn.russianText)"
        } else {
            since = LocalizedText(ru: "с \(entry.joinedOn.russianText)", en: "since \(entry.joinedOn.russianText)").text(language)
        }
        let born = entry.student.birthDate?.russianText ?? ""
        return entry.student.fullName.prefix(columns: 35).padded(toColumns: 35) + " " + born.padded(toColumns: 12) + " " + since
    }

    /// The selected student's movements, newest last, under a rule.
    private func drawMovements(of entry: RosterStudent, into buffer: inout CellBuffer, at y: Int, in rect: Rect, language: Language) {
        let rows = max(0, rect.maxY - 1 - (y + 1))
        guard rows > 0 else { return }
        let heading = LocalizedText(ru: "Движение: \(entry.student.fullName)", en: "Movements: \(entry.student.fullName)")
        buffer.put(text: " " + heading.text(language), x: rect.x, y: y, style: Style(bold: true), maxWidth: rect.width)
        if entry.movements.isEmpty {
            let none = LocalizedText(ru: "  в классе с начала года, движений нет", en: "  in the class from the start of the year, no movements")
            buffer.put(text: none.text(language), x: rect.x, y: y + 1, maxWidth: rect.width)
        }
        for (line, movement) in entry.movements.suffix(rows).enumerated() {
            buffer.put(text: "  " + movement.text { id in classes.first { $0.id == id }?.title }.text(language), x: rect.x, y: y + 1 + line, maxWidth: rect.width)
        }
    }

    private func drawForm(_ form: MovementForm, into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        let heading = form.heading.text(language) + " — " + schoolClass.title
        buffer.put(text: " " + heading, x: rect.x, y: rect.y, style: Style(bold: true), maxWidth: rect.width)
        FormFieldsView(form: form.fields, language: language)
            .draw(into: &buffer, in: Rect(x: rect.x + 2, y: rect.y + 2, width: rect.width - 4, height: form.fields.fields.count))
        let hints = [context.hint(.formSubmit, LocalizedText(ru: "записать", en: "record")),
                     context.hint(.formNextField, LocalizedText(ru: "следующее поле", en: "next field")),
                     context.hint(.appBack, LocalizedText(ru: "отмена", en: "cancel"))].compactMap { $0 }
        buffer.put(text: " " + hints.joined(separator: "  "), x: rect.x, y: rect.maxY - 1, style: .role(.hint), maxWidth: rect.width)
    }

    private func hints(_ context: DrawContext) -> String {
        [context.hint(.studentsArrival, LocalizedText(ru: "прибытие", en: "arrival")),
         context.hint(.studentsTransfer, LocalizedText(ru: "перевод", en: "transfer")),
         context.hint(.studentsDeparture, LocalizedText(ru: "выбытие", en: "departure")),
         context.hint(.administrationOpen, LocalizedText(ru: "карточка", en: "details")),
         context.hint(.appBack, LocalizedText(ru: "назад", en: "back"))].compactMap { $0 }.joined(separator: "  ")
    }
}
