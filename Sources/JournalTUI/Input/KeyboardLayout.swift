/// The physical-key correspondence between the US QWERTY and the Russian ЙЦУКЕН layouts.
///
/// Teachers switch layouts all day; a command bound to `j` must also work when the same key
/// types `о`, and a mark or attendance letter must be accepted from either layout.
public enum KeyboardLayout {
    private static let latinKeys = Array("qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~")
    private static let cyrillicKeys = Array("йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ")

    private static let latinToCyrillicTable: [Character: Character] =
        Dictionary(uniqueKeysWithValues: zip(latinKeys, cyrillicKeys))
    private static let cyrillicToLatinTable: [Character: Character] =
        Dictionary(uniqueKeysWithValues: zip(cyrillicKeys, latinKeys))

    /// The Cyrillic letter on the same physical key as a QWERTY character, if it is a letter key.
    public static func cyrillic(forLatin character: Character) -> Character? {
        latinToCyrillicTable[character]
    }

    /// The QWERTY character on the same physical key as a Cyrillic letter.
    public static func latin(forCyrillic character: Character) -> Character? {
        cyrillicToLatinTable[character]
    }

    /// The character typed by the same physical key in the other layout, if any.
    public static func counterpart(of character: Character) -> Character? {
        latinToCyrillicTable[character] ?? cyrillicToLatinTable[character]
    }

    /// True when `typed` is `expected` or the same physical key in the other layout,
    /// e.g. `matches(typed: "y", expected: "н")` for the absence letter typed in QWERTY.
    public static func matches(typed: Character, expected: Character) -> Bool {
        typed == expected || counterpart(of: typed) == expected
    }
}
