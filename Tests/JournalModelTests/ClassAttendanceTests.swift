import Foundation
import JournalTestSupport
import GRDB
import Testing
@testable import JournalModel

/// The class teacher's week of attendance, absences without a reason, and "everyone present".
@Suite struct ClassAttendanceTests {
    private let weekStart = SchoolDate("2026-11-16")!
    private let weekEnd = SchoolDate("2026-11-22")!

    /// Friday's absences: Алексеев Н at math and English, Белова Б at math.
    private func schoolWithAbsences() throws -> (SchoolFixture, [Attendance]) {
        let school = try SchoolFixture()
        let math = school.teacher(school.mathTeacher)
        let records = [
            try math.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: "Н"),
            try math.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[1].id, code: "Б"),
            try school.teacher(school.englishTeacher1).setAttendance(lessonID: school.englishLesson1.id, studentID: school.students[0].id, code: "Н"),
        ].compactMap { $0 }
        return (school, records)
    }

    @Test func weekShowsEveryLessonsAttendance() throws {
        // Given Friday's absences
        let (school, records) = try schoolWithAbsences()

        // When the class teacher opens 5А's week
        let week = try school.admin.classAttendance(classID: school.class5A.id, from: weekStart, to: weekEnd)

        // Then the students, days and lessons of every subject and group are there, with the codes
        #expect(week.students.map(\.lastName) == ["Алексеев", "Белова", "Ёлкин"])
        #expect(week.days.count == 7)
        #expect(week.lessons.map(\.id) == [school.mathLesson.id, school.englishLesson1.id, school.peLesson.id])
        #expect(week.lessons(on: SchoolFixture.lessonDay).count == 3)
        #expect(week.lessons(on: weekStart).isEmpty)
        #expect(week.subjects[school.english.id]?.name == "Английский язык")
        #expect(week.attendance(lessonID: school.mathLesson.id, studentID: school.students[0].id)?.code == "Н")
        #expect(week.attendance(lessonID: school.mathLesson.id, studentID: school.students[1].id)?.code == "Б")
        #expect(week.attendance(lessonID: school.peLesson.id, studentID: school.students[0].id) == nil)
        // And the English group lesson is not Ёлкин's (group 2), but the class lessons are
        #expect(!week.attends(school.students[2].id, school.englishLesson1))
        #expect(week.attends(school.students[2].id, school.mathLesson))
        #expect(week.attends(school.students[0].id, school.englishLesson1))
        // And the absences without a reason are the two Н
        #expect(week.absencesWithoutReason.map(\.id) == [records[0].id, records[2].id])
        #expect(week.isReasonMissing(records[0]))
        #expect(!week.isReasonMissing(records[1]))
    }

    @Test func givingTheReasonTakesTheAbsenceOffTheList() throws {
        // Given Friday's absences / When the class teacher gives the reason of the math one
        let (school, records) = try schoolWithAbsences()
        try school.teacher(school.classTeacher).changeAbsenceReason(attendanceID: records[0].id, to: "У")

        // Then only the English absence still lacks a reason
        let week = try school.admin.classAttendance(classID: school.class5A.id, from: weekStart, to: weekEnd)
        #expect(week.absencesWithoutReason.map(\.id) == [records[2].id])
    }

    @Test func whichCodesLackAReasonComesFromTheSettings() throws {
        // Given a school whose own code «НП» (no reason) is flagged, and Н is not
        let (school, _) = try schoolWithAbsences()
        try school.admin.changeSettings({ settings in
            settings.attendanceCodes = AttendanceCode.defaults.map { code in
                var code = code
                code.reasonMissing = false
                return code
            } + [AttendanceCode(code: "НП", ru: "не пришёл, причина неизвестна", en: "absent, reason unknown", reasonMissing: true)]
        })
        let record = try school.teacher(school.mathTeacher).setAttendance(lessonID: school.peLesson.id, studentID: school.students[2].id, code: "НП")

        // When the week is loaded / Then only «НП» is listed
        let week = try school.admin.classAttendance(classID: school.class5A.id, from: weekStart, to: weekEnd)
        #expect(week.absencesWithoutReason.map(\.id) == [record?.id])
    }

    @Test func studentsWhoLeftOrArrivedAreShownOnlyForTheirDays() throws {
        // Given Ёлкин transferred to 1А on Thursday 19 November
        let (school, _) = try schoolWithAbsences()
        try school.admin.transferStudent(school.students[2].id, toClassID: school.class1A.id, on: SchoolDate("2026-11-19")!)

        // When the week is loaded / Then he is listed, but Friday's lessons are not his
        let week = try school.admin.classAttendance(classID: school.class5A.id, from: weekStart, to: weekEnd)
        #expect(week.students.contains { $0.id == school.students[2].id })
        #expect(!week.attends(school.students[2].id, school.mathLesson))
    }

    @Test func everyonePresentRecordsTheRegisterAndKeepsCodes() throws {
        // Given Белова recorded ill at the math lesson
        let (school, records) = try schoolWithAbsences()
        let teacher = school.teacher(school.mathTeacher)
        let before = try school.logCount()
        var week = try school.admin.classAttendance(classID: school.class5A.id, from: weekStart, to: weekEnd)
        #expect(!week.isTaken(lessonID: school.peLesson.id))
        #expect(week.isTaken(lessonID: school.mathLesson.id), "a recorded code means the register was taken")

        // When the teacher says "everyone present" at math and PE
        let remaining = try teacher.markAllPresent(lessonID: school.mathLesson.id)
        let remainingPE = try teacher.markAllPresent(lessonID: school.peLesson.id)

        // Then the codes already entered stay, and are returned for the screen to show
        #expect(Set(remaining.map(\.id)) == [records[0].id, records[1].id])
        #expect(remainingPE.isEmpty)
        // And the lessons record it, one logged change each
        #expect(try school.logCount() == before + 2)
        week = try school.admin.classAttendance(classID: school.class5A.id, from: weekStart, to: weekEnd)
        #expect(week.isTaken(lessonID: school.peLesson.id))
        #expect(week.lessons.first { $0.id == school.peLesson.id }?.attendanceTaken == true)
        #expect(week.attendance(lessonID: school.mathLesson.id, studentID: school.students[1].id)?.code == "Б")

        // When said again / Then nothing more is written
        try teacher.markAllPresent(lessonID: school.peLesson.id)
        #expect(try school.logCount() == before + 2)
        #expect(try Verifier.verify(school.journal.database).passed)
    }

    @Test func everyonePresentFollowsTheAttendanceRules() throws {
        let school = try SchoolFixture()
        let before = try school.logCount()
        #expect(throws: Refusal.administratorCannotEditJournal) {
            try school.actor([.administrator]).markAllPresent(lessonID: school.mathLesson.id)
        }
        #expect(throws: Refusal.notInWorkload) {
            try school.teacher(school.classTeacher).markAllPresent(lessonID: school.mathLesson.id)
        }
        #expect(throws: Refusal.readOnlyRole(.deputy)) {
            try school.actor([.deputy]).markAllPresent(lessonID: school.mathLesson.id)
        }
        #expect(try school.logCount() == before)

        // A lesson in the future, and one not held, are refused
        let future = try school.teacher(school.mathTeacher).createLesson(classID: school.class5A.id, subjectID: school.math.id, on: SchoolFixture.today.adding(days: 1),
                                              slot: 1)
        #expect(throws: Refusal.lessonInFuture(date: future.onDate)) {
            try school.teacher(school.mathTeacher).markAllPresent(lessonID: future.id)
        }
        try school.teacher(school.mathTeacher).changeLesson(school.peLesson.id, .held(false))
        #expect(throws: Refusal.lessonNotHeld) {
            try school.teacher(school.mathTeacher).markAllPresent(lessonID: school.peLesson.id)
        }
    }

    @Test func substituteMayTakeTheRegister() throws {
        let school = try SchoolFixture()
        try school.actor([.deputy]).assignSubstitute(lessonID: school.mathLesson.id, substituteID: school.substituteTeacher.id)
        try school.teacher(school.substituteTeacher).markAllPresent(lessonID: school.mathLesson.id)
        #expect(throws: Refusal.notInWorkload) {
            try school.teacher(school.substituteTeacher).markAllPresent(lessonID: school.peLesson.id)
        }
    }
}
