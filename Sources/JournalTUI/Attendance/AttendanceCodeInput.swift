import JournalModel

/// Turns typed letters into the school's attendance codes, from either keyboard layout.
///
/// The letters are read as Cyrillic (`y` is the key of `н`, `,` of `б`), upper-cased, and collected
/// while they are the beginning of a longer code, so `ОП` is typed as О then П while `П` alone is
/// truancy.
public struct AttendanceCodeInput: Sendable, Equatable {
    /// What the letters typed so far amount to.
    public enum Outcome: Sendable, Equatable {
        /// A whole code: record it.
        case code(String)
        /// The beginning of a longer code: wait for the next letter.
        case pending(String)
        /// No code starts with these letters.
        case unknown(String)
    }

    public let codes: [String]
    public private(set) var typed = ""

    public init(codes: [String]) { self.codes = codes.map { $0.uppercased() } }

    /// The Cyrillic capital letter on the key that typed `character` in either layout.
    public static func cyrillicLetter(_ character: Character) -> Character {
        let letter = KeyboardLayout.cyrillic(forLatin: character) ?? character
        return Character(letter.uppercased())
    }

    /// Adds one typed letter and says what the letters so far mean.
    public mutating func type(_ character: Character) -> Outcome {
        typed.append(Self.cyrillicLetter(character))
        let longer = codes.contains { $0.count > typed.count && $0.hasPrefix(typed) }
        if longer { return .pending(typed) }
        let result: Outcome = codes.contains(typed) ? .code(typed) : .unknown(typed)
        typed = ""
        return result
    }

    /// Forgets the letters typed so far (after a move or another command).
    public mutating func reset() { typed = "" }
}
