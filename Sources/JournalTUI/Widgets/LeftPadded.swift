extension String {
    /// The text with spaces in front up to `width` columns (numbers in a column).
    func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - displayWidth)) + self }
}
