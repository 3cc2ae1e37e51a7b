/// A screen's worth of cells that views draw into and the terminal presents.
///
/// It is the in-memory stand-in for the terminal: tests read it back with ``lines(trimmingTrailingSpaces:)``.
public struct CellBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown after presenting; nil hides it.
    public var cursor: Position?

    /// A buffer of blank cells.
    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    /// A blank buffer of the given size.
    public init(size: Size) { self.init(width: size.width, height: size.height) }

    public var size: Size { Size(width: width, height: height) }
    public var bounds: Rect { Rect(size: size) }

    /// The cell at a position (a blank cell outside the buffer).
    public subscript(x: Int, y: Int) -> Cell {
        guard contains(x: x, y: y) else { return .blank() }
        return cells[y * width + x]
    }

    func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Writes `text` starting at (x, y), clipped to `maxWidth` columns and to the buffer.
    ///
    /// A wide grapheme that would straddle the clip edge is replaced by a space so no half of it
    /// is left on screen. Control characters become `?`; a combining mark at the start joins nothing
    /// and is dropped. Returns the number of columns written.
    @discardableResult
    public mutating func put(text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var column = x
        if DisplayWidth.isPlainNarrow(text) {
            // Each scalar is a grapheme of one column: no grapheme breaking or width look-ups.
            for scalar in text.unicodeScalars {
                if column >= limit { break }
                if column >= 0 { set(Cell(scalar: scalar, width: 1, style: style), x: column, y: y) }
                column += 1
            }
            return max(0, column - max(x, 0))
        }
        for character in text {
            var grapheme = String(character)
            var w = DisplayWidth.of(character)
            if DisplayWidth.isControl(character) {
                grapheme = character == "\t" ? " " : "?"
                w = 1
            }
            if w == 0 { continue }
            if column + w > limit {
                // Keep the clip edge clean: a space where half a wide grapheme would go.
                if column < limit { set(.blank(style), x: column, y: y); column += 1 }
                break
            }
            if column >= 0 {
                set(Cell(grapheme: grapheme, width: w, style: style), x: column, y: y)
                if w == 2 { set(.continuation(style), x: column + 1, y: y) }
            }
            column += w
        }
        return max(0, column - max(x, 0))
    }

    /// Fills a rectangle with `character` (a space by default) in `style`.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let line = String(repeating: String(character), count: max(0, rect.width))
        for row in rect.y..<max(rect.y, rect.maxY) {
            put(text: line, x: rect.x, y: row, style: style, maxWidth: rect.width)
        }
    }

    /// Changes the style of every cell in `rect`, keeping the text (used for selection bars).
    public mutating func restyle(_ rect: Rect, style: Style) {
        for row in rect.y..<max(rect.y, rect.maxY) where row >= 0 && row < height {
            for column in rect.x..<max(rect.x, rect.maxX) where column >= 0 && column < width {
                cells[row * width + column].style = style
            }
        }
    }

    /// Stores one cell, repairing any wide grapheme it cuts in half.
    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation, x > 0, !cell.isContinuation {
            cells[index - 1] = .blank(cells[index - 1].style)
        }
        if old.width == 2, x + 1 < width, cell.width != 2 {
            cells[index + 1] = .blank(old.style)
        }
        cells[index] = cell
    }

    /// The text of every row, continuation cells skipped, for snapshots and tests.
    public func lines(trimmingTrailingSpaces: Bool = false) -> [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                line += cells[row * width + column].grapheme
            }
            guard trimmingTrailingSpaces else { return line }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
