import GRDB

/// A login (учётная запись): who may use the journal, with which roles.
///
/// Accounts are not journal records and never leave the model: their changes are audited in the
/// operation log, but password hashes and failure counters never enter it, and lists of accounts
/// are `AccountSummary` values without the hash.
struct Account: Codable, FetchableRecord, Identifiable, Sendable, Hashable {
    static let databaseTableName = "account"
    var id: String
    /// The person the account belongs to (nil for a bare technical administrator).
    var personID: String?
    var login: String
    /// `pbkdf2-sha256$rounds$salt$hash`.
    var passwordHash: String
    /// A temporary password: it must be changed at the next login.
    var mustChangePassword: Bool
    /// Comma-separated role names.
    var roles: String
    /// Blocked by the administrator (for example a compromised login).
    var blocked: Bool = false
    var failedAttempts: Int = 0
    /// After repeated failures: no login before this moment (UTC ISO text).
    var lockedUntil: String?
    /// When the password was set (UTC ISO text): a temporary password expires some days later.
    var passwordSetAt: String?
    var state: RecordState = .active

    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy {
        .custom { column in ColumnName.Key(ColumnName.camelCase(column)) }
    }

    /// The roles as a set.
    var roleSet: Set<Role> { Role.parseList(roles) }

    /// Writes the account as a new row (its audit entry is the caller's).
    func insert(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO account (id, person_id, login, password_hash, must_change_password, roles, blocked, failed_attempts,
                locked_until, password_set_at, state)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, personID, login, passwordHash, mustChangePassword, roles, blocked, failedAttempts,
                             lockedUntil, passwordSetAt, state])
    }

    /// The account with this login (lower case), if any.
    static func withLogin(_ db: Database, _ login: String) throws -> Account? {
        try Account.fetchOne(db.cachedStatement(sql: "SELECT * FROM account WHERE login = ? AND state = 'active'"), arguments: [login])
    }

    /// The account with this id, or the refusal "not found".
    static func require(_ db: Database, id: String) throws -> Account {
        guard let account = try Account.fetchOne(db, sql: "SELECT * FROM account WHERE id = ?", arguments: [id]) else {
            throw Refusal.notFound(LocalizedText(ru: "Учётная запись не найдена.", en: "Account not found."))
        }
        return account
    }
}

/// An account as lists show it: login, roles, state and the person's name; never the password hash.
public struct AccountSummary: Sendable, Hashable {
    public let id: String
    public let login: String
    public let roles: Set<Role>
    public let personID: String?
    /// The linked person's full name.
    public let personName: String?
    /// The password is a temporary one, still to be replaced.
    public let mustChangePassword: Bool
    public let blocked: Bool
    /// Locked after repeated failures until this moment (local `HH:MM`), while the lock lasts.
    public let lockedUntil: String?
}
