/// What a stored text field accepts: its name for messages, its size in UTF-8 bytes, and
/// whether it holds several lines.
///
/// Every field refuses control characters, bidirectional controls and U+FFFD (see
/// `TextHazard`); only a multi-line field accepts line feeds and tabs. A line break is stored
/// as a line feed alone: whoever reads text with CR LF (a file, a paste) turns it into LF first.
struct TextRule: Sendable, Equatable {
    /// The field as the user knows it («Тема урока» / "Lesson topic").
    let field: LocalizedText
    /// The most UTF-8 bytes the field holds.
    let byteLimit: Int
    /// Whether line feeds and tabs are allowed.
    let isMultiline: Bool

    init(_ field: LocalizedText, byteLimit: Int, isMultiline: Bool = false) {
        self.field = field
        self.byteLimit = byteLimit
        self.isMultiline = isMultiline
    }

    /// The first thing wrong with `text` in this field, nil when it may be stored.
    ///
    /// The size is checked first (a huge text is refused without a walk over it); then the
    /// first forbidden character is reported with its position.
    func problem(in text: String) -> TextProblem? {
        let bytes = text.utf8.count
        if bytes > byteLimit { return .tooLong(bytes: bytes, limit: byteLimit) }
        let scalars = text.unicodeScalars
        for index in scalars.indices {
            let scalar = scalars[index]
            guard let hazard = TextHazard.of(scalar) else { continue }
            // A String slice ends at the Character holding the index (Swift rounds down), so
            // this counts the characters before that one, as the user counts them.
            let position = text[..<index].count + 1
            switch hazard {
            case .layout: if !isMultiline { return .lineBreak(scalar, position: position) }
            case .control: return .controlCharacter(scalar, position: position)
            case .directionControl: return .directionControl(scalar, position: position)
            case .replacementCharacter: return .replacementCharacter(position: position)
            }
        }
        return nil
    }
}
