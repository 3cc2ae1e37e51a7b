import JournalModel

/// A form of labelled one-line fields, one of them focused: the arrival of a student, a transfer,
/// the reason a period is reopened. Typing goes to the focused field; `form.next-field` and
/// `form.previous-field` move between them. The screen that owns it reads the texts and asks the
/// model; a refusal leaves every field as typed.
public struct FormFields: Sendable, Equatable {
    /// One field and what it is for.
    public struct Field: Sendable, Equatable {
        public var label: LocalizedText
        public var input: TextField
    }

    public private(set) var fields: [Field]
    /// Index of the field typing goes to.
    public private(set) var focus = 0

    /// A form of these fields, the first one focused.
    public init(_ fields: [(label: LocalizedText, input: TextField)]) {
        self.fields = fields.map { Field(label: $0.label, input: $0.input) }
    }

    /// The text of field `index`, without the spaces around it.
    public subscript(index: Int) -> String {
        fields[index].input.text.trimmingCharacters(in: .whitespaces)
    }

    /// Puts the cursor in field `index` (the one a refusal is about).
    public mutating func focus(on index: Int) {
        focus = min(max(0, index), fields.count - 1)
    }

    /// Applies a typed character, a field movement or an edit action; false for anything else
    /// (submitting and cancelling are the screen's).
    public mutating func handle(_ input: ScreenInput) -> Bool {
        guard !fields.isEmpty else { return false }
        switch input {
        case .typed(let character):
            fields[focus].input.insert(character)
        case .action(.formNextField):
            focus = (focus + 1) % fields.count
        case .action(.formPreviousField):
            focus = (focus + fields.count - 1) % fields.count
        case .action(let action):
            return fields[focus].input.apply(action)
        case .unbound, .tick:
            return false
        }
        return true
    }
}

/// Draws a ``FormFields`` one field per line: the label, then the field, the focused one with the cursor.
public struct FormFieldsView: View {
    public var form: FormFields
    public var language: Language

    public init(form: FormFields, language: Language) {
        self.form = form
        self.language = language
    }

    public func draw(into buffer: inout CellBuffer, in rect: Rect) {
        let labels = form.fields.map { $0.label.text(language) + ":" }
        let labelWidth = min(labels.map(\.displayWidth).max() ?? 0, rect.width / 2)
        for (index, field) in form.fields.enumerated() where index < rect.height {
            let y = rect.y + index
            buffer.put(text: labels[index], x: rect.x, y: y, style: Style(bold: index == form.focus), maxWidth: labelWidth)
            // Brackets and one column past the last letter for the cursor.
            let fieldWidth = min(field.input.maxLength + 3, rect.width - labelWidth - 1)
            TextFieldView(field: field.input, isFocused: index == form.focus)
                .draw(into: &buffer, in: Rect(x: rect.x + labelWidth + 1, y: y, width: fieldWidth, height: 1))
        }
    }
}
