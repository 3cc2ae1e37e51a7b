/// Russian alphabetical order with Ё in its place after Е, which plain string comparison gets wrong.
public enum DemoCollation {
    private static let alphabet = Array("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
    private static let positions: [Character: Int] = Dictionary(
        uniqueKeysWithValues: alphabet.enumerated().map { ($1, $0) })

    /// A sort key: letters by their place in the Russian alphabet, other characters after them.
    public static func key(_ text: String) -> [Int] {
        text.lowercased().map { ch in
            positions[ch] ?? (100 + Int(ch.unicodeScalars.first?.value ?? 0))
        }
    }

    /// True if `a` comes before `b` in a class list: by surname, then first name, then patronymic.
    public static func precedes(_ a: DemoPerson, _ b: DemoPerson) -> Bool {
        let ka = key(a.lastName) + [-1] + key(a.firstName) + [-1] + key(a.patronymic)
        let kb = key(b.lastName) + [-1] + key(b.firstName) + [-1] + key(b.patronymic)
        return ka.lexicographicallyPrecedes(kb)
    }
}
