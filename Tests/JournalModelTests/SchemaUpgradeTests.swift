import Foundation
import JournalTestSupport
import GRDB
import Testing
@testable import JournalModel

/// Schema v2 adds `lesson.attendance_taken`: lessons created under v1 were logged without it, and
/// `verify` must still agree with them, while catching the column changed behind the log.
@Suite struct SchemaUpgradeTests {
    private let lessonID = "lesson-from-v1"

    /// A database file at schema v1 holding one lesson (and what it refers to), each row logged
    /// whole as version 1 logged it; then opened by this program, which migrates it.
    private func upgradedDatabase(in directory: URL) throws -> JournalDatabase {
        let path = directory.appendingPathComponent("journal.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: "v1")
            try queue.write { db in
                let writer = RecordWriter(db, stamp: OperationStamp(actorID: "system:v1", replicaID: "replica-v1",
                                                                    at: Date(timeIntervalSince1970: 1_790_000_000)))
                func create(_ table: String, _ id: String, _ values: [String: any DatabaseValueConvertible]) throws {
                    let columns = values.keys.sorted()
                    let arguments: [any DatabaseValueConvertible] = [id] + columns.map { values[$0]! }
                    try db.execute(sql: "INSERT INTO \(table) (id, \(columns.joined(separator: ", "))) VALUES (?\(String(repeating: ", ?", count: columns.count)))",
                                   arguments: StatementArguments(arguments))
                    let row = try #require(try Row.fetchOne(db, sql: "SELECT * FROM \(table) WHERE id = ?", arguments: [id]))
                    var logged: [String: DatabaseValue] = [:]
                    for column in row.columnNames where column != "id" { logged[column] = row[column] }
                    try writer.note(table: table, id: id, field: nil, old: nil, new: CanonicalValue.encode(row: logged))
                }
                try create("school_year", "year", ["name": "2026/2027", "starts_on": "2026-09-01", "ends_on": "2027-05-31"])
                try create("school_class", "class", ["year_id": "year", "grade": 5, "letter": "А"])
                try create("subject", "subject", ["name": "Математика", "short_name": "Мат"])
                try create("person", "teacher", ["kind": "staff", "last_name": "Иванова", "first_name": "Мария"])
                try create("lesson", lessonID, ["class_id": "class", "subject_id": "subject", "teacher_id": "teacher",
                                                "on_date": "2026-11-20", "slot": 1, "topic": "Дроби"])
            }
        }
        return try JournalDatabase(path: path)
    }

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("journal-upgrade-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func setAttendanceTaken(_ database: JournalDatabase, to value: Int) throws {
        try database.pool.write { db in
            try db.execute(sql: "UPDATE lesson SET attendance_taken = ? WHERE id = ?", arguments: [value, lessonID])
        }
    }

    @Test func lessonLoggedUnderVersion1VerifiesAfterTheUpgrade() throws {
        // Given a v1 database with a lesson, opened (and so migrated) by this program
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try upgradedDatabase(in: directory)

        // Then the lesson has the new column at its default, and verify agrees with the log
        let lesson = try database.pool.read { db in try Lesson.fetchOne(db, key: lessonID) }
        #expect(lesson?.attendanceTaken == false)
        #expect(lesson?.topic == "Дроби")
        let report = try Verifier.verify(database)
        #expect(report.passed, "\(report.problems.map(\.message.english))")
        let applied = try database.pool.read { db in try Schema.migrator.appliedIdentifiers(db) }
        #expect(applied == Set(Schema.migrator.migrations))
    }

    @Test func newColumnChangedBehindTheLogIsFound() throws {
        // Given the upgraded database / When the new column of the old lesson is set without the log
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try upgradedDatabase(in: directory)
        try setAttendanceTaken(database, to: 1)

        // Then verify names the lesson and the column
        let report = try Verifier.verify(database)
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.message.english.contains("lesson \(lessonID)") == true)
        #expect(report.problems.first?.message.english.contains("attendance_taken") == true)
    }

    @Test func loggedChangeOfTheNewColumnAgreesAndItsUndoingDoesNot() throws {
        // Given the old lesson's new column changed through the log
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try upgradedDatabase(in: directory)
        try database.pool.write { db in
            let writer = RecordWriter(db, stamp: OperationStamp(actorID: "system:test", replicaID: "replica", at: Date()))
            try writer.update(table: Lesson.databaseTableName, id: lessonID, field: "attendance_taken", to: true)
        }
        #expect(try Verifier.verify(database).passed)

        // When it is set back to the default behind the log / Then verify finds it
        try setAttendanceTaken(database, to: 0)
        let report = try Verifier.verify(database)
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.message.english.contains("field attendance_taken is 0") == true)
    }

    @Test func columnDefaultsAreReadInCanonicalForm() throws {
        let school = try SchoolFixture()
        let defaults = try school.journal.database.pool.read { db in try Verifier.columnDefaults(db, table: "lesson") }
        #expect(defaults["attendance_taken"] == "0")
        #expect(defaults["state"] == "\"active\"")
        #expect(defaults["topic"] == "\"\"")
        #expect(defaults["substitute_id"] == "null")
    }
}
