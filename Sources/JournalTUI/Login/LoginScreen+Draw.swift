import JournalModel

extension LoginScreen {
    /// Width of the login form.
    static let formWidth = 60

    /// The label of each field.
    static func label(_ field: Field) -> LocalizedText {
        switch field {
        case .login: LocalizedText(ru: "Логин", en: "Login")
        case .password: LocalizedText(ru: "Пароль", en: "Password")
        case .newPassword: LocalizedText(ru: "Новый пароль", en: "New password")
        case .repeatPassword: LocalizedText(ru: "Ещё раз", en: "Repeat")
        }
    }

    /// A framed form centred in the body: heading, fields, key hints, and the message in the box.
    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        let box = rect.centered(width: Self.formWidth, height: 14)
        drawFrame(into: &buffer, box: box)

        let heading = step == .credentials
            ? LocalizedText(ru: "Вход в электронный журнал", en: "Log in to the class journal")
            : LocalizedText(ru: "Смена пароля", en: "Change your password")
        let headingText = heading.text(language)
        buffer.put(text: headingText, x: box.x + (box.width - headingText.displayWidth) / 2, y: box.y + 1, style: Style(bold: true))

        let labelWidth = fields.map { Self.label($0).text(language).displayWidth }.max() ?? 0
        for (row, field) in fields.enumerated() {
            let y = box.y + 3 + row * 2
            buffer.put(text: Self.label(field).text(language) + ":", x: box.x + 3, y: y)
            let fieldX = box.x + 3 + labelWidth + 2
            TextFieldView(field: textField(field), isFocused: field == focus)
                .draw(into: &buffer, in: Rect(x: fieldX, y: y, width: box.maxX - 3 - fieldX, height: 1))
        }

        let submitLabel = step == .credentials ? LocalizedText(ru: "войти", en: "log in") : LocalizedText(ru: "сохранить", en: "save")
        var hints = [
            context.hint(.loginSubmit, submitLabel),
            context.hint(.loginNextField, LocalizedText(ru: "следующее поле", en: "next field")),
        ]
        if step == .changePassword { hints.append(context.hint(.loginCancel, LocalizedText(ru: "отмена", en: "cancel"))) }
        // Drop the least important hints rather than overflow the frame.
        var shown = hints.compactMap { $0 }
        while shown.count > 1, shown.joined(separator: " · ").displayWidth > box.width - 4 { shown.removeLast() }
        let hintLine = shown.joined(separator: " · ")
        buffer.put(text: hintLine, x: box.x + max(2, (box.width - hintLine.displayWidth) / 2), y: box.y + 8,
                   style: .role(.hint), maxWidth: box.width - 4)

        if let message {
            let style: Style = message.kind == .error ? .role(.error) : .role(.highlight)
            for (row, line) in message.text.text(language).wrapped(toColumns: box.width - 6).prefix(3).enumerated() {
                let x = box.x + max(3, (box.width - line.displayWidth) / 2)
                buffer.put(text: line, x: x, y: box.y + 10 + row, style: style, maxWidth: box.width - 6)
            }
        }
    }

    private func drawFrame(into buffer: inout CellBuffer, box: Rect) {
        let inner = box.width - 2
        buffer.put(text: "┌" + String(repeating: "─", count: inner) + "┐", x: box.x, y: box.y)
        for y in (box.y + 1)..<(box.maxY - 1) {
            buffer.put(text: "│", x: box.x, y: y)
            buffer.put(text: "│", x: box.maxX - 1, y: y)
        }
        buffer.put(text: "└" + String(repeating: "─", count: inner) + "┘", x: box.x, y: box.maxY - 1)
    }
}
