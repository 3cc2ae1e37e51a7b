/// Stored or file text made safe to print on a terminal (placeholder until the text rules land).
public enum TerminalText {
    /// Control characters and bidirectional controls shown as `?`.
    public static func sanitized(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control || (0x202A...0x202E).contains(scalar.value)
                || (0x2066...0x2069).contains(scalar.value) ? "?" : scalar
        }))
    }
}

/// Placeholder until the text rules land: the check every stored text goes through.
enum StoredText {
    static func check(_ value: String, table: String, column: String) throws(Refusal) {}
}
