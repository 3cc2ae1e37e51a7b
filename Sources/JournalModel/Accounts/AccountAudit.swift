import Crypto
import Foundation
import GRDB

/// What the operation log keeps of accounts: enough for `verify` to tell that an account's login,
/// person, roles, block and password are what the journal itself set, never the password hash.
///
/// A password is logged as the SHA-256 of its stored hash (its fingerprint): it changes whenever
/// the hash does, and says nothing that would help guess the password (the hash's salt is not in it).
extension Account {
    /// The fingerprint of a stored password hash, as the log keeps it.
    static func passwordFingerprint(of hash: String) -> String {
        "sha256:" + ChainHash.hex(SHA256.hash(data: Data(hash.utf8)))
    }

    /// Inserts the new account and its log entry: login, person, roles and password fingerprint.
    func insertLogged(_ db: Database, writer: RecordWriter) throws {
        try insert(db)
        try writer.note(table: Self.databaseTableName, id: id, field: nil, old: nil, new: auditSummary)
    }

    var auditSummary: String {
        CanonicalValue.encode(row: ["login": login.databaseValue, "person_id": personID.databaseValue, "roles": roles.databaseValue,
                                    Self.passwordField: Self.passwordFingerprint(of: passwordHash).databaseValue])
    }

    /// Logs a new password hash of the account (set already) by its fingerprint.
    static func logPasswordChange(accountID: String, newHash: String, writer: RecordWriter) throws {
        try writer.note(table: databaseTableName, id: accountID, field: passwordField, old: CanonicalValue.quoted("***"),
                        new: CanonicalValue.quoted(passwordFingerprint(of: newHash)))
    }

    /// Logs a change of the account's block (made already).
    static func logBlocked(accountID: String, _ blocked: Bool, writer: RecordWriter) throws {
        try writer.note(table: databaseTableName, id: accountID, field: "blocked", old: blocked ? "0" : "1", new: blocked ? "1" : "0")
    }

    /// The log's name for the password: the column whose fingerprint it keeps.
    static let passwordField = "password_hash"
}

/// The entries that start `verify`'s account and school-name checks on a journal made before
/// they existed: each account's password fingerprint, and the school's name when never logged.
enum AccountLogBaseline {
    static func write(_ db: Database) throws {
        let accounts = try Row.fetchAll(db, sql: "SELECT id, password_hash FROM account ORDER BY id")
        let schoolName = try Meta.value(db, key: Meta.schoolNameKey)
        let nameLogged = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM operation_log WHERE target_table = ? AND target_id = ?)",
                                           arguments: [Meta.tableName, Meta.schoolNameKey]) ?? false
        guard !accounts.isEmpty || (schoolName != nil && !nameLogged) else { return }
        let stamp = OperationStamp(actorID: "system:upgrade", replicaID: try Meta.value(db, key: Meta.replicaKey) ?? "", at: Date(),
                                   reason: "baseline")
        let writer = RecordWriter(db, stamp: stamp)
        for account in accounts {
            try Account.logPasswordChange(accountID: account["id"], newHash: account["password_hash"], writer: writer)
        }
        if let schoolName, !nameLogged {
            try writer.note(table: Meta.tableName, id: Meta.schoolNameKey, field: "value", old: "null", new: CanonicalValue.quoted(schoolName))
        }
    }
}
