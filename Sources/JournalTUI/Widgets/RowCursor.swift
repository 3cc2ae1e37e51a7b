/// How lists of students show where the cursor is (the gradebook grid, the attendance sheet):
/// a plain marker after the current row's number and the current cell in reverse video. A cursor
/// move then rewrites two characters and two cells on the terminal, with the shortest attribute
/// sequence there is (`ESC[7m`), the same with and without colour.
enum RowCursor {
    static let marker = ">"
    static let cellStyle = Style(reverse: true)

    /// The row's number right-aligned in two columns, then the marker or a space: " 7>", "12 ".
    static func numberColumn(_ number: Int, current: Bool) -> String {
        "\(number)".leftPadded(to: 2) + (current ? marker : " ")
    }
}
