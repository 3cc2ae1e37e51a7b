/// One terminal column: a grapheme, how wide it is, and its style.
///
/// A wide (CJK, emoji) grapheme occupies two cells: the lead cell holds it with `width == 2`,
/// the next one is a continuation cell with `width == 0` and an empty grapheme.
public struct Cell: Sendable, Hashable {
    public var grapheme: String
    public var width: Int
    public var style: Style

    public init(grapheme: String, width: Int, style: Style = .plain) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    /// An empty cell in the given style.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(grapheme: " ", width: 1, style: style) }

    /// The right half of a wide grapheme.
    public static func continuation(_ style: Style) -> Cell { Cell(grapheme: "", width: 0, style: style) }

    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool { width == 0 }
}
