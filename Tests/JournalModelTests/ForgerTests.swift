import Foundation
import GRDB
import JournalTestSupport
import Testing
@testable import JournalModel

/// Someone who can write the database file but has not the seal key: each forgery below passes
/// `verify` on its own (the forger keeps the chain and the tables consistent), and `verify
/// --witness` catches it after a seal, naming what broke.
@Suite struct ForgerTests {
    /// A school with marks and an account, sealed once to a witness directory.
    private final class SealedSchool {
        let school: SchoolFixture
        let marks: [Mark]
        let witness: String
        let key: SealKey
        let checkpoint: Checkpoint

        init() throws {
            school = try SchoolFixture()
            try school.account("ivanova", for: school.mathTeacher, password: "Drobi-2026")
            let teacher = school.teacher(school.mathTeacher)
            school.clock.set(SchoolFixture.lessonDay)
            var marks: [Mark] = []
            for (student, value) in zip(school.students, ["3", "4", "2"]) {
                marks.append(try teacher.addMark(lessonID: school.mathLesson.id, studentID: student.id, value: value))
            }
            try teacher.changeLesson(school.mathLesson.id, .topic("Дроби"))
            school.clock.set(SchoolFixture.today)
            self.marks = marks
            witness = school.directory.appendingPathComponent("usb").path
            try FileManager.default.createDirectory(atPath: witness, withIntermediateDirectories: true)
            key = try SealKey.create(at: school.directory.appendingPathComponent("seal.key").path)
            let sealed = try school.journal.seal(with: key, to: [witness])
            #expect(sealed.failures.isEmpty && sealed.witnessFiles.count == 1)
            checkpoint = sealed.checkpoint
        }

        /// `verify` of the file as a new program run sees it, without and with the witness.
        func verify() throws -> (alone: VerificationReport, witnessed: VerificationReport) {
            let journal = try Journal(path: school.databasePath)
            return (try journal.verify(), try journal.verify(witnessDirectories: [witness], publicKey: key.publicKey))
        }

        /// Runs the forger's SQL on the file, outside the program.
        func forge(_ change: (Database) throws -> Void) throws {
            let queue = try DatabaseQueue(path: school.databasePath)
            try queue.write(change)
        }

        func seq(table: String, id: String, field: String? = nil) throws -> Int64 {
            try school.journal.database.pool.read { db in
                try Int64.fetchOne(db, sql: "SELECT seq FROM operation_log WHERE target_table = ? AND target_id = ? AND field IS ?",
                                   arguments: [table, id, field]) ?? -1
            }
        }
    }

    /// Recomputes every hash from `seq` on, as `ChainHash` does, so the chain holds again (the
    /// update trigger dropped already).
    private static func rechain(_ db: Database, from seq: Int64) throws {
        var previous = try String.fetchOne(db, sql: "SELECT hash FROM operation_log WHERE seq = ?", arguments: [seq - 1]) ?? LogEntry.genesisHash
        for var entry in try LogEntry.fetchAll(db, sql: "SELECT * FROM operation_log WHERE seq >= ? ORDER BY seq", arguments: [seq]) {
            entry.prevHash = previous
            entry.hash = ChainHash.of(entry, after: previous)
            try db.execute(sql: "UPDATE operation_log SET prev_hash = ?, hash = ? WHERE seq = ?", arguments: [entry.prevHash, entry.hash, entry.seq])
            previous = entry.hash
        }
    }

    /// Appends an entry the way the program does: next position, after the head, hashed.
    private static func append(_ db: Database, actorID: String, at: String, table: String, id: String, field: String,
                               old: String, new: String) throws -> Int64 {
        let head = try Row.fetchOne(db, sql: "SELECT seq, hash FROM operation_log ORDER BY seq DESC LIMIT 1")!
        let seq: Int64 = head["seq"] + 1
        let replica = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'replica_id'")!
        let entry = LogEntry(seq: seq, entryID: RecordID.make(), operationID: RecordID.make(), actorID: actorID, replicaID: replica,
                             at: at, targetTable: table, targetID: id, field: field, oldValue: old, newValue: new, reason: "",
                             prevHash: head["hash"], hash: "")
        try db.execute(sql: """
            INSERT INTO operation_log (seq, entry_id, operation_id, actor_id, replica_id, at, target_table, target_id, field,
                old_value, new_value, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [seq, entry.entryID, entry.operationID, actorID, replica, at, table, id, field, old, new, "",
                             entry.prevHash, ChainHash.of(entry, after: entry.prevHash)])
        return seq
    }

    @Test func aChangedMarkWithAnAppendedEntryDatedAtTheLessonIsCaught() throws {
        // Given a sealed school / When the forger turns Алексеев's 3 into a 5 and appends the
        // change as the teacher's, dated on the lesson day
        let sealed = try SealedSchool()
        let mark = sealed.marks[0]
        var forged: Int64 = 0
        try sealed.forge { db in
            try db.execute(sql: "UPDATE mark SET value = '5' WHERE id = ?", arguments: [mark.id])
            forged = try Self.append(db, actorID: "account-\(sealed.school.mathTeacher.id)", at: "2026-11-20T09:40:00.000Z",
                                     table: "mark", id: mark.id, field: "value", old: "\"3\"", new: "\"5\"")
        }

        // Then verify alone passes, and the witness names the entry as written after the seal but dated before it
        let (alone, witnessed) = try sealed.verify()
        #expect(alone.passed)
        #expect(witnessed.problems.map(\.kind) == [.witness])
        #expect(witnessed.problems.first?.message.english.hasPrefix("Entry #\(forged) (mark \(mark.id)) is dated 2026-11-20T09:40:00.000Z, before checkpoint #\(sealed.checkpoint.position)") == true)
    }

    @Test func anEntryAppendedAfterTheSealWithTodaysDateIsReportedAsNotYetWitnessed() throws {
        // The limit of a witness: an entry after the last seal, dated now, looks like any new one until the next seal
        let sealed = try SealedSchool()
        try sealed.forge { db in
            try db.execute(sql: "UPDATE mark SET value = '5' WHERE id = ?", arguments: [sealed.marks[0].id])
            _ = try Self.append(db, actorID: "account-\(sealed.school.mathTeacher.id)", at: Timestamp.text(Date()),
                                table: "mark", id: sealed.marks[0].id, field: "value", old: "\"3\"", new: "\"5\"")
        }
        let (_, witnessed) = try sealed.verify()
        #expect(witnessed.passed)
        #expect(witnessed.witness?.unwitnessedEntries == 1)
        #expect(witnessed.witness?.lastCheckpoint == sealed.checkpoint)
    }

    @Test func anOldEntryRewrittenWithTheChainRecomputedIsCaughtAtThatEntry() throws {
        // Given the sealed school / When the forger rewrites the creation of Алексеев's mark as a 5,
        // changes the row to match and recomputes every hash from there on
        let sealed = try SealedSchool()
        let mark = sealed.marks[0]
        let target = try sealed.seq(table: "mark", id: mark.id)
        try sealed.forge { db in
            try db.execute(sql: "DROP TRIGGER operation_log_no_update")
            try db.execute(sql: "UPDATE operation_log SET new_value = replace(new_value, '\"value\":\"3\"', '\"value\":\"5\"') WHERE seq = ?",
                           arguments: [target])
            try db.execute(sql: "UPDATE mark SET value = '5' WHERE id = ?", arguments: [mark.id])
            try Self.rechain(db, from: target)
        }

        // Then verify alone passes, and the witness names the first entry that differs
        let (alone, witnessed) = try sealed.verify()
        #expect(alone.passed)
        #expect(witnessed.problems.map(\.kind) == [.witness])
        #expect(witnessed.problems.first?.message.english.hasPrefix("Operation log entry #\(target) is not the one witnessed") == true)
    }

    @Test func aCutTailWithItsRowsUndoneIsCaughtAsMissingEntries() throws {
        // Given the sealed school, whose last entry set the lesson's topic
        let sealed = try SealedSchool()
        let end = sealed.checkpoint.position
        // When the forger deletes that entry and puts the topic back as it was
        try sealed.forge { db in
            try db.execute(sql: "DROP TRIGGER operation_log_no_delete")
            try db.execute(sql: "DELETE FROM operation_log WHERE seq = ?", arguments: [end])
            try db.execute(sql: "UPDATE lesson SET topic = '' WHERE id = ?", arguments: [sealed.school.mathLesson.id])
        }

        // Then verify alone passes, and the witness names the missing entries
        let (alone, witnessed) = try sealed.verify()
        #expect(alone.passed)
        #expect(witnessed.problems.map(\.kind) == [.witness])
        #expect(witnessed.problems.first?.message.english.hasPrefix(
            "The operation log ends at #\(end - 1) but was witnessed up to #\(end)") == true)
    }

    @Test func anAccountsRolesOrPasswordChangedInTheTableAreCaughtByVerify() throws {
        // When the forger makes the teacher an administrator, and gives the director's account a password they know
        let sealed = try SealedSchool()
        try sealed.school.account("director", for: nil, roles: [.director], password: "Direktor-2026")
        let knownHash = try PasswordHasher.storable("forger-knows", rounds: 1_000)
        try sealed.forge { db in
            try db.execute(sql: "UPDATE account SET roles = 'administrator,teacher' WHERE login = 'ivanova'")
            try db.execute(sql: "UPDATE account SET password_hash = ? WHERE login = 'director'", arguments: [knownHash])
        }

        // Then verify names both accounts and the fields
        let (alone, _) = try sealed.verify()
        let messages = alone.problems.map(\.message.english)
        #expect(alone.problems.map(\.kind) == [.agreement, .agreement])
        #expect(messages.contains { $0.hasSuffix("disagrees with the operation log (field roles)") })
        #expect(messages.contains { $0.hasSuffix("disagrees with the operation log (field password_hash)") })
    }

    @Test func anAccountsRolesRewrittenInTheLogTooAreCaughtByTheWitness() throws {
        // When the forger also rewrites the account's creation entry and recomputes the chain
        let sealed = try SealedSchool()
        let accountID = try sealed.school.journal.database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT id FROM account WHERE login = 'ivanova'")!
        }
        let target = try sealed.seq(table: "account", id: accountID)
        try sealed.forge { db in
            try db.execute(sql: "UPDATE account SET roles = 'administrator,teacher' WHERE id = ?", arguments: [accountID])
            try db.execute(sql: "DROP TRIGGER operation_log_no_update")
            try db.execute(sql: "UPDATE operation_log SET new_value = replace(new_value, '\"roles\":\"teacher\"', '\"roles\":\"administrator,teacher\"') WHERE seq = ?",
                           arguments: [target])
            try Self.rechain(db, from: target)
        }

        // Then verify alone passes, and the witness names the creation entry
        let (alone, witnessed) = try sealed.verify()
        #expect(alone.passed)
        #expect(witnessed.problems.first?.message.english.hasPrefix("Operation log entry #\(target) is not the one witnessed") == true)
    }

    @Test func anEntryNotAtTheHeadIsRefusedByTheDatabaseItself() throws {
        let sealed = try SealedSchool()
        #expect(throws: DatabaseError.self) {
            try sealed.forge { db in
                try db.execute(sql: """
                    INSERT INTO operation_log (seq, entry_id, operation_id, actor_id, replica_id, at, target_table, target_id,
                        prev_hash, hash) VALUES (9999, 'e', 'o', 'a', 'r', 'now', 'mark', 'x', 'not-the-head', 'h')
                    """)
            }
        }
        #expect(try sealed.verify().witnessed.passed)
    }
}
