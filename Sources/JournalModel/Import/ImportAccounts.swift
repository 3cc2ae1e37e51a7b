import GRDB

/// An account the import made for a person, with the temporary password only the credentials
/// file holds (the printed slips are made from it; the terminal never shows it).
public struct ImportedAccount: Sendable, Equatable {
    public let login: String
    public let fullName: String
    /// The class of a student, the position of staff, the children of a parent.
    public let detail: String
    public let roles: Set<Role>
    public let temporaryPassword: String
}

/// Makes the accounts of the people a file adds (and of those it matches who have none), with
/// logins unique in the journal. A temporary password is random (10 characters of 54, about 57
/// bits) and expires, so it is hashed at `temporaryRounds`: the large demo school's 3,161 accounts
/// import in seconds (BENCHMARKS.md), where at the full 600,000 rounds each hash costs about what a
/// login does; the password the person chooses at first login is hashed at the full cost.
struct ImportAccounts {
    static let temporaryRounds = 10_000

    /// Whether accounts are made at all (the command line's `--accounts FILE`; a dry run makes none).
    let issuing: Bool
    private var logins: LoginBook
    private var withAccount: Set<String>
    private(set) var issued: [ImportedAccount] = []

    static func load(_ db: Database, issuing: Bool) throws -> ImportAccounts {
        let rows = try Row.fetchAll(db, sql: "SELECT login, person_id FROM account WHERE state = 'active'")
        return ImportAccounts(issuing: issuing, logins: LoginBook(taken: Set(rows.map { $0["login"] })),
                              withAccount: Set(rows.compactMap { $0["person_id"] }))
    }

    /// Plans an account for the person unless they have one.
    mutating func issue(for person: Person, roles: Set<Role>, detail: String, _ plan: inout ImportPlan) throws {
        guard !roles.isEmpty, withAccount.insert(person.id).inserted else { return }
        guard issuing else {
            plan.accountsNotMade += 1
            return
        }
        let login = logins.issue(lastName: person.lastName, firstName: person.firstName)
        let temporary = PasswordHasher.temporaryPassword()
        let hash = try PasswordHasher.hash(temporary, rounds: Self.temporaryRounds)
        issued.append(ImportedAccount(login: login, fullName: person.fullName, detail: detail, roles: roles, temporaryPassword: temporary))
        plan.writes.append { transaction in
            let account = Account(id: transaction.newID(), personID: person.id, login: login, passwordHash: hash, mustChangePassword: true,
                                  roles: Role.listText(roles), passwordSetAt: transaction.stamp.at)
            try account.insertLogged(transaction.db, writer: transaction.writer)
        }
    }
}
