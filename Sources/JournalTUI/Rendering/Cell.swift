import Synchronization

/// One terminal column: a grapheme, how wide it is, and its style.
///
/// A wide (CJK, emoji) grapheme occupies two cells: the lead cell holds it with `width == 2`,
/// the next one is a continuation cell with `width == 0` and an empty grapheme.
///
/// Stored in 12 bytes with no reference inside (a grapheme of one scalar is kept as the scalar,
/// a longer one as its number in ``GraphemeTable``), so a 100×30 frame is 36 KB that copies and
/// compares like plain numbers (with a `String` inside, a cell was 32 bytes, reference-counted).
public struct Cell: Sendable, Hashable {
    /// The grapheme: a Unicode scalar's value, ``Cell/noGrapheme``, or ``GraphemeTable`` number
    /// plus ``Cell/firstTableCode``.
    private var code: UInt32
    private var storedWidth: UInt8
    public var style: Style

    /// The code of the empty grapheme of a continuation cell (just past the last Unicode scalar).
    private static let noGrapheme: UInt32 = 0x11_0000
    private static let firstTableCode: UInt32 = noGrapheme + 1

    public init(grapheme: String, width: Int, style: Style = .plain) {
        let scalars = grapheme.unicodeScalars
        if scalars.isEmpty {
            code = Self.noGrapheme
        } else if scalars.index(after: scalars.startIndex) == scalars.endIndex {
            code = scalars.first!.value
        } else {
            code = Self.firstTableCode + GraphemeTable.number(of: grapheme)
        }
        storedWidth = UInt8(clamping: width)
        self.style = style
    }

    /// A cell holding one scalar, the common case, without going through a `String`.
    init(scalar: Unicode.Scalar, width: Int, style: Style) {
        code = scalar.value
        storedWidth = UInt8(clamping: width)
        self.style = style
    }

    /// The grapheme's text ("" for a continuation cell).
    public var grapheme: String {
        if code < Self.noGrapheme { return String(Character(Unicode.Scalar(code)!)) }
        if code == Self.noGrapheme { return "" }
        return GraphemeTable.grapheme(number: code - Self.firstTableCode)
    }

    /// Appends the grapheme's scalars to `scalars` (what the terminal is given).
    func appendScalars(to scalars: inout [UInt32]) {
        if code < Self.noGrapheme {
            scalars.append(code)
        } else if code > Self.noGrapheme {
            scalars.append(contentsOf: grapheme.unicodeScalars.map(\.value))
        }
    }

    /// Columns the grapheme takes: 1, 2 for a wide one, 0 for the right half of a wide one.
    public var width: Int { Int(storedWidth) }

    /// An empty cell in the given style.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(scalar: " ", width: 1, style: style) }

    /// The right half of a wide grapheme.
    public static func continuation(_ style: Style) -> Cell { Cell(grapheme: "", width: 0, style: style) }

    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool { storedWidth == 0 }
}

/// The graphemes of more than one scalar that cells have held (a letter with a combining accent,
/// an emoji sequence), numbered in the order first seen. Such graphemes are rare in a journal;
/// the table only grows, by each distinct one once.
enum GraphemeTable {
    private struct Entries {
        var graphemes: [String] = []
        var numbers: [String: UInt32] = [:]
    }

    private static let entries = Mutex(Entries())

    /// The grapheme's number, given it on first sight.
    static func number(of grapheme: String) -> UInt32 {
        entries.withLock { entries in
            if let number = entries.numbers[grapheme] { return number }
            let number = UInt32(entries.graphemes.count)
            entries.graphemes.append(grapheme)
            entries.numbers[grapheme] = number
            return number
        }
    }

    /// The grapheme with this number.
    static func grapheme(number: UInt32) -> String {
        entries.withLock { $0.graphemes[Int(number)] }
    }
}
