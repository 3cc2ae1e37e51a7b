import Foundation

/// The textual names of keys used in keymap files and on the help screen.
///
/// Single characters stand for themselves and are case-sensitive (`j`, `J`, `о`); named keys are
/// case-insensitive (`enter`, `PageDown`, `F2`); `C-` is Ctrl and `M-` is Alt; a sequence is
/// written with spaces (`g g`).
public enum KeyNotation {
    /// Names of keys that are not a single character, in the spelling the help screen shows.
    static let namedKeys: [(name: String, key: Key)] = [
        ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("S-Tab", .backTab),
        ("Backspace", .backspace), ("Delete", .delete), ("Insert", .insert),
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right), ("C-Left", .ctrlLeft), ("C-Right", .ctrlRight),
        ("Home", .home), ("End", .end), ("PageUp", .pageUp), ("PageDown", .pageDown),
        ("Space", .character(" ")),
    ]

    /// Other accepted spellings.
    static let aliases: [String: Key] = [
        "return": .enter, "ret": .enter, "escape": .escape, "backtab": .backTab,
        "bs": .backspace, "del": .delete, "ins": .insert, "pgup": .pageUp, "pgdn": .pageDown,
        "spc": .character(" "),
    ]

    /// Parses one key (`C-s`, `F2`, `о`, `pagedown`); nil if the name means nothing.
    public static func parseKey(_ text: String) -> Key? {
        if text.count == 1, let character = text.first { return .character(character) }
        let lowered = text.lowercased()
        if let named = namedKeys.first(where: { $0.name.lowercased() == lowered }) { return named.key }
        if let alias = aliases[lowered] { return alias }
        if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...24).contains(number) {
            return .function(number)
        }
        if text.hasPrefix("C-") || text.hasPrefix("c-") {
            return parseCtrl(String(text.dropFirst(2)))
        }
        if text.hasPrefix("M-") || text.hasPrefix("m-") || text.hasPrefix("A-") || text.hasPrefix("a-") {
            let rest = String(text.dropFirst(2))
            if rest.count == 1, let character = rest.first { return .alt(character) }
            if rest.lowercased() == "space" { return .alt(" ") }
        }
        return nil
    }

    /// Ctrl+letter, folded into the keys terminals actually send for the odd ones out.
    private static func parseCtrl(_ rest: String) -> Key? {
        guard rest.count == 1, let letter = rest.lowercased().first else { return nil }
        switch letter {
        case "h": return .backspace
        case "i": return .tab
        case "j", "m": return .enter
        case "[": return .escape
        case "a"..."z": return .ctrl(letter)
        default: return nil
        }
    }

    /// Parses a space-separated sequence (`g g`); nil if any part is not a key.
    public static func parseSequence(_ text: String) -> [Key]? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        // A lone space is the space key, not an empty sequence.
        if text == " " { return [.character(" ")] }
        let parts = trimmed.split(separator: " ", omittingEmptySubsequences: true)
        guard !parts.isEmpty else { return nil }
        var keys: [Key] = []
        for part in parts {
            guard let key = parseKey(String(part)) else { return nil }
            keys.append(key)
        }
        return keys
    }

    /// The name of a key as keymap files spell it and the help screen shows it.
    public static func format(_ key: Key) -> String {
        if let named = namedKeys.first(where: { $0.key == key }) { return named.name }
        switch key {
        case .character(let character): return String(character)
        case .ctrl(let letter): return "C-\(letter)"
        case .alt(let character): return character == " " ? "M-Space" : "M-\(character)"
        case .function(let number): return "F\(number)"
        case .resize: return "Resize"
        default: return "?"
        }
    }

    /// A sequence written with spaces between keys.
    public static func format(_ keys: [Key]) -> String {
        keys.map { format($0) }.joined(separator: " ")
    }
}
