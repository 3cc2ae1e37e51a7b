import Testing
@testable import JournalTUI

@Suite("Text field")
struct TextFieldTests {
    @Test func typingAndMovingByCharacter() {
        var field = TextField()
        for character in "Иванова" { field.insert(character) }
        field.apply(.editMoveHome)
        field.apply(.editMoveRight)
        field.insert("x")
        #expect(field.text == "Иxванова")
        #expect(field.cursor == 2)
        field.apply(.editMoveEnd)
        #expect(field.cursor == 8)
    }

    @Test func backspaceAndDeleteRemoveWholeLetters() {
        var field = TextField(text: "Сергей")
        field.apply(.editDeleteBackward)
        #expect(field.text == "Серге")
        field.apply(.editMoveHome)
        field.apply(.editDeleteForward)
        #expect(field.text == "ерге")
        field.apply(.editDeleteBackward)  // at the start: nothing to delete
        #expect(field.text == "ерге")
        var decomposed = TextField(text: "и\u{0306}")
        decomposed.apply(.editDeleteBackward)
        #expect(decomposed.text.isEmpty)
    }

    @Test func lengthLimitAndControlCharacters() {
        var field = TextField(maxLength: 3)
        for character in "abcd" { field.insert(character) }
        #expect(field.text == "abc")
        var other = TextField()
        let inserted = other.insert("\u{7}")
        #expect(!inserted)
        #expect(other.text.isEmpty)
    }

    @Test func maskedFieldShowsStars() {
        let field = TextField(text: "пароль", isMasked: true)
        #expect(field.displayText == "******")
    }

    @Test func viewScrollsToKeepTheCursorVisible() {
        var buffer = CellBuffer(width: 10, height: 1)
        let field = TextField(text: "абвгдеёжзий")
        TextFieldView(field: field, isFocused: true).draw(into: &buffer, in: buffer.bounds)
        // 8 columns inside the brackets: the last 7 letters and the cursor after them.
        #expect(buffer.lines() == ["[деёжзий ]"])
        #expect(buffer.cursor == Position(x: 8, y: 0))
    }
}
