import Foundation
import JournalTestSupport
import GRDB
import Testing
@testable import JournalModel

@Suite struct MarkOperationTests {
    @Test func subjectTeacherAddsMarkWithOneLogEntry() throws {
        let school = try SchoolFixture()
        let before = try school.logCount()

        let mark = try school.teacher(school.mathTeacher).addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "5")

        #expect(try school.logCount() == before + 1)
        let entry = try school.journal.database.pool.read { db in
            try LogEntry.fetchOne(db, sql: "SELECT * FROM operation_log ORDER BY seq DESC LIMIT 1")
        }
        #expect(entry?.targetTable == "mark")
        #expect(entry?.targetID == mark.id)
        #expect(entry?.field == nil)
        #expect(entry?.newValue?.contains("\"value\":\"5\"") == true)
        #expect(entry?.actorID == school.teacher(school.mathTeacher).accountID)
    }

    @Test func changingMarkLogsOldAndNewValue() throws {
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let mark = try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "3")
        let before = try school.logCount()

        try teacher.changeMark(markID: mark.id, to: "4", expecting: "3")

        #expect(try school.logCount() == before + 1)
        let entry = try school.journal.database.pool.read { db in
            try LogEntry.fetchOne(db, sql: "SELECT * FROM operation_log ORDER BY seq DESC LIMIT 1")
        }
        #expect(entry?.field == "value")
        #expect(entry?.oldValue == "\"3\"")
        #expect(entry?.newValue == "\"4\"")
    }

    @Test func staleEditIsRefusedAndChangesNothing() throws {
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let mark = try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "3")
        try teacher.changeMark(markID: mark.id, to: "4")
        let before = try school.logCount()

        #expect(throws: Refusal.staleValue(current: "4")) {
            try teacher.changeMark(markID: mark.id, to: "5", expecting: "3")
        }
        #expect(try school.logCount() == before)
    }

    @Test func removedMarkStaysAsTombstone() throws {
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let mark = try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "2")

        try teacher.removeMark(markID: mark.id)

        let stored = try school.journal.database.pool.read { db in try Mark.fetchOne(db, key: mark.id) }
        #expect(stored?.state == .deleted)
        #expect(stored?.value == "2")
    }

    @Test func invalidMarksAreRefused() throws {
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let before = try school.logCount()
        for value in ["6", "0", "x", "", "зач"] {
            #expect(throws: Refusal.invalidMark(value: value, scale: .five)) {
                try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: value)
            }
        }
        #expect(throws: Refusal.invalidMark(value: "5", scale: .passFail)) {
            try teacher.addMark(lessonID: school.peLesson.id, studentID: school.students[0].id, value: "5")
        }
        #expect(try school.logCount() == before)
        try teacher.addMark(lessonID: school.peLesson.id, studentID: school.students[0].id, value: "зачёт")
    }

    @Test func typedMarksAreTrimmedAndLowercased() {
        #expect(MarkValue.normalized(" 5\t", scale: .five, allowNotAssessed: false) == "5")
        #expect(MarkValue.normalized("\u{00A0}ЗАЧЁТ ", scale: .passFail, allowNotAssessed: false) == MarkValue.pass)
        #expect(MarkValue.normalized(" Н/А", scale: .five, allowNotAssessed: true) == MarkValue.notAssessed)
        #expect(MarkValue.normalized(" Н/А", scale: .five, allowNotAssessed: false) == nil)
        #expect(MarkValue.normalized("5\n", scale: .five, allowNotAssessed: false) == nil)
        #expect(MarkValue.normalized("4 4", scale: .five, allowNotAssessed: false) == nil)
    }

    @Test func singleCharactersOnTheFivePointScale() {
        for character in ["0", "1", "2", "3", "4", "5", "6", "9", "+", "-", "a", "н", "\u{0665}", " "] {
            let expected: String? = ["1", "2", "3", "4", "5"].contains(character) ? character : nil
            #expect(MarkValue.normalized(character, scale: .five, allowNotAssessed: true) == expected, "\(character)")
        }
        #expect(MarkValue.normalized("5", scale: .passFail, allowNotAssessed: false) == nil)
    }

    @Test func weightComesFromTheKindOfWork() throws {
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let mark = try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "4",
                                              workKind: WorkKind.test)
        #expect(mark.weight == 2)
    }
}

@Suite struct AddMarkExpectingTests {
    @Test func aMarkForACellChangedElsewhereIsRefusedAndChangesNothing() throws {
        // Given a cell the user saw with one mark, 4
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let lesson = school.mathLesson.id
        let student = school.students[0].id
        try teacher.addMark(lessonID: lesson, studentID: student, value: "4")
        // When another session adds a 3 before the user types 5
        try teacher.addMark(lessonID: lesson, studentID: student, value: "3")
        let before = try school.logCount()

        // Then the user's mark is refused with what the cell holds now, and nothing is written
        #expect(throws: Refusal.staleValue(current: "4 3")) {
            try teacher.addMark(lessonID: lesson, studentID: student, value: "5", expectingMarks: ["4"])
        }
        #expect(try school.logCount() == before)
        // And with the cell as it now is, the mark is accepted
        try teacher.addMark(lessonID: lesson, studentID: student, value: "5", expectingMarks: ["4", "3"])
        #expect(try school.logCount() == before + 1)
    }
}
