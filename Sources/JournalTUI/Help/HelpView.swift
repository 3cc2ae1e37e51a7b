import JournalModel

/// Draws the help overlay body: headings and `keys  description` lines from the scroll position.
public struct HelpView: View {
    public var state: HelpState
    public var language: Language

    public init(state: HelpState, language: Language) {
        self.state = state
        self.language = language
    }

    /// Rows of entries visible on a terminal of this size (title bar, heading and status line excluded).
    public static func pageSize(for size: Size) -> Int { max(1, size.height - 3) }

    /// Width of the keys column.
    static let keysColumn = 26

    public func draw(into buffer: inout CellBuffer, in rect: Rect) {
        let (top, body) = rect.splitTop(rows: 1)
        let heading = LocalizedText(ru: "Справка по клавишам", en: "Key help").text(language)
        buffer.put(text: " " + heading, x: top.x, y: top.y, style: Style(bold: true), maxWidth: top.width)
        let shownTo = min(state.entries.count, state.scroll + body.height)
        let position = LocalizedText(
            ru: "строки \(state.scroll + 1)–\(shownTo) из \(state.entries.count)",
            en: "lines \(state.scroll + 1)–\(shownTo) of \(state.entries.count)").text(language)
        buffer.put(text: position, x: top.maxX - position.displayWidth - 1, y: top.y, style: .role(.hint))

        for row in 0..<body.height {
            let index = state.scroll + row
            guard index < state.entries.count else { break }
            draw(state.entries[index], into: &buffer, in: body.row(row))
        }
    }

    private func draw(_ entry: HelpEntry, into buffer: inout CellBuffer, in line: Rect) {
        switch entry {
        case .blank:
            break
        case .heading(let context):
            buffer.put(text: " " + context.title.text(language), x: line.x, y: line.y, style: Style(bold: true, role: .highlight), maxWidth: line.width)
        case .binding(let action, let keys):
            draw(keys: keys.isEmpty ? "—" : keys, summary: action.summary, into: &buffer, in: line)
        case .data(let data):
            draw(keys: data.label.text(language), summary: data.summary, into: &buffer, in: line)
        }
    }

    /// A `keys  description` line.
    private func draw(keys: String, summary: LocalizedText, into buffer: inout CellBuffer, in line: Rect) {
        buffer.put(text: "   " + keys.padded(toColumns: Self.keysColumn - 3), x: line.x, y: line.y, style: .role(.hint), maxWidth: Self.keysColumn)
        buffer.put(text: summary.text(language), x: line.x + Self.keysColumn + 1, y: line.y, maxWidth: line.width - Self.keysColumn - 1)
    }
}
