/// How an edited text is wrapped to a width: visual rows as ranges of each line's Characters.
public struct TextEditorLayout: Sendable, Equatable {
    /// One visual row: a line and the range of its Characters shown on the row.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var range: Range<Int>
    }

    public let rows: [Row]
    public let width: Int

    /// Wraps every line at word boundaries by display width (a word longer than the row is cut).
    public init(lines: [[Character]], width: Int) {
        self.width = max(1, width)
        rows = lines.enumerated().flatMap { index, line in
            Self.wrap(line, width: max(1, width)).map { Row(line: index, range: $0) }
        }
    }

    /// The visual row and column of a cursor; a cursor at a wrap point starts the next row.
    public func place(_ cursor: TextPosition, in lines: [[Character]]) -> Position {
        let candidates = rows.enumerated().filter { $0.element.line == cursor.line }
        for (offset, (index, row)) in candidates.enumerated() {
            let isLast = offset == candidates.count - 1
            if cursor.column < row.range.upperBound || (isLast && cursor.column == row.range.upperBound) {
                let before = lines[cursor.line][row.range.lowerBound..<max(row.range.lowerBound, cursor.column)]
                return Position(x: before.reduce(0) { $0 + DisplayWidth.of($1) }, y: index)
            }
        }
        return Position(x: 0, y: max(0, rows.count - 1))
    }

    /// Greedy wrapping: break after the last space that fits, or inside a word with none.
    static func wrap(_ line: [Character], width: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while true {
            var used = 0
            var index = start
            var lastBreak: Int?
            while index < line.count {
                let characterWidth = DisplayWidth.of(line[index])
                if used + characterWidth > width, index > start { break }
                used += characterWidth
                if line[index] == " " { lastBreak = index + 1 }
                index += 1
            }
            if index >= line.count {
                ranges.append(start..<line.count)
                return ranges
            }
            // A space at the break point ends the row instead of starting the next one.
            let end = line[index] == " " ? index + 1 : lastBreak.flatMap { $0 > start ? $0 : nil } ?? index
            ranges.append(start..<end)
            start = end
        }
    }
}
