/// Sorting by the Russian alphabet, where Ё sorts with Е (Unicode order would put Ё before А).
public enum RussianCollation {
    /// A key that sorts names as a Russian class list does: case-insensitive, Ё as Е, then
    /// the original text to break ties.
    public static func key(_ text: String) -> String {
        var primary = ""
        primary.reserveCapacity(text.utf8.count)
        for character in text.lowercased() {
            primary.append(character == "ё" ? "е" : character)
        }
        return primary + "\u{0}" + text
    }

    /// Whether `left` comes before `right` in Russian alphabetical order.
    public static func precedes(_ left: String, _ right: String) -> Bool {
        key(left) < key(right)
    }
}
