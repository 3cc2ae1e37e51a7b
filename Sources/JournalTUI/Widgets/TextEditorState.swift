import JournalModel

/// A place in a multi-line text: line and column, both counted in Characters (graphemes).
public struct TextPosition: Sendable, Hashable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
}

/// A multi-line text being edited (topics, homework): lines of Characters, a cursor and a limit.
///
/// A pure value: ``apply(_:)`` is its reducer. Lines are arrays of Characters, so the cursor never
/// splits a letter with a combining mark, and inserting a typed letter costs one line, not the
/// whole text (a paste arrives as a burst of typed characters).
public struct TextEditorState: Sendable, Equatable {
    /// One thing the user did in the editor.
    public enum Edit: Sendable, Equatable {
        case insert(Character)
        /// A whole pasted text at once.
        case insertText(String)
        case newLine
        case deleteBackward
        case deleteForward
        case moveLeft
        case moveRight
        case moveUp
        case moveDown
        case lineStart
        case lineEnd
        case wordLeft
        case wordRight
    }

    public private(set) var lines: [[Character]]
    public private(set) var cursor: TextPosition
    /// The longest text accepted, in Characters (a line break counts as one), as the model counts.
    public let limit: Int?
    /// Why the last edit was refused (the limit), cleared by the next successful edit.
    public private(set) var message: LocalizedText?
    /// Characters in the text, kept up to date so the limit check is not a walk over the text.
    public private(set) var count: Int
    /// One line only (a topic): Enter adds no line break, and pasted lines are joined by spaces.
    public let isSingleLine: Bool

    public init(text: String, limit: Int? = nil, singleLine: Bool = false) {
        isSingleLine = singleLine
        let stored = singleLine ? Self.joinedLines(text) : text
        lines = Self.split(stored)
        count = stored.count
        self.limit = limit
        cursor = TextPosition(line: lines.count - 1, column: lines[lines.count - 1].count)
    }

    /// The whole text, lines joined by "\n".
    public var text: String { lines.map { String($0) }.joined(separator: "\n") }

    public mutating func apply(_ edit: Edit) {
        message = nil
        switch edit {
        case .insert(let character):
            if Self.isLineBreak(character) { insertLineBreak() } else { insert([character]) }
        case .insertText(let text):
            insertText(isSingleLine ? Self.joinedLines(text) : text)
        case .newLine:
            insertLineBreak()
        case .deleteBackward:
            deleteBackward()
        case .deleteForward:
            deleteForward()
        case .moveLeft:
            if cursor.column > 0 { cursor.column -= 1 } else if cursor.line > 0 { cursor = end(of: cursor.line - 1) }
        case .moveRight:
            if cursor.column < lines[cursor.line].count { cursor.column += 1 } else if cursor.line + 1 < lines.count { cursor = TextPosition(line: cursor.line + 1, column: 0) }
        case .moveUp:
            if cursor.line > 0 { cursor = TextPosition(line: cursor.line - 1, column: min(cursor.column, lines[cursor.line - 1].count)) }
        case .moveDown:
            if cursor.line + 1 < lines.count { cursor = TextPosition(line: cursor.line + 1, column: min(cursor.column, lines[cursor.line + 1].count)) }
        case .lineStart:
            cursor.column = 0
        case .lineEnd:
            cursor.column = lines[cursor.line].count
        case .wordLeft:
            wordLeft()
        case .wordRight:
            wordRight()
        }
    }

    // MARK: - Editing

    private mutating func insert(_ characters: [Character]) {
        guard admits(characters.count) else { return }
        lines[cursor.line].insert(contentsOf: characters, at: cursor.column)
        cursor.column += characters.count
        count += characters.count
    }

    private mutating func insertLineBreak() {
        if isSingleLine {
            message = LocalizedText(ru: "Здесь одна строка: F2 сохраняет текст.", en: "This takes one line: F2 saves the text.")
            return
        }
        guard admits(1) else { return }
        let rest = Array(lines[cursor.line][cursor.column...])
        lines[cursor.line].removeSubrange(cursor.column...)
        lines.insert(rest, at: cursor.line + 1)
        cursor = TextPosition(line: cursor.line + 1, column: 0)
        count += 1
    }

    private mutating func insertText(_ text: String) {
        let pasted = Self.split(text)
        let added = pasted.reduce(pasted.count - 1) { $0 + $1.count }
        guard admits(added) else { return }
        let rest = Array(lines[cursor.line][cursor.column...])
        lines[cursor.line].replaceSubrange(cursor.column..., with: pasted[0])
        var line = cursor.line
        for next in pasted.dropFirst() {
            line += 1
            lines.insert(next, at: line)
        }
        cursor = TextPosition(line: line, column: lines[line].count)
        lines[line].append(contentsOf: rest)
        count += added
    }

    private mutating func deleteBackward() {
        if cursor.column > 0 {
            lines[cursor.line].remove(at: cursor.column - 1)
            cursor.column -= 1
            count -= 1
        } else if cursor.line > 0 {
            let joined = end(of: cursor.line - 1)
            lines[cursor.line - 1].append(contentsOf: lines.remove(at: cursor.line))
            cursor = joined
            count -= 1
        }
    }

    private mutating func deleteForward() {
        if cursor.column < lines[cursor.line].count {
            lines[cursor.line].remove(at: cursor.column)
            count -= 1
        } else if cursor.line + 1 < lines.count {
            lines[cursor.line].append(contentsOf: lines.remove(at: cursor.line + 1))
            count -= 1
        }
    }

    /// Whether `added` more characters fit under the limit; sets the message when not.
    private mutating func admits(_ added: Int) -> Bool {
        guard let limit, count + added > limit else { return true }
        message = LocalizedText(ru: "Не больше \(limit) символов: текст не поместится (сейчас \(count)).",
                                en: "At most \(limit) characters: the text would not fit (now \(count)).")
        return false
    }

    // MARK: - Word jumps

    private mutating func wordLeft() {
        guard cursor.column > 0 else {
            if cursor.line > 0 { cursor = end(of: cursor.line - 1) }
            return
        }
        let line = lines[cursor.line]
        var column = cursor.column
        while column > 0, !Self.isWordCharacter(line[column - 1]) { column -= 1 }
        while column > 0, Self.isWordCharacter(line[column - 1]) { column -= 1 }
        cursor.column = column
    }

    private mutating func wordRight() {
        let line = lines[cursor.line]
        guard cursor.column < line.count else {
            if cursor.line + 1 < lines.count { cursor = TextPosition(line: cursor.line + 1, column: 0) }
            return
        }
        var column = cursor.column
        while column < line.count, Self.isWordCharacter(line[column]) { column += 1 }
        while column < line.count, !Self.isWordCharacter(line[column]) { column += 1 }
        cursor.column = column
    }

    // MARK: - Helpers

    private func end(of line: Int) -> TextPosition { TextPosition(line: line, column: lines[line].count) }

    static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    static func isLineBreak(_ character: Character) -> Bool { character == "\n" || character == "\r" || character == "\r\n" }

    /// Lines of a text; "\r\n" is one Character in Swift, so any break is one split.
    static func split(_ text: String) -> [[Character]] {
        var result: [[Character]] = [[]]
        for character in text {
            if isLineBreak(character) { result.append([]) } else { result[result.count - 1].append(character) }
        }
        return result
    }

    /// The text's lines joined by single spaces (a pasted topic spanning lines).
    static func joinedLines(_ text: String) -> String {
        text.split(whereSeparator: { isLineBreak($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
