/// One key press as the application sees it, independent of ncurses codes.
public enum Key: Sendable, Hashable {
    /// A printable character, in whatever keyboard layout produced it (`j`, `о`, `5`, ` `).
    case character(Character)
    /// Ctrl with a lowercase Latin letter (`C-s`). Ctrl-H, -I, -J, -M arrive as backspace, tab
    /// and enter, so they are never produced here.
    case ctrl(Character)
    /// Alt/Meta with a character (`M-x`): the terminal sends Esc followed by the character.
    case alt(Character)
    /// A function key, F1 … F24.
    case function(Int)
    case enter
    case escape
    case tab
    case backTab
    case backspace
    case delete
    case insert
    case up
    case down
    case left
    case right
    /// Ctrl with an arrow (word jumps in text), where the terminal reports it.
    case ctrlLeft
    case ctrlRight
    case home
    case end
    case pageUp
    case pageDown
    /// The terminal changed size; not a real key, delivered through the same channel by ncurses.
    case resize

    /// The character this key types into a text field, if it types one.
    public var typedCharacter: Character? {
        if case .character(let character) = self { return character }
        return nil
    }
}
