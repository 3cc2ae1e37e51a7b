import GRDB

// Doors for tests, benchmarks and fault drivers only (`@_spi(Testing) import JournalModel`): they
// build schools and measure the journal without a login screen. Not part of the program's API.

extension JournalSession {
    /// The program's own session (set-up, seeding): the administrator's rights, no account behind it.
    @_spi(Testing) public static func program(_ journal: Journal, name: String) -> JournalSession {
        system(journal, name)
    }

    /// A session for a person with roles and no account, for tests of the rules: nothing is re-read.
    @_spi(Testing) public static func acting(_ journal: Journal, personID: String?, roles: Set<Role>, login: String) -> JournalSession {
        let actor = JournalActor(id: "account-\(login)", personID: personID, roles: roles, login: login)
        return JournalSession(journal: journal, actor: actor, credential: nil, terminal: "test", displayName: login)
    }

    /// The session of an existing account, without its password: benchmarks measure a teacher's
    /// saves with every check a real session makes, the account's included.
    @_spi(Testing) public static func opened(_ journal: Journal, login: String) throws(Refusal) -> JournalSession {
        let account = try journal.read { db in
            try Account.withLogin(db, login).orRefuse(.notFound(LocalizedText(ru: "Нет учётной записи.", en: "No such account.")))
        }
        return try journal.openSession(for: account, terminal: "bench")
    }
}

extension Journal {
    /// Reads the database directly in a snapshot (to pick what to measure).
    @_spi(Testing) public func withDatabase<Result>(_ body: (Database) throws -> Result) throws -> Result {
        try database.pool.read(body)
    }

    /// The `synchronous` level of the writer connection (2 = FULL).
    @_spi(Testing) public func synchronousLevel() throws -> Int { try database.synchronousLevel() }
}
