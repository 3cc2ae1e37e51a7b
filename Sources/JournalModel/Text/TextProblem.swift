/// What is wrong with a text the journal was asked to store.
public enum TextProblem: Sendable, Equatable, Hashable {
    /// A control character (C0 such as NUL or ESC, DEL, C1), at a 1-based position in characters.
    case controlCharacter(scalar: UInt32, position: Int)
    /// A character that reorders text on screen (bidirectional override, embedding or isolate).
    case directionControl(scalar: UInt32, position: Int)
    /// Longer than the field takes, in bytes of UTF-8.
    case tooLong(limit: Int, bytes: Int)

    /// The problem in words, after the field's name: «недопустимый управляющий символ U+0000 (позиция 12)».
    var message: LocalizedText {
        switch self {
        case let .controlCharacter(scalar, position):
            LocalizedText(ru: "недопустимый управляющий символ \(Self.code(scalar)) (позиция \(position))",
                          en: "a control character \(Self.code(scalar)) is not allowed (position \(position))")
        case let .directionControl(scalar, position):
            LocalizedText(ru: "недопустимый символ направления текста \(Self.code(scalar)) (позиция \(position))",
                          en: "a text-direction character \(Self.code(scalar)) is not allowed (position \(position))")
        case let .tooLong(limit, bytes):
            LocalizedText(ru: "длиннее допустимого: \(bytes) байт при пределе \(limit)",
                          en: "too long: \(bytes) bytes where \(limit) are allowed")
        }
    }

    static func code(_ scalar: UInt32) -> String {
        let hex = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
