/// Logins made from names by transliteration (ICAO Doc 9303, as in Russian passports since 2013).
public enum DemoLogin {
    private static let table: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu",
        "я": "ia",
    ]

    /// Lower-case ASCII transliteration; characters outside a–z, 0–9 are dropped.
    public static func transliterate(_ text: String) -> String {
        var result = ""
        for ch in text.lowercased() {
            if let latin = table[ch] {
                result += latin
            } else if ch.isASCII, ch.isLetter || ch.isNumber {
                result.append(ch)
            }
        }
        return result
    }

    /// «Иванов Пётр» → `ivanov.p`, «Крылова Юлия» → `krylova.iu`; with `number` 2 → `ivanov.p2`.
    public static func login(for person: DemoPerson, number: Int? = nil) -> String {
        let last = transliterate(person.lastName)
        // The whole first letter, so Юлия gives `iu` and Жанна `zh`, as people expect of their initials.
        let initial = person.firstName.first.map { transliterate(String($0)) } ?? ""
        var result = initial.isEmpty ? last : "\(last).\(initial)"
        if let number { result += String(number) }
        return result
    }
}

/// Hands out logins that are unique among those it has issued: `ivanov.p`, then `ivanov.p2`, …
public struct DemoLoginBook: Sendable {
    private var issued: Set<String> = []

    /// An empty book.
    public init() {}

    /// A login for `person` not issued before by this book.
    public mutating func issue(for person: DemoPerson) -> String {
        let plain = DemoLogin.login(for: person)
        if issued.insert(plain).inserted { return plain }
        var n = 2
        while true {
            let numbered = DemoLogin.login(for: person, number: n)
            if issued.insert(numbered).inserted { return numbered }
            n += 1
        }
    }
}
