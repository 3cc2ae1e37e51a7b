import Foundation
import GRDB
import Testing
@testable import JournalModel

/// DOMAIN §5 and §2: attendance codes, clearing, lessons not yet held, the class teacher's
/// reason corrections, and edits made on a stale screen.
@Suite struct AttendanceTests {
    private func cells(_ school: TestSchool, lessonID: String, studentID: String) throws -> [Attendance] {
        try school.journal.database.pool.read { db in
            try Attendance.filter(Column("lesson_id") == lessonID && Column("student_id") == studentID).fetchAll(db)
        }
    }

    @Test(arguments: ["Н", "Б", "У", "П", "ОП"])
    func defaultCodesAreAccepted(code: String) throws {
        let school = try TestSchool()
        let record = try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: code,
                                                      as: school.teacher(school.mathTeacher))
        #expect(record?.code == code)
        #expect(try cells(school, lessonID: school.mathLesson.id, studentID: school.students[0].id).map(\.code) == [code])
    }

    @Test(arguments: [("н", "Н"), ("б", "Б"), ("у", "У"), ("п", "П"), ("оп", "ОП"), ("Оп", "ОП"), (" н ", "Н")])
    func lowerCaseIsStoredAsTheCode(typed: String, stored: String) throws {
        let school = try TestSchool()
        let record = try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: typed,
                                                      as: school.teacher(school.mathTeacher))
        #expect(record?.code == stored)
    }

    @Test(arguments: ["X", "O", "H", "", "НН", "осв", "1"])
    func unknownCodesAreRefused(code: String) throws {
        let school = try TestSchool()
        let before = try school.logCount()
        #expect(throws: Refusal.invalidAttendanceCode(code: code)) {
            try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: code,
                                             as: school.teacher(school.mathTeacher))
        }
        #expect(try school.logCount() == before)
        #expect(try cells(school, lessonID: school.mathLesson.id, studentID: school.students[0].id).isEmpty)
    }

    @Test func changingACodeKeepsOneCellAndLogsTheChange() throws {
        let school = try TestSchool()
        let teacher = school.teacher(school.mathTeacher)
        let first = try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: "Н", as: teacher)
        let before = try school.logCount()
        let second = try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: "ОП", as: teacher)
        #expect(second?.id == first?.id)
        #expect(try school.logCount() == before + 1)
        #expect(try cells(school, lessonID: school.mathLesson.id, studentID: school.students[0].id).map(\.code) == ["ОП"])
    }

    @Test func clearingLeavesATombstone() throws {
        // Given an absence
        let school = try TestSchool()
        let teacher = school.teacher(school.mathTeacher)
        let absence = try #require(try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id,
                                                                     code: "Н", as: teacher))

        // When the teacher clears the cell (the student was present after all)
        let result = try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: nil, as: teacher)

        // Then the row stays, withdrawn, with its code; a new absence makes a new row
        #expect(result == nil)
        let stored = try cells(school, lessonID: school.mathLesson.id, studentID: school.students[0].id)
        #expect(stored.count == 1)
        #expect(stored.first?.id == absence.id)
        #expect(stored.first?.state == .deleted)
        #expect(stored.first?.code == "Н")
        let before = try school.logCount()
        try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: nil, as: teacher)
        #expect(try school.logCount() == before, "clearing an empty cell writes nothing")
        try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: "Б", as: teacher)
        let after = try cells(school, lessonID: school.mathLesson.id, studentID: school.students[0].id)
        #expect(after.count == 2)
        #expect(after.filter { $0.state == .active }.map(\.code) == ["Б"])
    }

    @Test func futureLessonIsRefused() throws {
        // Given a lesson the day after tomorrow
        let school = try TestSchool()
        let teacher = school.teacher(school.mathTeacher)
        let date = SchoolDate("2026-11-25")!
        let lesson = try school.journal.createLesson(classID: school.class5A.id, subjectID: school.math.id, on: date, slot: 1, as: teacher)

        // When the teacher records an absence / Then refused until the day comes
        #expect(throws: Refusal.lessonInFuture(date: date)) {
            try school.journal.setAttendance(lessonID: lesson.id, studentID: school.students[0].id, code: "Н", as: teacher)
        }
        school.clock.set(date)
        try school.journal.setAttendance(lessonID: lesson.id, studentID: school.students[0].id, code: "Н", as: teacher)
    }

    @Test func lessonNotHeldTakesNoAttendance() throws {
        let school = try TestSchool()
        let teacher = school.teacher(school.mathTeacher)
        try school.journal.changeLesson(school.mathLesson.id, .held(false), as: teacher)
        #expect(throws: Refusal.lessonNotHeld) {
            try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: "Н", as: teacher)
        }
    }

    @Test func classTeacherSetsTheReasonOfAnAbsence() throws {
        // Given a math absence (Н) in 5А, whose class teacher does not teach math
        let school = try TestSchool()
        let absence = try #require(try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id,
                                                                     code: "Н", as: school.teacher(school.mathTeacher)))
        let classTeacher = school.teacher(school.classTeacher)

        // When the class teacher sets the reason Б, then У, then П
        for code in ["Б", "у", "П"] {
            let changed = try school.journal.changeAbsenceReason(attendanceID: absence.id, to: code, as: classTeacher)
            #expect(changed.code == code.uppercased())
        }

        // Then the stored code is the last reason
        #expect(try cells(school, lessonID: school.mathLesson.id, studentID: school.students[0].id).map(\.code) == ["П"])
    }

    @Test func classTeacherCannotTurnAnAbsenceIntoALateOrChangeALate() throws {
        // Given an absence and a late in 5А's math lesson
        let school = try TestSchool()
        let teacher = school.teacher(school.mathTeacher)
        let absence = try #require(try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id,
                                                                     code: "Н", as: teacher))
        let late = try #require(try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[1].id,
                                                                  code: "ОП", as: teacher))
        let classTeacher = school.teacher(school.classTeacher)
        let before = try school.logCount()

        // When the class teacher tries / Then only reasons may be set
        #expect(throws: Refusal.reasonChangeOnly) {
            try school.journal.changeAbsenceReason(attendanceID: absence.id, to: "ОП", as: classTeacher)
        }
        #expect(throws: Refusal.reasonChangeOnly) {
            try school.journal.changeAbsenceReason(attendanceID: late.id, to: "Б", as: classTeacher)
        }
        #expect(throws: Refusal.notInWorkload) {
            try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: nil, as: classTeacher)
        }
        #expect(throws: Refusal.invalidAttendanceCode(code: "Z")) {
            try school.journal.changeAbsenceReason(attendanceID: absence.id, to: "Z", as: classTeacher)
        }
        #expect(try school.logCount() == before)

        // And the lesson's own teacher may change a late freely
        let changed = try school.journal.changeAbsenceReason(attendanceID: late.id, to: "Н", as: teacher)
        #expect(changed.code == "Н")
    }

    @Test func anotherClassTeacherCannotSetReasons() throws {
        let school = try TestSchool()
        let absence = try #require(try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id,
                                                                     code: "Н", as: school.teacher(school.mathTeacher)))
        #expect(throws: Refusal.notInWorkload) {
            try school.journal.changeAbsenceReason(attendanceID: absence.id, to: "Б", as: school.teacher(school.primaryTeacher))
        }
    }

    @Test func staleExpectationIsRefused() throws {
        // Given an absence Н that another session changed to Б
        let school = try TestSchool()
        let teacher = school.teacher(school.mathTeacher)
        let lessonID = school.mathLesson.id
        let studentID = school.students[0].id
        try school.journal.setAttendance(lessonID: lessonID, studentID: studentID, code: "Н", as: teacher)
        try school.journal.setAttendance(lessonID: lessonID, studentID: studentID, code: "Б", expecting: "Н", as: teacher)
        let before = try school.logCount()

        // When a screen that still shows Н (or an empty cell) writes / Then refused with what is there now
        #expect(throws: Refusal.staleValue(current: "Б")) {
            try school.journal.setAttendance(lessonID: lessonID, studentID: studentID, code: "П", expecting: "Н", as: teacher)
        }
        #expect(throws: Refusal.staleValue(current: "Б")) {
            try school.journal.setAttendance(lessonID: lessonID, studentID: studentID, code: "П", expecting: .some(nil), as: teacher)
        }
        #expect(throws: Refusal.staleValue(current: "Б")) {
            try school.journal.setAttendance(lessonID: lessonID, studentID: studentID, code: nil, expecting: "Н", as: teacher)
        }
        #expect(throws: Refusal.staleValue(current: "")) {
            try school.journal.setAttendance(lessonID: lessonID, studentID: school.students[1].id, code: "Н", expecting: "Н", as: teacher)
        }
        #expect(try school.logCount() == before)
        #expect(try cells(school, lessonID: lessonID, studentID: studentID).map(\.code) == ["Б"])

        // And the up-to-date expectation is accepted
        try school.journal.setAttendance(lessonID: lessonID, studentID: studentID, code: "П", expecting: "Б", as: teacher)
        try school.journal.setAttendance(lessonID: lessonID, studentID: school.students[1].id, code: "Н", expecting: .some(nil), as: teacher)
    }
}
