import JournalModel
import JournalPrint

extension ReportPreviewScreen {
    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        guard let layout = layouts[language] else { return }
        let body = Rect(x: rect.x, y: rect.y, width: rect.width, height: max(0, rect.height - 2))
        let visible = Array(layout.lines.dropFirst(top))
        // The header of the table the first visible line belongs to stays on top once scrolled past.
        let pinned = visible.first?.table.flatMap { table in
            visible.first?.kind == .header ? nil : layout.headerLines(ofTable: table)
        } ?? []
        for (row, line) in (pinned + visible).prefix(body.height).enumerated() {
            let style = line.kind == .header || line.kind == .title ? Style(bold: true) : Style.plain
            let rest = String(line.rest.dropFirst(left))
            buffer.put(text: line.frozen + rest, x: body.x, y: body.y + row, style: style, maxWidth: body.width)
        }
        if let saveForm {
            FormFieldsView(form: saveForm, language: language)
                .draw(into: &buffer, in: Rect(x: rect.x + 1, y: rect.maxY - 2, width: rect.width - 2, height: 1))
        } else {
            let stamp = document.stamp
            buffer.put(text: " " + stamp.madeLine(language) + " · " + stamp.checkpointLine(language), x: rect.x, y: rect.maxY - 2,
                       style: .role(.hint), maxWidth: rect.width)
        }
        buffer.put(text: " " + hints(context), x: rect.x, y: rect.maxY - 1, style: .role(.hint), maxWidth: rect.width)
    }

    private func hints(_ context: DrawContext) -> String {
        let wanted: [String?] = saveForm != nil
            ? [context.hint(.formSubmit, LocalizedText(ru: "сохранить", en: "save")), context.hint(.appBack, LocalizedText(ru: "отмена", en: "cancel"))]
            : [context.pairHint(.previewScrollUp, .previewScrollDown, LocalizedText(ru: "строки", en: "lines")),
               context.pairHint(.previewScrollLeft, .previewScrollRight, LocalizedText(ru: "столбцы", en: "columns")),
               context.hint(.previewSave, LocalizedText(ru: "сохранить в файл", en: "save to a file")),
               context.hint(.appBack, LocalizedText(ru: "назад", en: "back"))]
        return wanted.compactMap { $0 }.joined(separator: "  ")
    }
}
