import JournalModel

/// An administration form drawn over its list: a bold heading, the fields one per line, and the
/// keys that move between fields, save and cancel at the bottom.
struct FormPanel {
    var heading: LocalizedText
    var form: FormFields

    func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        buffer.put(text: " " + heading.text(language), x: rect.x, y: rect.y, style: Style(bold: true), maxWidth: rect.width)
        FormFieldsView(form: form, language: language)
            .draw(into: &buffer, in: Rect(x: rect.x + 1, y: rect.y + 2, width: rect.width - 2, height: form.fields.count))
        let next = form.fields.count > 1 ? context.hint(.formNextField, LocalizedText(ru: "следующее поле", en: "next field")) : nil
        let hints = [next, context.hint(.formSubmit, LocalizedText(ru: "сохранить", en: "save")),
                     context.hint(.appBack, LocalizedText(ru: "отмена", en: "cancel"))].compactMap { $0 }
        buffer.put(text: " " + hints.joined(separator: "  "), x: rect.x, y: rect.maxY - 1, style: .role(.hint), maxWidth: rect.width)
    }
}
