/// Logins made from names by transliteration (ICAO Doc 9303, as in Russian passports since 2013):
/// «Иванов Пётр» → `ivanov.p`, «Крылова Юлия» → `krylova.iu`, the next of the same name `ivanov.p2`.
public enum LoginName {
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

    /// `ivanov.p` for «Иванов Пётр»; with `number` 2, `ivanov.p2`.
    public static func login(lastName: String, firstName: String, number: Int? = nil) -> String {
        let last = transliterate(lastName)
        // The whole first letter, so Юлия gives `iu` and Жанна `zh`, as people expect of their initials.
        let initial = firstName.first.map { transliterate(String($0)) } ?? ""
        var result = initial.isEmpty ? last : "\(last).\(initial)"
        if result.isEmpty { result = "user" }
        if let number { result += String(number) }
        return result
    }
}

/// Hands out logins unique among those taken (in the journal) and those it issued: `ivanov.p`,
/// then `ivanov.p2`, …
public struct LoginBook: Sendable {
    private var issued: Set<String>

    /// A book that knows these logins are taken.
    public init(taken: Set<String> = []) { issued = taken }

    /// A login for the name not taken before.
    public mutating func issue(lastName: String, firstName: String) -> String {
        let plain = LoginName.login(lastName: lastName, firstName: firstName)
        if issued.insert(plain).inserted { return plain }
        var n = 2
        while true {
            let numbered = LoginName.login(lastName: lastName, firstName: firstName, number: n)
            if issued.insert(numbered).inserted { return numbered }
            n += 1
        }
    }
}
