/// Draws a ``TextEditorState`` wrapped to its rectangle, scrolled so the cursor is visible.
public struct TextEditorView: View {
    public var state: TextEditorState
    public var showsCursor: Bool
    public var style: Style

    public init(state: TextEditorState, showsCursor: Bool = true, style: Style = .plain) {
        self.state = state
        self.showsCursor = showsCursor
        self.style = style
    }

    public func draw(into buffer: inout CellBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        // One column is kept free so the cursor after a full row still fits.
        let layout = TextEditorLayout(lines: state.lines, width: rect.width - 1)
        let cursor = layout.place(state.cursor, in: state.lines)
        let top = max(0, cursor.y - rect.height + 1)
        buffer.fill(rect, style: style)
        for (offset, row) in layout.rows.dropFirst(top).prefix(rect.height).enumerated() {
            let text = String(state.lines[row.line][row.range])
            buffer.put(text: text, x: rect.x, y: rect.y + offset, style: style, maxWidth: rect.width)
        }
        if showsCursor { buffer.cursor = Position(x: rect.x + cursor.x, y: rect.y + cursor.y - top) }
    }
}
