import Foundation
import JournalTestSupport
import GRDB
import Testing
@testable import JournalModel

/// DOMAIN §5 and §2: attendance codes, clearing, lessons not yet held, the class teacher's
/// reason corrections, and edits made on a stale screen.
@Suite struct AttendanceTests {
    private func cells(_ school: SchoolFixture, lessonID: String, studentID: String) throws -> [Attendance] {
        try school.journal.database.pool.read { db in
            try Attendance.filter(Column("lesson_id") == lessonID && Column("student_id") == studentID).fetchAll(db)
        }
    }

    @Test(arguments: ["Н", "Б", "У", "П", "ОП"])
    func defaultCodesAreAccepted(code: String) throws {
        let school = try SchoolFixture()
        let record = try school.teacher(school.mathTeacher).setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: code)
        #expect(record?.code == code)
        #expect(try cells(school, lessonID: school.mathLesson.id, studentID: school.students[0].id).map(\.code) == [code])
    }

    @Test(arguments: [("н", "Н"), ("б", "Б"), ("у", "У"), ("п", "П"), ("оп", "ОП"), ("Оп", "ОП"), (" н ", "Н")])
    func lowerCaseIsStoredAsTheCode(typed: String, stored: String) throws {
        let school = try SchoolFixture()
        let record = try school.teacher(school.mathTeacher).setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: typed)
        #expect(record?.code == stored)
    }

    @Test(arguments: ["X", "O", "H", "", "НН", "осв", "1"])
    func unknownCodesAreRefused(code: String) throws {
        let school = try SchoolFixture()
        let before = try school.logCount()
        #expect(throws: Refusal.invalidAttendanceCode(code: code)) {
            try school.teacher(school.mathTeacher).setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: code)
        }
        #expect(try school.logCount() == before)
        #expect(try cells(school, lessonID: school.mathLesson.id, studentID: school.students[0].id).isEmpty)
    }

    @Test func changingACodeKeepsOneCellAndLogsTheChange() throws {
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let first = try teacher.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: "Н")
        let before = try school.logCount()
        let second = try teacher.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: "ОП")
        #expect(second?.id == first?.id)
        #expect(try school.logCount() == before + 1)
        #expect(try cells(school, lessonID: school.mathLesson.id, studentID: school.students[0].id).map(\.code) == ["ОП"])
    }

    @Test func clearingLeavesATombstone() throws {
        // Given an absence
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let absence = try #require(try teacher.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id,
                                                                     code: "Н"))

        // When the teacher clears the cell (the student was present after all)
        let result = try teacher.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: nil)

        // Then the row stays, withdrawn, with its code; a new absence makes a new row
        #expect(result == nil)
        let stored = try cells(school, lessonID: school.mathLesson.id, studentID: school.students[0].id)
        #expect(stored.count == 1)
        #expect(stored.first?.id == absence.id)
        #expect(stored.first?.state == .deleted)
        #expect(stored.first?.code == "Н")
        let before = try school.logCount()
        try teacher.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: nil)
        #expect(try school.logCount() == before, "clearing an empty cell writes nothing")
        try teacher.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: "Б")
        let after = try cells(school, lessonID: school.mathLesson.id, studentID: school.students[0].id)
        #expect(after.count == 2)
        #expect(after.filter { $0.state == .active }.map(\.code) == ["Б"])
    }

    @Test func futureLessonIsRefused() throws {
        // Given a lesson the day after tomorrow
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let date = SchoolDate("2026-11-25")!
        let lesson = try teacher.createLesson(classID: school.class5A.id, subjectID: school.math.id, on: date, slot: 1)

        // When the teacher records an absence / Then refused until the day comes
        #expect(throws: Refusal.lessonInFuture(date: date)) {
            try teacher.setAttendance(lessonID: lesson.id, studentID: school.students[0].id, code: "Н")
        }
        school.clock.set(date)
        try teacher.setAttendance(lessonID: lesson.id, studentID: school.students[0].id, code: "Н")
    }

    @Test func lessonNotHeldTakesNoAttendance() throws {
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        try teacher.changeLesson(school.mathLesson.id, .held(false))
        #expect(throws: Refusal.lessonNotHeld) {
            try teacher.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: "Н")
        }
    }

    @Test func classTeacherSetsTheReasonOfAnAbsence() throws {
        // Given a math absence (Н) in 5А, whose class teacher does not teach math
        let school = try SchoolFixture()
        let absence = try #require(try school.teacher(school.mathTeacher).setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id,
                                                                     code: "Н"))
        let classTeacher = school.teacher(school.classTeacher)

        // When the class teacher sets the reason Б, then У, then П
        for code in ["Б", "у", "П"] {
            let changed = try classTeacher.changeAbsenceReason(attendanceID: absence.id, to: code)
            #expect(changed.code == code.uppercased())
        }

        // Then the stored code is the last reason
        #expect(try cells(school, lessonID: school.mathLesson.id, studentID: school.students[0].id).map(\.code) == ["П"])
    }

    @Test func classTeacherCannotTurnAnAbsenceIntoALateOrChangeALate() throws {
        // Given an absence and a late in 5А's math lesson
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let absence = try #require(try teacher.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id,
                                                                     code: "Н"))
        let late = try #require(try teacher.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[1].id,
                                                                  code: "ОП"))
        let classTeacher = school.teacher(school.classTeacher)
        let before = try school.logCount()

        // When the class teacher tries / Then only reasons may be set
        #expect(throws: Refusal.reasonChangeOnly) {
            try classTeacher.changeAbsenceReason(attendanceID: absence.id, to: "ОП")
        }
        #expect(throws: Refusal.reasonChangeOnly) {
            try classTeacher.changeAbsenceReason(attendanceID: late.id, to: "Б")
        }
        #expect(throws: Refusal.notInWorkload) {
            try classTeacher.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: nil)
        }
        #expect(throws: Refusal.invalidAttendanceCode(code: "Z")) {
            try classTeacher.changeAbsenceReason(attendanceID: absence.id, to: "Z")
        }
        #expect(try school.logCount() == before)

        // And the lesson's own teacher may change a late freely
        let changed = try teacher.changeAbsenceReason(attendanceID: late.id, to: "Н")
        #expect(changed.code == "Н")
    }

    @Test func anotherClassTeacherCannotSetReasons() throws {
        let school = try SchoolFixture()
        let absence = try #require(try school.teacher(school.mathTeacher).setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id,
                                                                     code: "Н"))
        #expect(throws: Refusal.notInWorkload) {
            try school.teacher(school.primaryTeacher).changeAbsenceReason(attendanceID: absence.id, to: "Б")
        }
    }

    @Test func staleExpectationIsRefused() throws {
        // Given an absence Н that another session changed to Б
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let lessonID = school.mathLesson.id
        let studentID = school.students[0].id
        try teacher.setAttendance(lessonID: lessonID, studentID: studentID, code: "Н")
        try teacher.setAttendance(lessonID: lessonID, studentID: studentID, code: "Б", expecting: "Н")
        let before = try school.logCount()

        // When a screen that still shows Н (or an empty cell) writes / Then refused with what is there now
        #expect(throws: Refusal.staleValue(current: "Б")) {
            try teacher.setAttendance(lessonID: lessonID, studentID: studentID, code: "П", expecting: "Н")
        }
        #expect(throws: Refusal.staleValue(current: "Б")) {
            try teacher.setAttendance(lessonID: lessonID, studentID: studentID, code: "П", expecting: .some(nil))
        }
        #expect(throws: Refusal.staleValue(current: "Б")) {
            try teacher.setAttendance(lessonID: lessonID, studentID: studentID, code: nil, expecting: "Н")
        }
        #expect(throws: Refusal.staleValue(current: "")) {
            try teacher.setAttendance(lessonID: lessonID, studentID: school.students[1].id, code: "Н", expecting: "Н")
        }
        #expect(try school.logCount() == before)
        #expect(try cells(school, lessonID: lessonID, studentID: studentID).map(\.code) == ["Б"])

        // And the up-to-date expectation is accepted
        try teacher.setAttendance(lessonID: lessonID, studentID: studentID, code: "П", expecting: "Б")
        try teacher.setAttendance(lessonID: lessonID, studentID: school.students[1].id, code: "Н", expecting: .some(nil))
    }
}
