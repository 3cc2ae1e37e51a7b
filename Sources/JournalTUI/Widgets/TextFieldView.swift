/// Draws a ``TextField`` between brackets, scrolled so the cursor stays visible, and places the
/// terminal cursor in it when focused.
public struct TextFieldView: View {
    public var field: TextField
    public var isFocused: Bool

    public init(field: TextField, isFocused: Bool) {
        self.field = field
        self.isFocused = isFocused
    }

    public func draw(into buffer: inout CellBuffer, in rect: Rect) {
        guard rect.width >= 3, rect.height >= 1 else { return }
        let inner = rect.width - 2
        let style = isFocused ? Style(underline: true, role: .highlight) : Style(underline: true)
        let characters = Array(field.displayText)
        // Scroll horizontally so the cursor (one column after the last letter at most) fits.
        var start = 0
        while DisplayWidth.of(String(characters[start..<field.cursor])) >= inner { start += 1 }
        let visible = String(characters[start...]).prefix(columns: inner)
        buffer.put(text: "[", x: rect.x, y: rect.y)
        buffer.put(text: visible.padded(toColumns: inner), x: rect.x + 1, y: rect.y, style: style, maxWidth: inner)
        buffer.put(text: "]", x: rect.x + 1 + inner, y: rect.y)
        if isFocused {
            let offset = DisplayWidth.of(String(characters[start..<field.cursor]))
            buffer.cursor = Position(x: rect.x + 1 + offset, y: rect.y)
        }
    }
}
