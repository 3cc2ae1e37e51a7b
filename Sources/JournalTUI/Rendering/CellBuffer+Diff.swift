/// A horizontal stretch of cells that changed between two frames.
public struct CellRun: Sendable, Equatable {
    /// Column of the first cell.
    public var x: Int
    /// Row of the run.
    public var y: Int
    /// The new cells, continuation cells included so `x + cells.count` is the end column.
    public var cells: [Cell]

    public init(x: Int, y: Int, cells: [Cell]) {
        self.x = x
        self.y = y
        self.cells = cells
    }

    /// The run's text, as the terminal should write it.
    public var text: String { cells.map(\.grapheme).joined() }
}

extension CellBuffer {
    /// The runs of cells that differ from `previous`; every row in full when the sizes differ.
    ///
    /// A run never starts on the right half of a wide grapheme nor ends on its left half, so the
    /// terminal can write each run as one string.
    public func diff(from previous: CellBuffer?) -> [CellRun] {
        guard let previous, previous.size == size else {
            return (0..<height).map { row in
                CellRun(x: 0, y: row, cells: Array(cells[(row * width)..<((row + 1) * width)]))
            }
        }
        var runs: [CellRun] = []
        // Compared in place through the two arrays' storage, without the subscript's bounds check
        // and copy per position (when cells held a String, its retains and releases were most of
        // the diff's time).
        cells.withUnsafeBufferPointer { mine in
            previous.cells.withUnsafeBufferPointer { theirs in
                for row in 0..<height {
                    let base = row * width
                    var column = 0
                    while column < width {
                        guard mine[base + column] != theirs[base + column] else { column += 1; continue }
                        var start = column
                        if mine[base + start].isContinuation, start > 0 { start -= 1 }
                        var end = column
                        while end < width, mine[base + end] != theirs[base + end] || mine[base + end].isContinuation {
                            end += 1
                        }
                        if end < width, mine[base + end].isContinuation { end += 1 }
                        let slice = Array(mine[(base + start)..<(base + end)])
                        if let last = runs.last, last.y == row, last.x + last.cells.count == start {
                            runs[runs.count - 1].cells += slice
                        } else {
                            runs.append(CellRun(x: start, y: row, cells: slice))
                        }
                        column = end
                    }
                }
            }
        }
        return runs
    }
}
