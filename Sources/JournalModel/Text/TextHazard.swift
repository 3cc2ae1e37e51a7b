/// What a Unicode scalar can do to stored text or to a terminal that prints it, beyond being
/// shown: the one classification both `TextRule` (what may be stored) and `TerminalText` (what
/// may be printed) use.
enum TextHazard: Equatable, Sendable {
    /// A line feed or a tab: layout in a multi-line text, a broken line or column in a one-line one.
    case layout
    /// A control character (C0 but line feed and tab, DEL, C1) or a line or paragraph separator
    /// (U+2028, U+2029): a terminal obeys it (ESC starts an escape sequence, CR returns the
    /// cursor, U+009B is CSI on an 8-bit terminal) instead of showing it; GRDB binds a string as
    /// a C string, so SQLite keeps a text only up to its first NUL.
    case control
    /// A bidirectional control: embeddings and overrides (U+202A–U+202E), isolates
    /// (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C). They reorder or may reorder the
    /// text around them, so what a terminal shows differs from the characters stored ("Trojan
    /// Source", CVE-2021-42574). The journal's entries are in Russian [DOMAIN §3.11]: no
    /// right-to-left text needs them, and the invisible marks would make two topics that look
    /// the same compare different.
    case directionControl
    /// U+FFFD, what a decoder puts where the bytes were not valid text: harmless to show, but
    /// in stored text it means letters were lost in a conversion.
    case replacementCharacter

    /// The hazard of a scalar, nil for one that is simply shown.
    static func of(_ scalar: Unicode.Scalar) -> TextHazard? {
        switch scalar.value {
        case 0x20...0x7E: nil  // printable ASCII: the common case first
        case 0x0A, 0x09: .layout
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: .control
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: .directionControl
        case 0xFFFD: .replacementCharacter
        default: nil
        }
    }
}
