import Foundation
import JournalTestSupport
import GRDB
import Testing
@testable import JournalModel

/// How the journal stores its data: a private file, durable commits, WAL for concurrent
/// sessions, refusal of files it does not understand, and time-ordered UUIDv7 ids.
@Suite struct StorageTests {
    /// A fresh temporary directory, removed by the caller.
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("journal-storage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func databaseFileIsPrivateToItsOwner() throws {
        let school = try SchoolFixture()
        let attributes = try FileManager.default.attributesOfItem(atPath: school.databasePath)
        let permissions = try #require(attributes[.posixPermissions] as? NSNumber)
        #expect(permissions.intValue & 0o777 == 0o600)
    }

    @Test func newDirectoryIsPrivateToo() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("school/data/journal.sqlite").path
        _ = try JournalDatabase(path: path)
        let fileMode = try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)
        let directoryMode = try #require(FileManager.default.attributesOfItem(
            atPath: directory.appendingPathComponent("school/data").path)[.posixPermissions] as? NSNumber)
        #expect(fileMode.intValue & 0o777 == 0o600)
        #expect(directoryMode.intValue & 0o777 == 0o700)
    }

    @Test func commitsAreDurable() throws {
        let school = try SchoolFixture()
        #expect(try school.journal.database.synchronousLevel() == 2)
        // Also on a database opened again
        let reopened = try JournalDatabase(path: school.databasePath)
        #expect(try reopened.synchronousLevel() == 2)
    }

    @Test func aCellIsFoundByItsLessonAndStudent() throws {
        // Every save reads the cell it changes first (the stale check): by index, not by the
        // student's year of marks sorted afterwards.
        let school = try SchoolFixture()
        let plans = try school.journal.database.pool.read { db in
            try ["mark", "attendance"].map { table in
                try Row.fetchAll(db, sql: """
                    EXPLAIN QUERY PLAN SELECT * FROM \(table) WHERE lesson_id = ? AND student_id = ? AND state = 'active' ORDER BY id
                    """, arguments: ["l", "s"]).map { $0["detail"] as String }.joined(separator: "; ")
            }
        }
        #expect(plans[0].contains("USING INDEX mark_by_lesson_student (lesson_id=? AND student_id=?)"), "\(plans[0])")
        #expect(plans[1].contains("USING INDEX attendance_by_lesson_student (lesson_id=? AND student_id=?)"), "\(plans[1])")
    }

    @Test func aClassesLessonsOfADayAreFoundByClassAndDate() throws {
        let school = try SchoolFixture()
        let plan = try school.journal.database.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT * FROM lesson WHERE on_date = ? AND class_id IN (?, ?)",
                             arguments: ["2026-11-23", "a", "b"]).map { $0["detail"] as String }.joined(separator: "; ")
        }
        #expect(plan.contains("USING INDEX lesson_by_class_date (class_id=? AND on_date=?)"), "\(plan)")
    }

    @Test func journalModeIsWAL() throws {
        let school = try SchoolFixture()
        let mode = try school.journal.database.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let foreignKeys = try school.journal.database.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") }
        #expect(foreignKeys == 1)
    }

    @Test func databaseOfANewerVersionIsRefused() throws {
        // Given a journal database that a newer program migrated to v999
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("journal.sqlite").path
        do {
            let database = try JournalDatabase(path: path)
            try database.pool.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v999')")
            }
        }

        // When this program opens it / Then it refuses, naming the unknown version
        #expect(throws: StorageError.newerSchema(path: path, versions: ["v999"])) {
            try JournalDatabase(path: path)
        }
        // And the database is left as it was
        let versions = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        #expect(versions == ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v999"])
    }

    @Test func fileOfRandomBytesIsNotADatabase() throws {
        // Given a file of random bytes where the database should be
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("journal.sqlite").path
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))

        // When the journal opens it / Then it says the file is not a journal database
        #expect(throws: StorageError.notADatabase(path: path)) {
            try JournalDatabase(path: path)
        }
        // And the file is not overwritten
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(bytes))
    }

    @Test func fileCutShorterThanItsHeaderSaysIsRefusedAsDamaged() throws {
        // Given a closed database (no WAL left) cut to half its pages
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("journal.sqlite").path
        do {
            let database = try JournalDatabase(path: path)
            try database.pool.write { db in
                for index in 0..<2_000 { try Meta.set(db, key: "filler-\(index)", value: String(repeating: "x", count: 100)) }
            }
        }
        let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        truncate(path, off_t(size / 2 / 4096 * 4096))

        // When the journal opens it / Then it says the file is damaged, without touching it
        #expect(JournalDatabase.isTruncated(path))
        #expect(throws: StorageError.notADatabase(path: path)) {
            try JournalDatabase(path: path)
        }
    }

    @Test func writeFailuresAreToldApartFromReadFailures() {
        let write = DatabaseError(resultCode: .SQLITE_IOERR_WRITE, message: "disk I/O error")
        let shortRead = DatabaseError(resultCode: .SQLITE_IOERR_SHORT_READ, message: "disk I/O error")
        #expect(StorageError.from(write, path: "p") == .writeFailed(path: "p", detail: "disk I/O error"))
        #expect(StorageError.from(shortRead, path: "p") == .notADatabase(path: "p"))
        #expect(StorageError.from(DatabaseError(resultCode: .SQLITE_FULL), path: "p") == .diskFull(path: "p"))
        #expect(StorageError.from(DatabaseError(resultCode: .SQLITE_READONLY), path: "p") == .readOnly(path: "p"))
    }

    @Test func recordIDsAreUUIDv7() throws {
        let school = try SchoolFixture()
        let ids = [school.year.id, school.class5A.id, school.mathLesson.id, school.students[0].id, school.englishGroup1.id]
        for id in ids {
            let characters = Array(id)
            #expect(characters.count == 36, "\(id)")
            #expect(characters[14] == "7", "version nibble of \(id)")
            #expect("89ab".contains(characters[19]), "variant of \(id)")
            #expect(UUID(uuidString: id) != nil, "\(id)")
            #expect(id == id.lowercased())
        }
        #expect(Set(ids).count == ids.count)
        let entryIDs = try school.journal.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT entry_id FROM operation_log")
        }
        #expect(entryIDs.allSatisfy { Array($0)[14] == "7" })
    }

    @Test func recordIDsSortByCreationTime() throws {
        // Ids made a millisecond apart sort in the order they were made
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        let ids = (0..<200).map { RecordID.make(at: start.addingTimeInterval(Double($0) * 0.001 + 0.0005)) }
        #expect(ids.sorted() == ids)
        // The first 48 bits are the Unix time in milliseconds
        let first = try #require(ids.first)
        let hex = first.replacingOccurrences(of: "-", with: "").prefix(12)
        #expect(UInt64(hex, radix: 16) == 1_795_000_000_000)
        // Records created at different moments sort by creation too
        let earlier = RecordID.make()
        Thread.sleep(forTimeInterval: 0.002)
        let later = RecordID.make()
        #expect(earlier < later)
    }

    @Test func idsMadeInTheSameMillisecondRiseInTheOrderTheyWereMade() throws {
        // Two marks typed in one millisecond must not swap places in their cell
        let moment = Date(timeIntervalSince1970: 1_795_000_000.25)
        let ids = (0..<2_000).map { _ in RecordID.make(at: moment) }
        #expect(ids.sorted() == ids)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { Array($0)[14] == "7" && "89ab".contains(Array($0)[19]) })  // version and variant kept
        // The random bits carry past the variant bits, which stay as they are
        let full: [UInt8] = [0, 0, 0, 0, 0, 1, 0x70, 0x00, 0xBF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]
        #expect(RecordID.successor(of: full) == [0, 0, 0, 0, 0, 1, 0x70, 0x01, 0x80, 0, 0, 0, 0, 0, 0, 0])
    }

    @Test func deterministicIDsFromTheSameSourceRepeat() {
        struct Counter: RandomNumberGenerator {
            var state: UInt64 = 0
            mutating func next() -> UInt64 { state &+= 0x9E37_79B9_7F4A_7C15; return state }
        }
        var first = Counter()
        var second = Counter()
        let a = RecordID.make(milliseconds: 1_795_000_000_000, using: &first)
        let b = RecordID.make(milliseconds: 1_795_000_000_000, using: &second)
        #expect(a == b)
        #expect(Array(a)[14] == "7")
    }
}
