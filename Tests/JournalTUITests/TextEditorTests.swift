@testable import JournalModel
import Testing
@testable import JournalTUI

/// The multi-line editor as a value: edits in, text and cursor out, no terminal.
@Suite struct TextEditorTests {
    private func editor(_ text: String, limit: Int? = nil, at cursor: TextPosition? = nil) -> TextEditorState {
        var state = TextEditorState(text: text, limit: limit)
        if let cursor {
            while state.cursor.line > cursor.line { state.apply(.moveUp) }
            state.apply(.lineStart)
            for _ in 0..<cursor.column { state.apply(.moveRight) }
        }
        return state
    }

    @Test func typingCyrillicMovesTheCursorByCharacter() {
        var state = TextEditorState(text: "")
        for character in "Ёж ёлка" { state.apply(.insert(character)) }
        #expect(state.text == "Ёж ёлка")
        #expect(state.cursor == TextPosition(line: 0, column: 7))
        state.apply(.moveLeft)
        state.apply(.moveLeft)
        state.apply(.insert("Й"))
        #expect(state.text == "Ёж ёлЙка")
        #expect(state.count == 8)
    }

    @Test func aLetterWithACombiningMarkIsOneCharacter() {
        // "й" written as и + combining breve: one Character, one cursor step, one Backspace.
        var state = TextEditorState(text: "ми\u{306}")
        #expect(state.cursor.column == 2)
        state.apply(.deleteBackward)
        #expect(state.text == "м")
    }

    @Test func backspaceAtTheStartOfALineJoinsItToThePreviousOne() {
        var state = editor("Упражнение\nномер пять", at: TextPosition(line: 1, column: 0))
        state.apply(.deleteBackward)
        #expect(state.text == "Упражнениеномер пять")
        #expect(state.cursor == TextPosition(line: 0, column: 10))
        #expect(state.count == 20)
    }

    @Test func deleteAtTheEndOfALineJoinsTheNextOne() {
        var state = editor("Прочитать\nпараграф", at: TextPosition(line: 0, column: 9))
        state.apply(.deleteForward)
        #expect(state.text == "Прочитатьпараграф")
        #expect(state.cursor == TextPosition(line: 0, column: 9))
        state.apply(.deleteForward)
        #expect(state.text == "Прочитатьараграф")
    }

    @Test func enterSplitsTheLineAtTheCursor() {
        var state = editor("№ 12 выучить правило", at: TextPosition(line: 0, column: 4))
        state.apply(.newLine)
        #expect(state.lines.map { String($0) } == ["№ 12", " выучить правило"])
        #expect(state.cursor == TextPosition(line: 1, column: 0))
    }

    @Test func homeEndAndLineMoves() {
        var state = editor("первая строка\nвторая", at: TextPosition(line: 0, column: 3))
        state.apply(.lineEnd)
        #expect(state.cursor == TextPosition(line: 0, column: 13))
        state.apply(.moveDown)
        #expect(state.cursor == TextPosition(line: 1, column: 6))  // clamped to the shorter line
        state.apply(.lineStart)
        state.apply(.moveLeft)
        #expect(state.cursor == TextPosition(line: 0, column: 13))  // left from a line start goes up
        state.apply(.moveRight)
        #expect(state.cursor == TextPosition(line: 1, column: 0))
    }

    @Test func wordJumpsSkipPunctuationAndCrossLines() {
        var state = editor("Решить № 12, 14.\nСтр. 45", at: TextPosition(line: 0, column: 0))
        state.apply(.wordRight)
        #expect(state.cursor.column == 9)  // before "12"
        state.apply(.wordRight)
        #expect(state.cursor.column == 13)  // before "14"
        state.apply(.wordRight)
        #expect(state.cursor.column == 16)  // end of line
        state.apply(.wordRight)
        #expect(state.cursor == TextPosition(line: 1, column: 0))
        state.apply(.wordLeft)
        #expect(state.cursor == TextPosition(line: 0, column: 16))
        state.apply(.wordLeft)
        #expect(state.cursor.column == 13)
    }

    @Test func theLimitRefusesWhatDoesNotFitWithAMessage() {
        var state = TextEditorState(text: "1234", limit: 5)
        state.apply(.insert("5"))
        state.apply(.insert("6"))
        #expect(state.text == "12345")
        #expect(state.message?.russian.contains("Не больше 5 символов") == true)
        state.apply(.newLine)
        #expect(state.text == "12345")
        state.apply(.deleteBackward)
        #expect(state.message == nil)
        state.apply(.insertText("ab"))
        #expect(state.text == "1234")  // a paste that does not fit is refused whole
    }

    @Test func aLongPasteArrivesWholeWithLineBreaks() {
        let long = String(repeating: "Домашнее задание на завтра. ", count: 70)  // 1960 characters
        var state = TextEditorState(text: "", limit: LessonEditorScreen.homeworkLimit)
        for character in long { state.apply(.insert(character)) }
        #expect(state.count == long.count)
        #expect(state.text == long)
        var pasted = TextEditorState(text: "Начало: конец")
        for _ in 0..<5 { pasted.apply(.moveLeft) }
        pasted.apply(.insertText("раз\r\nдва\nтри "))
        #expect(pasted.text == "Начало: раз\nдва\nтри конец")
        #expect(pasted.cursor == TextPosition(line: 2, column: 4))
        #expect(pasted.count == pasted.text.count)
    }

    @Test func wrapBreaksAtSpacesByDisplayWidth() {
        let lines = TextEditorState(text: "Сложение и вычитание дробей\nКороткая").lines
        let layout = TextEditorLayout(lines: lines, width: 12)
        let rows = layout.rows.map { String(lines[$0.line][$0.range]) }
        #expect(rows == ["Сложение и ", "вычитание ", "дробей", "Короткая"])
        // The cursor after "вычитание " is on that row's end; at the wrap point it starts the next row.
        #expect(layout.place(TextPosition(line: 0, column: 11), in: lines) == Position(x: 0, y: 1))
        #expect(layout.place(TextPosition(line: 0, column: 27), in: lines) == Position(x: 6, y: 2))
        #expect(layout.place(TextPosition(line: 1, column: 0), in: lines) == Position(x: 0, y: 3))
    }

    @Test func aWordLongerThanTheRowIsCutAndWideCharactersCountTwice() {
        let lines = TextEditorState(text: "Параллелепипед 漢字漢字").lines
        let rows = TextEditorLayout(lines: lines, width: 6).rows.map { String(lines[$0.line][$0.range]) }
        #expect(rows == ["Паралл", "елепип", "ед ", "漢字漢", "字"])
    }

    @Test func theViewDrawsWrappedRowsAndPlacesTheCursor() {
        var buffer = CellBuffer(width: 14, height: 3)
        let state = TextEditorState(text: "Сложение и вычитание дробей")
        TextEditorView(state: state).draw(into: &buffer, in: Rect(x: 0, y: 0, width: 13, height: 3))
        #expect(buffer.lines(trimmingTrailingSpaces: true) == ["Сложение и", "вычитание", "дробей"])
        #expect(buffer.cursor == Position(x: 6, y: 2))
    }

    @Test func aOneLineEditorRefusesLineBreaksAndJoinsPastedLines() {
        // Given a topic editor, which holds one line
        var state = TextEditorState(text: "Дроби\nи проценты", singleLine: true)
        #expect(state.text == "Дроби и проценты")
        #expect(state.cursor == TextPosition(line: 0, column: 16))

        // When Enter is pressed, the text stays and the editor says why
        state.apply(.newLine)
        state.apply(.insert("\n"))
        #expect(state.text == "Дроби и проценты")
        #expect(state.message?.text(.russian) == "Здесь одна строка: F2 сохраняет текст.")

        // And pasted lines arrive as one, the message gone with the next edit
        state.apply(.insertText(": сложение\r\nвычитание"))
        #expect(state.text == "Дроби и проценты: сложение вычитание")
        #expect(state.lines.count == 1 && state.message == nil)
    }
}
