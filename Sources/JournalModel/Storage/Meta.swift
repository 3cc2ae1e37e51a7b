import GRDB

/// Small facts about this copy of the journal, kept in the `meta` table.
enum Meta {
    static let tableName = "meta"
    static let replicaKey = "replica_id"
    static let schoolNameKey = "school_name"
    /// Set by `journal demo`: the school is a demonstration, and `JOURNAL_NOW` may fix its clock.
    static let demoKey = "demo"

    static func value(_ db: Database, key: String) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = ?"), arguments: [key])
    }

    static func set(_ db: Database, key: String, value: String) throws {
        try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       arguments: [key, value])
    }

    /// The replica id, given to a new database once; it never changes afterwards.
    static func ensureReplicaID(_ db: Database) throws -> String {
        if let existing = try value(db, key: replicaKey) { return existing }
        let made = RecordID.make()
        try set(db, key: replicaKey, value: made)
        return made
    }
}
