import JournalModel

extension SettingsScreen {
    /// Columns of a setting's name; its value follows.
    private static let titleWidth = 44

    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        let heading = LocalizedText(ru: "Настройки школы: значение меняется стрелками и сохраняется сразу.",
                                    en: "The school's settings: the arrows change a value, saved at once.")
        buffer.put(text: " " + heading.text(language), x: rect.x, y: rect.y, style: Style(bold: true), maxWidth: rect.width)
        let listRect = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rows.count)
        ListView(list: list) { index in
            let row = rows[index]
            let value = row.value(in: settings).text(language)
            let shown = index == list.selected ? "‹ \(value) ›" : "  \(value)  "
            return row.title.text(language).padded(toColumns: Self.titleWidth) + " " + shown
        }.draw(into: &buffer, in: listRect)
        drawAttendanceCodes(into: &buffer, from: listRect.maxY + 1, in: rect, language: language)
        buffer.put(text: " " + hints(context), x: rect.x, y: rect.maxY - 1, style: .role(.hint), maxWidth: rect.width)
    }

    /// The school's attendance codes, read only, as many as fit above the hints.
    private func drawAttendanceCodes(into buffer: inout CellBuffer, from top: Int, in rect: Rect, language: Language) {
        let heading = LocalizedText(ru: "Коды посещаемости (здесь не меняются):", en: "Attendance codes (not changed here):")
        buffer.put(text: " " + heading.text(language), x: rect.x, y: top, style: .role(.hint), maxWidth: rect.width)
        for (line, code) in settings.attendanceCodes.enumerated() where top + 1 + line < rect.maxY - 2 {
            let text = "   " + code.code.padded(toColumns: 3) + " — " + code.meaning.text(language)
            buffer.put(text: text, x: rect.x, y: top + 1 + line, maxWidth: rect.width)
        }
    }

    private func hints(_ context: DrawContext) -> String {
        let change = context.pairHint(.settingsPreviousValue, .settingsNextValue, LocalizedText(ru: "изменить", en: "change"))
        let back = context.hint(.appBack, LocalizedText(ru: "назад", en: "back"))
        return [change, back].compactMap { $0 }.joined(separator: "  ")
    }
}
