/// The marks a scale accepts, and how typed input becomes a stored mark.
public enum MarkValue {
    public static let pass = "зач"
    public static let fail = "незач"
    /// Not assessed (н/а), e.g. after a long illness; allowed for period and final marks.
    public static let notAssessed = "н/а"

    /// The stored form of a typed mark, or nil if the scale has no such mark.
    ///
    /// Accepts `5`…`1` on the five-point scale, `зач`/`зачёт`/`+` and `незач`/`незачёт`/`-` on
    /// pass/fail, and `н/а` (also typed `на`, `n/a`) where `allowNotAssessed` is set.
    public static func normalized(_ input: String, scale: MarkScale, allowNotAssessed: Bool) -> String? {
        // A digit typed in the grid, without trimming and case mapping (a twentieth of a mark's CPU).
        if scale == .five, input.utf8.count == 1, let byte = input.utf8.first, (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(byte) {
            return input
        }
        // Spaces trimmed without Foundation's `trimmingCharacters`, a fiftieth of a mark's save.
        let isBlank = { (character: Character) in character.isWhitespace && !character.isNewline }
        let text = String(input.drop(while: isBlank).reversed().drop(while: isBlank).reversed()).lowercased()
        if allowNotAssessed, ["н/а", "на", "n/a", "na"].contains(text) { return notAssessed }
        switch scale {
        case .five:
            return ["1", "2", "3", "4", "5"].contains(text) ? text : nil
        case .passFail:
            if ["зач", "зачёт", "зачет", "+", "z"].contains(text) { return pass }
            if ["незач", "незачёт", "незачет", "-", "nz"].contains(text) { return fail }
            return nil
        }
    }

    /// Whether one key types a mark on the scale, so that the gradebook takes it as data before
    /// any key binding: `1`…`5` on the five-point scale, `+` and `-` on pass/fail.
    public static func isMarkKey(_ character: Character, scale: MarkScale) -> Bool {
        switch scale {
        case .five: ("1"..."5").contains(character)
        case .passFail: character == "+" || character == "-"
        }
    }

    /// The numeric value of a five-point mark, nil for pass/fail and н/а.
    public static func points(_ value: String) -> Int? {
        guard let number = Int(value), (1...5).contains(number) else { return nil }
        return number
    }
}
