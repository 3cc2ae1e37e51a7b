/// Something that draws itself into a cell buffer inside a rectangle.
///
/// Views never talk to the terminal; the buffer stands in for it, which is what makes every
/// screen testable as plain text.
public protocol View {
    /// Draws into `rect` of `buffer`; anything outside `rect` must stay untouched.
    func draw(into buffer: inout CellBuffer, in rect: Rect)
}
