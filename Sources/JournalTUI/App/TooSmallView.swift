import JournalModel

/// Shown instead of the screen when the terminal is smaller than the layouts are designed for,
/// in both languages because the words must fit even when little else does.
public struct TooSmallView: View {
    public var size: Size

    public init(size: Size) { self.size = size }

    static func lines(for size: Size) -> [String] {
        let minimum = Size.minimum
        return [
            "Окно терминала мало: \(size.width)×\(size.height).",
            "Нужно не меньше \(minimum.width)×\(minimum.height).",
            "Terminal too small: \(size.width)×\(size.height).",
            "Needs at least \(minimum.width)×\(minimum.height).",
        ]
    }

    public func draw(into buffer: inout CellBuffer, in rect: Rect) {
        let lines = Self.lines(for: size)
        let top = max(rect.y, rect.y + (rect.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = rect.x + max(0, (rect.width - line.displayWidth) / 2)
            buffer.put(text: line, x: x, y: top + offset, style: Style(bold: true), maxWidth: rect.width)
        }
    }
}
