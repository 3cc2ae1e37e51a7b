import GRDB

/// A login (учётная запись): who may use the journal, with which roles.
///
/// Accounts are not journal records: their changes are audited in the log, but password hashes
/// and failure counters never enter it.
public struct Account: Codable, FetchableRecord, PersistableRecord, Identifiable, Sendable, Hashable {
    public static let databaseTableName = "account"
    public var id: String
    /// The person the account belongs to (nil for a bare technical administrator).
    public var personID: String?
    public var login: String
    /// `pbkdf2-sha256$rounds$salt$hash`.
    public var passwordHash: String
    /// A temporary password: it must be changed at the next login.
    public var mustChangePassword: Bool
    /// Comma-separated role names.
    public var roles: String
    /// Blocked by the administrator (for example a compromised login).
    public var blocked: Bool = false
    public var failedAttempts: Int = 0
    /// After repeated failures: no login before this moment (UTC ISO text).
    public var lockedUntil: String?
    public var state: RecordState = .active

    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy {
        .custom { key in ColumnName.snakeCase(key.stringValue) }
    }

    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy {
        .custom { column in ColumnName.Key(ColumnName.camelCase(column)) }
    }

    /// The roles as a set.
    public var roleSet: Set<Role> { Role.parseList(roles) }
}
