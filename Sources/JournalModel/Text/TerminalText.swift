/// Stored or file text made safe to print on a terminal from the command line, as the screen
/// already draws it (`CellBuffer` shows control characters as `?`): a control character, and so
/// an escape sequence, or a character that reorders text becomes a visible U+FFFD; tabs and
/// newlines between fields are the caller's.
public enum TerminalText {
    /// The text with every control and direction character replaced by `�`.
    public static func sanitized(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let unsafe = value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            result.append(unsafe ? "\u{FFFD}" : scalar)
        }
        return String(result)
    }
}
