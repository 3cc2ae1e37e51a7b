/// Something that happened to the program as a whole.
public enum AppEvent: Sendable, Equatable {
    /// A key press (including `.resize`, which ncurses reports as a key).
    case key(Key)
    /// The terminal now has this size.
    case resized(Size)
    /// No key arrived within the refresh interval.
    case tick
}
