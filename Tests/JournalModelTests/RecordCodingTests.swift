import Foundation
import GRDB
import Testing
@testable import JournalModel

/// The records read and written column by column (for speed) against the schema and each other:
/// every column is written under its name, and what is written reads back equal, every field
/// away from its default and each optional both set and empty.
@Suite struct RecordCodingTests {
    private func roundTrip<Record: JournalRecord>(_ record: Record) throws -> (read: Record?, written: Set<String>, columns: Set<String>) {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false  // one record alone, without the rows it names
        let queue = try DatabaseQueue(configuration: configuration)
        try Schema.migrator.migrate(queue)
        return try queue.write { db in
            try RecordWriter(db, stamp: OperationStamp(actorID: "test", replicaID: "test", at: Date())).create(record)
            let columns = try Set(db.columns(in: Record.databaseTableName).map(\.name))
            return (try Record.fetchOne(db, key: record.id), Set(try record.databaseDictionary.keys), columns)
        }
    }

    private func expectRoundTrip<Record: JournalRecord>(_ record: Record) throws {
        let result = try roundTrip(record)
        #expect(result.written == result.columns, "\(Record.self)")
        #expect(result.read == record)
    }

    @Test func lessonsReadBackAsWritten() throws {
        var lesson = Lesson(id: "lesson-1", classID: "class-1", subjectID: "subject-1", subgroupID: "group-1",
                            teacherID: "teacher-1", substituteID: "teacher-2", onDate: SchoolDate("2026-11-23")!, slot: 3)
        lesson.topic = "Дроби"
        lesson.workKind = WorkKind.test
        lesson.homework = "№ 12"
        lesson.held = false
        lesson.attendanceTaken = true
        lesson.state = .deleted
        try expectRoundTrip(lesson)
        lesson.subgroupID = nil
        lesson.substituteID = nil
        try expectRoundTrip(lesson)
    }

    @Test func marksAndCodesReadBackAsWritten() throws {
        try expectRoundTrip(Mark(id: "mark-1", lessonID: "lesson-1", studentID: "student-1", value: "зач",
                                 workKind: WorkKind.test, weight: 2.5, comment: "устно", state: .deleted))
        try expectRoundTrip(Attendance(id: "code-1", lessonID: "lesson-1", studentID: "student-1", code: "ОП", state: .deleted))
    }

    @Test func classesAndSubjectsReadBackAsWritten() throws {
        var schoolClass = SchoolClass(id: "class-1", yearID: "year-1", grade: 1, letter: "Б", noMarks: true,
                                      classTeacherID: "teacher-1", state: .deleted)
        try expectRoundTrip(schoolClass)
        schoolClass.classTeacherID = nil
        try expectRoundTrip(schoolClass)
        try expectRoundTrip(Subject(id: "subject-1", name: "Физическая культура", shortName: "Физ-ра", scale: .passFail, state: .deleted))
    }
}
