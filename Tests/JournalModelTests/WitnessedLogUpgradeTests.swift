import Foundation
import GRDB
import JournalTestSupport
import Testing
@testable import JournalModel

/// Schema v7 hashes each entry with its position and checks accounts: a journal made before it
/// (entries hashed without position, an account logged without its password) must verify after
/// the upgrade, and from then on its accounts are checked too.
@Suite struct WitnessedLogUpgradeTests {
    /// A v6 database with an account and the school's name, logged as v6 did (old hashes, no fingerprint).
    private func version6Database() throws -> (path: String, directory: URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("journal-v6-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("journal.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v6")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('replica_id', 'replica-v6'), ('school_name', 'Школа № 1')")
            try db.execute(sql: """
                INSERT INTO account (id, login, password_hash, must_change_password, roles) VALUES ('admin-id', 'admin', ?, 1, 'administrator')
                """, arguments: [try PasswordHasher.storable("Vremya-2026", rounds: 1_000)])
            var previous = LogEntry.genesisHash
            let entries: [(String, String, String?, String?, String?)] = [
                ("meta", "school_name", "value", "null", "\"Школа № 1\""),
                ("account", "admin-id", nil, nil, #"{"login":"admin","person_id":null,"roles":"administrator"}"#),
                ("account", "admin-id", "password_hash", "\"***\"", "\"temporary\""),
            ]
            for (index, (table, id, field, old, new)) in entries.enumerated() {
                var entry = LogEntry(seq: Int64(index + 1), entryID: "entry-\(index)", operationID: "op-\(index)", actorID: "system:init",
                                     replicaID: "replica-v6", at: "2026-09-01T08:00:0\(index).000Z", targetTable: table, targetID: id,
                                     field: field, oldValue: old, newValue: new, reason: "", prevHash: previous, hash: "")
                entry.hash = ChainHash.legacy(entry, after: previous)
                try db.execute(sql: """
                    INSERT INTO operation_log (seq, entry_id, operation_id, actor_id, replica_id, at, target_table, target_id, field,
                        old_value, new_value, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [entry.seq, entry.entryID, entry.operationID, entry.actorID, entry.replicaID, entry.at, table, id,
                                     field, old, new, "", previous, entry.hash])
                previous = entry.hash
            }
        }
        return (path, directory)
    }

    @Test func aJournalLoggedBeforeVersion7VerifiesAndItsAccountsAreCheckedFromThen() throws {
        // Given a v6 journal / When this program opens it
        let (path, directory) = try version6Database()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try JournalDatabase(path: path)

        // Then the upgrade logged the account's password fingerprint, hashed the new way, and all verifies
        let report = try Verifier.verify(database)
        #expect(report.passed, "\(report.problems)")
        #expect(report.logEntries == 4 && report.accounts == 1)
        let baseline = try database.pool.read { db in try LogEntry.fetchOne(db, sql: "SELECT * FROM operation_log WHERE seq = 4") }
        #expect(baseline?.actorID == "system:upgrade" && baseline?.newValue?.hasPrefix("\"sha256:") == true)
        #expect(baseline.map { $0.hash == ChainHash.of($0, after: $0.prevHash) } == true)

        // And a password hash changed behind the program's back is caught
        try database.pool.write { db in
            try db.execute(sql: "UPDATE account SET password_hash = 'pbkdf2-sha256$1000$AAAA$BBBB' WHERE id = 'admin-id'")
        }
        #expect(try Verifier.verify(database).problems.map(\.message.english)
                == ["account admin-id: disagrees with the operation log (field password_hash)"])
    }

    @Test func anEntryInTheOldFormAfterTheNewOneIsAnAlteredEntry() throws {
        // Given the upgraded journal / When its last entry (new form) is followed by one hashed the old way
        let (path, directory) = try version6Database()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try JournalDatabase(path: path)
        try database.pool.write { db in
            let head = try LogEntry.fetchOne(db, sql: "SELECT * FROM operation_log ORDER BY seq DESC LIMIT 1")!
            var entry = LogEntry(seq: head.seq + 1, entryID: "late", operationID: "late", actorID: "forger", replicaID: "replica-v6",
                                 at: "2026-12-01T08:00:00.000Z", targetTable: "meta", targetID: "school_name", field: "value",
                                 oldValue: "\"Школа № 1\"", newValue: "\"Школа № 1\"", reason: "", prevHash: head.hash, hash: "")
            entry.hash = ChainHash.legacy(entry, after: head.hash)
            try db.execute(sql: """
                INSERT INTO operation_log (seq, entry_id, operation_id, actor_id, replica_id, at, target_table, target_id, field,
                    old_value, new_value, reason, prev_hash, hash) VALUES (?, 'late', 'late', 'forger', 'replica-v6', ?, 'meta', 'school_name',
                    'value', ?, ?, '', ?, ?)
                """, arguments: [entry.seq, entry.at, entry.oldValue, entry.newValue, entry.prevHash, entry.hash])
        }
        // Then verify names it as altered
        let problems = try Verifier.verify(database).problems.map(\.message.english)
        #expect(problems == ["Operation log: entry #5 was altered (meta school_name)."])
    }
}
