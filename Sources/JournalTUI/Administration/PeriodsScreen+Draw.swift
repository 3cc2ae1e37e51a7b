import JournalModel

extension PeriodsScreen {
    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        let heading = LocalizedText(ru: "Период             Даты                     Состояние", en: "Period             Dates                    State")
        buffer.put(text: "  " + heading.text(language), x: rect.x, y: rect.y, style: .role(.hint), maxWidth: rect.width)
        let listRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: min(periods.count, max(0, rect.height - 6)))
        if periods.isEmpty {
            let none = LocalizedText(ru: "Учебный год не создан: импортируйте периоды (journal import periods).",
                                     en: "No school year yet: import the periods (journal import periods).")
            buffer.put(text: " " + none.text(language), x: rect.x, y: listRect.y, maxWidth: rect.width)
        }
        ListView(list: list) { index in Self.line(periods[index], language: language) }.draw(into: &buffer, in: listRect)
        drawQuestion(into: &buffer, at: listRect.maxY + 1, in: rect, language: language)
        buffer.put(text: " " + hints(context), x: rect.x, y: rect.maxY - 1, style: .role(.hint), maxWidth: rect.width)
    }

    /// «1 четверть          01.09.2026–26.10.2026    закрыт».
    static func line(_ period: Period, language: Language) -> String {
        let state = period.closed ? LocalizedText(ru: "закрыт", en: "closed") : LocalizedText(ru: "открыт", en: "open")
        return period.name.padded(toColumns: 18) + " " + "\(period.startsOn.russianText)–\(period.endsOn.russianText)".padded(toColumns: 24)
            + " " + state.text(language)
    }

    private func drawQuestion(into buffer: inout CellBuffer, at y: Int, in rect: Rect, language: Language) {
        switch question {
        case .close(let period):
            let text = LocalizedText(ru: "Закрыть «\(period.name)»?", en: "Close \(period.name)?")
            let effect = LocalizedText(ru: "Отметки, посещаемость и записи уроков за него больше нельзя будет изменить.",
                                       en: "Its marks, attendance and lesson records will no longer change.")
            buffer.put(text: " " + text.text(language), x: rect.x, y: y, style: Style(bold: true), maxWidth: rect.width)
            buffer.put(text: " " + effect.text(language), x: rect.x, y: y + 1, maxWidth: rect.width)
        case .reopen(let period, let form):
            let text = LocalizedText(ru: "Открыть «\(period.name)» снова:", en: "Reopen \(period.name):")
            buffer.put(text: " " + text.text(language), x: rect.x, y: y, style: Style(bold: true), maxWidth: rect.width)
            FormFieldsView(form: form, language: language).draw(into: &buffer, in: Rect(x: rect.x + 1, y: y + 1, width: rect.width - 2, height: 1))
        case nil:
            break
        }
    }

    private func hints(_ context: DrawContext) -> String {
        let wanted: [(Action, LocalizedText)] = switch question {
        case .close: [(.formSubmit, LocalizedText(ru: "закрыть период", en: "close it")), (.appBack, LocalizedText(ru: "отмена", en: "cancel"))]
        case .reopen: [(.formSubmit, LocalizedText(ru: "открыть период", en: "reopen it")), (.appBack, LocalizedText(ru: "отмена", en: "cancel"))]
        case nil: [(.periodsClose, LocalizedText(ru: "закрыть период", en: "close")), (.periodsReopen, LocalizedText(ru: "открыть снова", en: "reopen")),
                    (.appBack, LocalizedText(ru: "назад", en: "back"))]
        }
        return wanted.compactMap { context.hint($0.0, $0.1) }.joined(separator: "  ")
    }
}
