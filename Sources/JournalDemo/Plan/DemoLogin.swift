import JournalModel

/// Demo logins: `LoginName` of the demo person.
public enum DemoLogin {
    /// Lower-case ASCII transliteration (`LoginName.transliterate`).
    public static func transliterate(_ text: String) -> String { LoginName.transliterate(text) }

    /// «Иванов Пётр» → `ivanov.p`, «Крылова Юлия» → `krylova.iu`; with `number` 2 → `ivanov.p2`.
    public static func login(for person: DemoPerson, number: Int? = nil) -> String {
        LoginName.login(lastName: person.lastName, firstName: person.firstName, number: number)
    }
}

/// Hands out logins that are unique among those it has issued: `ivanov.p`, then `ivanov.p2`, …
public struct DemoLoginBook: Sendable {
    private var book = LoginBook()

    /// An empty book.
    public init() {}

    /// A login for `person` not issued before by this book.
    public mutating func issue(for person: DemoPerson) -> String {
        book.issue(lastName: person.lastName, firstName: person.firstName)
    }
}
