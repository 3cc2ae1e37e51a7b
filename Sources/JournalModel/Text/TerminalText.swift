/// Stored or file text made safe to print on a terminal from the command line, as the screen
/// draws it (the TUI's `CellBuffer` shows a control character as `?`).
///
/// A terminal obeys rather than shows control characters (ESC starts an escape sequence that
/// can recolour, move the cursor, retitle the window; CR and BS let later text overwrite
/// earlier), and bidirectional controls reorder what follows them. Each such scalar becomes
/// `?`, so an escape sequence prints as harmless text (`?[2J`); a tab becomes a space, which
/// also keeps tab-separated output in its columns. Everything else passes unchanged: Cyrillic,
/// emoji and their ZWJ sequences, combining marks, U+FFFD.
public enum TerminalText {
    /// `text` as one line safe to print: line breaks, tabs, controls and bidi controls replaced.
    public static func line(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: isReplaced) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in scalars {
            result.append(isReplaced(scalar) ? (scalar == "\t" ? " " : "?") : scalar)
        }
        return String(result)
    }

    private static func isReplaced(_ scalar: Unicode.Scalar) -> Bool {
        switch TextHazard.of(scalar) {
        case .layout, .control, .directionControl: true
        case .replacementCharacter, nil: false
        }
    }
}
