import Foundation
import GRDB
import Testing
@testable import JournalModel

/// DOMAIN §3.2: once the administrator closes a reporting period nothing dated in it changes;
/// other periods stay editable, and reopening (a logged correction) allows changes again.
@Suite struct ClosedPeriodTests {
    private static let q1Closed = Refusal.periodClosed(name: "1 четверть")

    @Test func closingQuarterOneFreezesItsMarksAttendanceTopicsAndPeriodMarks() throws {
        // Given a Q1 lesson with a mark and an absence, and a Q1 period mark
        let school = try TestSchool()
        let teacher = school.teacher(school.mathTeacher)
        let journal = school.journal
        let lesson = school.mathLessonQ1.id
        let mark = try journal.addMark(lessonID: lesson, studentID: school.students[0].id, value: "4", as: teacher)
        let absence = try #require(try journal.setAttendance(lessonID: lesson, studentID: school.students[1].id, code: "Н", as: teacher))
        try journal.setFinalMark(studentID: school.students[0].id, subjectID: school.math.id, periodID: school.quarter1.id,
                                 value: "4", as: teacher)

        // When the administrator closes quarter 1
        try journal.closePeriod(school.quarter1.id, as: school.admin)
        let before = try school.logCount()

        // Then every change dated in Q1 is refused with the period's name
        #expect(throws: Self.q1Closed) {
            try journal.addMark(lessonID: lesson, studentID: school.students[2].id, value: "5", as: teacher)
        }
        #expect(throws: Self.q1Closed) { try journal.changeMark(markID: mark.id, to: "5", as: teacher) }
        #expect(throws: Self.q1Closed) { try journal.removeMark(markID: mark.id, as: teacher) }
        #expect(throws: Self.q1Closed) {
            try journal.setAttendance(lessonID: lesson, studentID: school.students[2].id, code: "Н", as: teacher)
        }
        #expect(throws: Self.q1Closed) {
            try journal.setAttendance(lessonID: lesson, studentID: school.students[1].id, code: nil, as: teacher)
        }
        #expect(throws: Self.q1Closed) {
            try journal.changeAbsenceReason(attendanceID: absence.id, to: "Б", as: school.teacher(school.classTeacher))
        }
        #expect(throws: Self.q1Closed) { try journal.changeLesson(lesson, .topic("Признаки делимости"), as: teacher) }
        #expect(throws: Self.q1Closed) { try journal.changeLesson(lesson, .homework("№ 15"), as: teacher) }
        #expect(throws: Self.q1Closed) {
            try journal.setFinalMark(studentID: school.students[0].id, subjectID: school.math.id, periodID: school.quarter1.id,
                                     value: "5", as: teacher)
        }
        #expect(throws: Self.q1Closed) {
            try journal.setFinalMark(studentID: school.students[1].id, subjectID: school.math.id, periodID: school.quarter1.id,
                                     value: "3", as: teacher)
        }
        #expect(throws: Self.q1Closed) {
            try journal.assignSubstitute(lessonID: lesson, substituteID: school.substituteTeacher.id, as: school.admin)
        }
        #expect(throws: Self.q1Closed) {
            try journal.createLesson(classID: school.class5A.id, subjectID: school.math.id, on: SchoolDate("2026-10-21")!, slot: 1,
                                     as: teacher)
        }
        #expect(try school.logCount() == before)
        let stored = try journal.database.pool.read { db in try Mark.fetchOne(db, key: mark.id) }
        #expect(stored?.value == "4")
        #expect(stored?.state == .active)
    }

    @Test func quarterTwoStaysEditableWhileQuarterOneIsClosed() throws {
        // Given quarter 1 closed
        let school = try TestSchool()
        let teacher = school.teacher(school.mathTeacher)
        try school.journal.closePeriod(school.quarter1.id, as: school.admin)

        // When the teacher works on the Q2 lesson
        let mark = try school.journal.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "5", as: teacher)
        try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[1].id, code: "Б", as: teacher)
        try school.journal.changeLesson(school.mathLesson.id, .topic("Сложение дробей"), as: teacher)
        let periodMark = try school.journal.setFinalMark(studentID: school.students[0].id, subjectID: school.math.id,
                                                         periodID: school.quarter2.id, value: "5", as: teacher)

        // Then all of it is accepted
        #expect(mark.value == "5")
        #expect(periodMark?.value == "5")
    }

    @Test func reopeningAllowsChangesAgain() throws {
        // Given quarter 1 closed and then reopened by the administrator
        let school = try TestSchool()
        let teacher = school.teacher(school.mathTeacher)
        try school.journal.closePeriod(school.quarter1.id, as: school.admin)
        #expect(throws: Self.q1Closed) {
            try school.journal.addMark(lessonID: school.mathLessonQ1.id, studentID: school.students[0].id, value: "3", as: teacher)
        }
        let before = try school.logCount()
        try school.journal.reopenPeriod(school.quarter1.id, as: school.admin)
        #expect(try school.logCount() == before + 1)

        // When the teacher changes Q1 again
        try school.journal.addMark(lessonID: school.mathLessonQ1.id, studentID: school.students[0].id, value: "3", as: teacher)
        try school.journal.setAttendance(lessonID: school.mathLessonQ1.id, studentID: school.students[1].id, code: "Н", as: teacher)
        try school.journal.changeLesson(school.mathLessonQ1.id, .topic("Делимость"), as: teacher)
        try school.journal.setFinalMark(studentID: school.students[0].id, subjectID: school.math.id, periodID: school.quarter1.id,
                                        value: "3", as: teacher)

        // Then it is accepted
        let marks = try school.journal.database.pool.read { db in
            try Mark.filter(Column("lesson_id") == school.mathLessonQ1.id).fetchCount(db)
        }
        #expect(marks == 1)
    }

    @Test func onlyTheAdministratorClosesAPeriod() throws {
        let school = try TestSchool()
        #expect(throws: Refusal.onlyAdministrator) {
            try school.journal.closePeriod(school.quarter1.id, as: school.actor([.deputy]))
        }
        #expect(throws: Refusal.onlyAdministrator) {
            try school.journal.closePeriod(school.quarter1.id, as: school.teacher(school.mathTeacher))
        }
        try school.journal.addMark(lessonID: school.mathLessonQ1.id, studentID: school.students[0].id, value: "3",
                                   as: school.teacher(school.mathTeacher))
    }

    @Test func closingTheYearFreezesEverything() throws {
        // Given a Q2 mark and the year period closed
        let school = try TestSchool()
        let teacher = school.teacher(school.mathTeacher)
        let journal = school.journal
        let mark = try journal.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "4", as: teacher)
        let name = try #require(school.yearPeriod?.name)
        try journal.closePeriod(school.yearPeriod.id, as: school.admin)
        let yearClosed = Refusal.periodClosed(name: name)
        let before = try school.logCount()

        // When anything dated in the year is changed
        // Then it is refused with the year's name
        for lesson in [school.mathLesson.id, school.mathLessonQ1.id] {
            #expect(throws: yearClosed) {
                try journal.addMark(lessonID: lesson, studentID: school.students[1].id, value: "5", as: teacher)
            }
            #expect(throws: yearClosed) {
                try journal.setAttendance(lessonID: lesson, studentID: school.students[1].id, code: "Н", as: teacher)
            }
            #expect(throws: yearClosed) { try journal.changeLesson(lesson, .topic("Повторение"), as: teacher) }
        }
        #expect(throws: yearClosed) { try journal.changeMark(markID: mark.id, to: "5", as: teacher) }
        #expect(throws: yearClosed) {
            try journal.changeLesson(school.englishLesson1.id, .topic("Present Simple"), as: school.teacher(school.englishTeacher1))
        }
        #expect(throws: yearClosed) {
            try journal.setFinalMark(studentID: school.students[0].id, subjectID: school.math.id, periodID: school.yearPeriod.id,
                                     kind: .year, value: "4", as: teacher)
        }
        // The quarters lie inside the closed year: their period marks are frozen too.
        for quarter in [school.quarter1!, school.quarter2!] {
            #expect(throws: yearClosed) {
                try journal.setFinalMark(studentID: school.students[0].id, subjectID: school.math.id, periodID: quarter.id,
                                         value: "4", as: teacher)
            }
        }
        #expect(try school.logCount() == before)
    }
}
