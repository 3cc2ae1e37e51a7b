/// A single-line text input: the text, a cursor counted in Characters, a mask for passwords.
///
/// Counting by `Character` keeps the cursor on whole letters: a Cyrillic `й` is one step even
/// when it arrives decomposed, and Backspace never leaves half a letter behind.
public struct TextField: Sendable, Equatable {
    public private(set) var text: String
    /// Cursor position in Characters, 0...text.count.
    public private(set) var cursor: Int
    /// Shows `*` instead of the text (passwords).
    public var isMasked: Bool
    /// Most Characters the field accepts; typing beyond it is ignored.
    public var maxLength: Int

    public init(text: String = "", isMasked: Bool = false, maxLength: Int = 64) {
        self.text = String(text.prefix(maxLength))
        self.cursor = self.text.count
        self.isMasked = isMasked
        self.maxLength = maxLength
    }

    /// What the field shows: the text, or one `*` per Character when masked.
    public var displayText: String {
        isMasked ? String(repeating: "*", count: text.count) : text
    }

    /// Inserts a typed character at the cursor; false if it is a control character or the field is full.
    @discardableResult
    public mutating func insert(_ character: Character) -> Bool {
        guard text.count < maxLength,
              !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return false }
        text.insert(character, at: index(cursor))
        cursor += 1
        return true
    }

    /// Applies an `edit.*` action; false for actions that are not about editing.
    @discardableResult
    public mutating func apply(_ action: Action) -> Bool {
        switch action {
        case .editMoveLeft: cursor = max(0, cursor - 1)
        case .editMoveRight: cursor = min(text.count, cursor + 1)
        case .editMoveHome: cursor = 0
        case .editMoveEnd: cursor = text.count
        case .editDeleteBackward:
            guard cursor > 0 else { return true }
            text.remove(at: index(cursor - 1))
            cursor -= 1
        case .editDeleteForward:
            guard cursor < text.count else { return true }
            text.remove(at: index(cursor))
        case .editClearField: clear()
        default: return false
        }
        return true
    }

    /// Empties the field.
    public mutating func clear() {
        text = ""
        cursor = 0
    }

    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: offset)
    }
}
