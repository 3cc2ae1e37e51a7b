import Foundation
import JournalTestSupport
import GRDB
import Testing
@testable import JournalModel

/// DOMAIN §3.2: once the administrator closes a reporting period nothing dated in it changes;
/// other periods stay editable, and reopening (a logged correction) allows changes again.
@Suite struct ClosedPeriodTests {
    private static let q1Closed = Refusal.periodClosed(name: "1 четверть")

    @Test func closingQuarterOneFreezesItsMarksAttendanceTopicsAndPeriodMarks() throws {
        // Given a Q1 lesson with a mark and an absence, and a Q1 period mark
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let journal = school.journal
        let lesson = school.mathLessonQ1.id
        let mark = try teacher.addMark(lessonID: lesson, studentID: school.students[0].id, value: "4")
        let absence = try #require(try teacher.setAttendance(lessonID: lesson, studentID: school.students[1].id, code: "Н"))
        try teacher.setFinalMark(studentID: school.students[0].id, subjectID: school.math.id, periodID: school.quarter1.id,
                                 value: "4")

        // When the administrator closes quarter 1
        try school.admin.closePeriod(school.quarter1.id)
        let before = try school.logCount()

        // Then every change dated in Q1 is refused with the period's name
        #expect(throws: Self.q1Closed) {
            try teacher.addMark(lessonID: lesson, studentID: school.students[2].id, value: "5")
        }
        #expect(throws: Self.q1Closed) { try teacher.changeMark(markID: mark.id, to: "5") }
        #expect(throws: Self.q1Closed) { try teacher.removeMark(markID: mark.id) }
        #expect(throws: Self.q1Closed) {
            try teacher.setAttendance(lessonID: lesson, studentID: school.students[2].id, code: "Н")
        }
        #expect(throws: Self.q1Closed) {
            try teacher.setAttendance(lessonID: lesson, studentID: school.students[1].id, code: nil)
        }
        #expect(throws: Self.q1Closed) {
            try school.teacher(school.classTeacher).changeAbsenceReason(attendanceID: absence.id, to: "Б")
        }
        #expect(throws: Self.q1Closed) { try teacher.changeLesson(lesson, .topic("Признаки делимости")) }
        #expect(throws: Self.q1Closed) { try teacher.changeLesson(lesson, .homework("№ 15")) }
        #expect(throws: Self.q1Closed) {
            try teacher.setFinalMark(studentID: school.students[0].id, subjectID: school.math.id, periodID: school.quarter1.id,
                                     value: "5")
        }
        #expect(throws: Self.q1Closed) {
            try teacher.setFinalMark(studentID: school.students[1].id, subjectID: school.math.id, periodID: school.quarter1.id,
                                     value: "3")
        }
        #expect(throws: Self.q1Closed) {
            try school.admin.assignSubstitute(lessonID: lesson, substituteID: school.substituteTeacher.id)
        }
        #expect(throws: Self.q1Closed) {
            try teacher.createLesson(classID: school.class5A.id, subjectID: school.math.id, on: SchoolDate("2026-10-21")!, slot: 1)
        }
        #expect(try school.logCount() == before)
        let stored = try journal.database.pool.read { db in try Mark.fetchOne(db, key: mark.id) }
        #expect(stored?.value == "4")
        #expect(stored?.state == .active)
    }

    @Test func quarterTwoStaysEditableWhileQuarterOneIsClosed() throws {
        // Given quarter 1 closed
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        try school.admin.closePeriod(school.quarter1.id)

        // When the teacher works on the Q2 lesson
        let mark = try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "5")
        try teacher.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[1].id, code: "Б")
        try teacher.changeLesson(school.mathLesson.id, .topic("Сложение дробей"))
        let periodMark = try teacher.setFinalMark(studentID: school.students[0].id, subjectID: school.math.id,
                                                         periodID: school.quarter2.id, value: "5")

        // Then all of it is accepted
        #expect(mark.value == "5")
        #expect(periodMark?.value == "5")
    }

    @Test func reopeningAllowsChangesAgain() throws {
        // Given quarter 1 closed and then reopened by the administrator
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        try school.admin.closePeriod(school.quarter1.id)
        #expect(throws: Self.q1Closed) {
            try teacher.addMark(lessonID: school.mathLessonQ1.id, studentID: school.students[0].id, value: "3")
        }
        let before = try school.logCount()
        try school.admin.reopenPeriod(school.quarter1.id, reason: "Исправление отметки по заявлению родителей")
        #expect(try school.logCount() == before + 1)
        #expect(try school.lastLogReason() == "Исправление отметки по заявлению родителей")

        // When the teacher changes Q1 again
        try teacher.addMark(lessonID: school.mathLessonQ1.id, studentID: school.students[0].id, value: "3")
        try teacher.setAttendance(lessonID: school.mathLessonQ1.id, studentID: school.students[1].id, code: "Н")
        try teacher.changeLesson(school.mathLessonQ1.id, .topic("Делимость"))
        try teacher.setFinalMark(studentID: school.students[0].id, subjectID: school.math.id, periodID: school.quarter1.id,
                                        value: "3")

        // Then it is accepted
        let marks = try school.journal.database.pool.read { db in
            try Mark.filter(Column("lesson_id") == school.mathLessonQ1.id).fetchCount(db)
        }
        #expect(marks == 1)
    }

    @Test func reopeningNeedsAReasonAndAClosedPeriod() throws {
        let school = try SchoolFixture()
        let before = try school.logCount()
        #expect(throws: Refusal.self) { try school.admin.reopenPeriod(school.quarter1.id, reason: "Ошибка") }
        try school.admin.closePeriod(school.quarter1.id)
        #expect(throws: Refusal.self) { try school.admin.closePeriod(school.quarter1.id) }
        #expect(throws: Refusal.self) { try school.admin.reopenPeriod(school.quarter1.id, reason: "   ") }
        #expect(try school.logCount() == before + 1)
    }

    @Test func onlyTheAdministratorClosesAPeriod() throws {
        let school = try SchoolFixture()
        #expect(throws: Refusal.onlyAdministrator) {
            try school.actor([.deputy]).closePeriod(school.quarter1.id)
        }
        #expect(throws: Refusal.onlyAdministrator) {
            try school.teacher(school.mathTeacher).closePeriod(school.quarter1.id)
        }
        try school.teacher(school.mathTeacher).addMark(lessonID: school.mathLessonQ1.id, studentID: school.students[0].id, value: "3")
    }

    @Test func closingTheYearFreezesEverything() throws {
        // Given a Q2 mark and the year period closed
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let mark = try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "4")
        let name = try #require(school.yearPeriod?.name)
        try school.admin.closePeriod(school.yearPeriod.id)
        let yearClosed = Refusal.periodClosed(name: name)
        let before = try school.logCount()

        // When anything dated in the year is changed
        // Then it is refused with the year's name
        for lesson in [school.mathLesson.id, school.mathLessonQ1.id] {
            #expect(throws: yearClosed) {
                try teacher.addMark(lessonID: lesson, studentID: school.students[1].id, value: "5")
            }
            #expect(throws: yearClosed) {
                try teacher.setAttendance(lessonID: lesson, studentID: school.students[1].id, code: "Н")
            }
            #expect(throws: yearClosed) { try teacher.changeLesson(lesson, .topic("Повторение")) }
        }
        #expect(throws: yearClosed) { try teacher.changeMark(markID: mark.id, to: "5") }
        #expect(throws: yearClosed) {
            try school.teacher(school.englishTeacher1).changeLesson(school.englishLesson1.id, .topic("Present Simple"))
        }
        #expect(throws: yearClosed) {
            try teacher.setFinalMark(studentID: school.students[0].id, subjectID: school.math.id, periodID: school.yearPeriod.id,
                                     kind: .year, value: "4")
        }
        // The quarters lie inside the closed year: their period marks are frozen too.
        for quarter in [school.quarter1!, school.quarter2!] {
            #expect(throws: yearClosed) {
                try teacher.setFinalMark(studentID: school.students[0].id, subjectID: school.math.id, periodID: quarter.id,
                                         value: "4")
            }
        }
        #expect(try school.logCount() == before)
    }
}
