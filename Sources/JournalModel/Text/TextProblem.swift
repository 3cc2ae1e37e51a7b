/// What is wrong with a text the journal was asked to store. Positions count characters as
/// the user sees them (graphemes), from 1.
public enum TextProblem: Equatable, Sendable {
    /// A control character (see `TextHazard.control`), such as NUL, ESC or CR.
    case controlCharacter(Unicode.Scalar, position: Int)
    /// A line break or a tab in a field that holds one line.
    case lineBreak(Unicode.Scalar, position: Int)
    /// A bidirectional control (see `TextHazard.directionControl`).
    case directionControl(Unicode.Scalar, position: Int)
    /// U+FFFD: the text was damaged when it was converted from another encoding.
    case replacementCharacter(position: Int)
    /// More UTF-8 bytes than the field holds.
    case tooLong(bytes: Int, limit: Int)

    /// The problem said of a field, in both languages.
    public func message(field: LocalizedText) -> LocalizedText {
        switch self {
        case let .controlCharacter(scalar, position):
            LocalizedText(ru: "\(field.russian): недопустимый управляющий символ (\(Self.code(scalar))) в позиции \(position).",
                          en: "\(field.english): a control character (\(Self.code(scalar))) at position \(position) is not allowed.")
        case let .lineBreak(scalar, position):
            LocalizedText(
                ru: "\(field.russian): \(scalar == "\t" ? "табуляция" : "перевод строки") (\(Self.code(scalar))) в позиции \(position), а поле однострочное.",
                en: "\(field.english): a \(scalar == "\t" ? "tab" : "line break") (\(Self.code(scalar))) at position \(position) in a one-line field.")
        case let .directionControl(scalar, position):
            LocalizedText(ru: "\(field.russian): символ управления направлением текста (\(Self.code(scalar))) в позиции \(position).",
                          en: "\(field.english): a text direction control (\(Self.code(scalar))) at position \(position) is not allowed.")
        case let .replacementCharacter(position):
            LocalizedText(ru: "\(field.russian): символ замены (U+FFFD) в позиции \(position): текст повреждён при перекодировке.",
                          en: "\(field.english): a replacement character (U+FFFD) at position \(position): the text was damaged in a conversion.")
        case let .tooLong(bytes, limit):
            LocalizedText(ru: "\(field.russian) длиннее \(ByteCount.russian(limit)) (\(ByteCount.russian(bytes))).",
                          en: "\(field.english) is longer than \(ByteCount.english(limit)) (\(ByteCount.english(bytes))).")
        }
    }

    /// `U+0000`: at least four hexadecimal digits, as the Unicode standard writes code points.
    static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
