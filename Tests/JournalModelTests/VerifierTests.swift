import Foundation
import JournalTestSupport
import GRDB
import Testing
@testable import JournalModel

/// DOMAIN §3.3: `verify` finds changes made behind the program's back with the sqlite3 tool:
/// rows that disagree with the operation log, and a log whose hash chain is broken.
@Suite struct VerifierTests {
    /// A school with a few marks, an absence and a changed mark: the log has creations and updates.
    private func schoolWithMarks() throws -> (SchoolFixture, [Mark]) {
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        var marks: [Mark] = []
        for (student, value) in zip(school.students, ["3", "4", "2"]) {
            marks.append(try teacher.addMark(lessonID: school.mathLesson.id, studentID: student.id, value: value))
        }
        marks[2] = try teacher.changeMark(markID: marks[2].id, to: "3")
        try teacher.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[1].id, code: "Н")
        try teacher.changeLesson(school.mathLesson.id, .topic("Дроби"))
        return (school, marks)
    }

    /// Runs SQL on the database file with the real sqlite3 command-line tool.
    private func sqlite3(_ path: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, sql]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        try #require(process.terminationStatus == 0, "sqlite3 failed: \(message)")
    }

    /// Verifies the file as a fresh program run would: a newly opened database.
    private func verifyReopened(_ school: SchoolFixture) throws -> VerificationReport {
        let reopened = try JournalDatabase(path: school.databasePath)
        return try Verifier.verify(reopened)
    }

    private func kinds(_ report: VerificationReport) -> Set<VerificationProblem.Kind> {
        Set(report.problems.map(\.kind))
    }

    private func seq(of school: SchoolFixture, table: String, id: String, field: String? = nil) throws -> Int64 {
        try school.journal.database.pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT seq FROM operation_log WHERE target_table = ? AND target_id = ? AND field IS ?",
                               arguments: [table, id, field]) ?? -1
        }
    }

    @Test func untouchedDatabasePasses() throws {
        let (school, _) = try schoolWithMarks()
        let report = try Verifier.verify(school.journal.database)
        #expect(report.passed)
        #expect(report.problems.isEmpty)
        let count = try school.logCount()
        #expect(report.logEntries == count)
        #expect(report.records > 0)
        #expect(try verifyReopened(school).passed)
    }

    @Test func editedMarkDisagreesWithTheLog() throws {
        // Given a verified database / When a mark's value is changed with sqlite3
        let (school, marks) = try schoolWithMarks()
        try sqlite3(school.databasePath, "UPDATE mark SET value='5' WHERE id='\(marks[0].id)';")

        // Then verify reports exactly that mark, as disagreeing with the log
        let report = try verifyReopened(school)
        #expect(!report.passed)
        #expect(kinds(report) == [.agreement])
        #expect(report.problems.count == 1)
        let message = try #require(report.problems.first?.message)
        #expect(message.english.hasPrefix("mark \(marks[0].id)"))
        #expect(message.russian.hasPrefix("mark \(marks[0].id)"))
    }

    @Test func editedChangedMarkDisagreesToo() throws {
        // A mark whose last logged value came from an update, not the creation
        let (school, marks) = try schoolWithMarks()
        try sqlite3(school.databasePath, "UPDATE mark SET value='5' WHERE id='\(marks[2].id)';")
        let report = try verifyReopened(school)
        #expect(kinds(report) == [.agreement])
        #expect(report.problems.first?.message.english.contains("mark \(marks[2].id)") == true)
    }

    @Test func theLogIsAppendOnlyForTheProgram() throws {
        let (school, _) = try schoolWithMarks()
        #expect(throws: (any Error).self) {
            try school.journal.database.pool.write { db in try db.execute(sql: "UPDATE operation_log SET reason = 'x'") }
        }
        #expect(throws: (any Error).self) {
            try school.journal.database.pool.write { db in try db.execute(sql: "DELETE FROM operation_log WHERE seq = 1") }
        }
        #expect(try Verifier.verify(school.journal.database).passed)
    }

    @Test func editedLogEntryBreaksTheChain() throws {
        // Given the log entry that created a mark
        let (school, marks) = try schoolWithMarks()
        let target = try seq(of: school, table: "mark", id: marks[0].id)

        // When its new value is rewritten around the append-only triggers
        try sqlite3(school.databasePath, """
            DROP TRIGGER operation_log_no_update;
            UPDATE operation_log SET new_value = replace(new_value, '"value":"3"', '"value":"5"') WHERE seq = \(target);
            """)

        // Then the chain check names the altered entry
        let report = try verifyReopened(school)
        #expect(kinds(report).contains(.chain))
        let chain = report.problems.filter { $0.kind == .chain }
        #expect(chain.count == 1)
        #expect(chain.first?.message.english.contains("#\(target) was altered") == true)
    }

    @Test func deletedMiddleEntryBreaksTheChain() throws {
        // Given the log entry of the changed mark's update, in the middle of the log
        let (school, marks) = try schoolWithMarks()
        let target = try seq(of: school, table: "mark", id: marks[2].id, field: "value")
        let count = Int64(try school.logCount())
        #expect(target > 1 && target < count)

        // When it is deleted around the trigger
        try sqlite3(school.databasePath, """
            DROP TRIGGER operation_log_no_delete;
            DELETE FROM operation_log WHERE seq = \(target);
            """)

        // Then the chain breaks right after the gap
        let report = try verifyReopened(school)
        let chain = report.problems.filter { $0.kind == .chain }
        #expect(chain.count == 1)
        #expect(chain.first?.message.english.contains("after #\(target - 1)") == true)
    }

    @Test func deletedLastEntryIsCaughtByAgreement() throws {
        // The chain cannot see a truncated tail, but the table no longer agrees with the log
        let (school, _) = try schoolWithMarks()
        try sqlite3(school.databasePath, """
            DROP TRIGGER operation_log_no_delete;
            DELETE FROM operation_log WHERE seq = (SELECT max(seq) FROM operation_log);
            """)
        let report = try verifyReopened(school)
        #expect(!report.passed)
        #expect(kinds(report).contains(.agreement))
    }

    @Test func markInsertedByHandIsNotInTheLog() throws {
        // When a mark row is inserted with sqlite3
        let (school, _) = try schoolWithMarks()
        let forged = "0190aaaa-0000-7000-8000-000000000001"
        try sqlite3(school.databasePath, """
            INSERT INTO mark (id, lesson_id, student_id, value, work_kind, weight, comment, state)
            VALUES ('\(forged)', '\(school.mathLesson.id)', '\(school.students[0].id)', '5', 'classwork', 1, '', 'active');
            """)

        // Then verify names it as missing from the operation log
        let report = try verifyReopened(school)
        #expect(kinds(report) == [.agreement])
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.message.english == "mark \(forged): the record is in the table but not in the operation log")
    }

    @Test func markDeletedByHandIsMissingFromTheTable() throws {
        let (school, marks) = try schoolWithMarks()
        try sqlite3(school.databasePath, "DELETE FROM mark WHERE id = '\(marks[1].id)';")
        let report = try verifyReopened(school)
        #expect(kinds(report) == [.agreement])
        #expect(report.problems.first?.message.english.contains("missing from the table") == true)
    }
}
