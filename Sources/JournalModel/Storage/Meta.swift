import GRDB

/// Small facts about this copy of the journal, kept in the `meta` table.
enum Meta {
    static let replicaKey = "replica_id"
    static let schoolNameKey = "school_name"

    static func value(_ db: Database, key: String) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = ?"), arguments: [key])
    }

    static func set(_ db: Database, key: String, value: String) throws {
        try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       arguments: [key, value])
    }

    /// Gives a new database its replica id once; it never changes afterwards.
    static func ensureReplicaID(_ db: Database) throws {
        if try value(db, key: replicaKey) == nil {
            try set(db, key: replicaKey, value: RecordID.make())
        }
    }
}
