import Testing
import JournalTestSupport
@testable import JournalModel

/// The queries the terminal front end asks before and around the grid.
@Suite("Gradebook workspace queries")
struct GradebookWorkspaceTests {
    @Test func aTeachersTimetableForADayHasBellTimesAndRooms() throws {
        // Given a timetable entry on Mondays, slot 2, with a bell
        let school = try SchoolFixture()
        try school.admin.setBell(slot: 2, startsAt: "09:25", endsAt: "10:10")
        try school.admin.addTimetableEntry(TimetableEntry(
            yearID: school.year.id, weekday: 1, slot: 2, classID: school.class5A.id, subjectID: school.math.id,
            teacherID: school.mathTeacher.id, room: "212", validFrom: SchoolDate("2026-09-01")!))
        // When the teacher asks for Monday 23.11 and Tuesday 24.11
        let monday = try school.admin.timetable(forTeacher: school.mathTeacher.id, on: SchoolFixture.today)
        let tuesday = try school.admin.timetable(forTeacher: school.mathTeacher.id, on: SchoolFixture.today.adding(days: 1))
        // Then
        #expect(monday.map { "\($0.slot) \($0.startsAt)–\($0.endsAt) \($0.classTitle) \($0.subjectName) \($0.room)" }
                == ["2 09:25–10:10 5А Математика 212"])
        #expect(tuesday.isEmpty)
    }

    @Test func whatEachRoleMayOpen() throws {
        let school = try SchoolFixture()
        let teacher = try school.teacher(school.mathTeacher).openableGradebooks()
        #expect(teacher.map { "\($0.classTitle) \($0.subjectName) \($0.mayEdit)" } == ["5А Математика true", "5А Физическая культура true"])

        let classTeacher = try school.teacher(school.classTeacher).openableGradebooks()
        #expect(Set(classTeacher.map(\.classID)) == [school.class5A.id])
        #expect(classTeacher.filter(\.mayEdit).map(\.subjectName) == ["Русский язык"])
        #expect(classTeacher.count == 5, "math, PE, Russian and both English groups")

        let director = try school.actor([.director]).openableGradebooks()
        #expect(director.count == 6 && director.allSatisfy { !$0.mayEdit })
        #expect(try school.actor([.student], person: school.students[0]).openableGradebooks().isEmpty)
    }

    @Test func theDefaultPeriodIsTheQuarterContainingToday() throws {
        let school = try SchoolFixture()
        let periods = try school.admin.periods(ofYearContaining: SchoolFixture.today)
        #expect(Period.defaultPeriod(among: periods, on: SchoolFixture.today)?.id == school.quarter2.id)
        #expect(Period.defaultPeriod(among: periods, on: SchoolDate("2026-11-01")!)?.id == school.quarter1.id, "holidays: the quarter just ended")
    }

    @Test func accessNamesTheRefusalOfEachLesson() throws {
        let school = try SchoolFixture()
        try school.admin.closePeriod(school.quarter1.id)
        let q1 = try school.admin.gradebook(classID: school.class5A.id, subjectID: school.math.id, periodID: school.quarter1.id)
        let access = try school.teacher(school.mathTeacher).access(to: q1)
        #expect(access.refusal(forLesson: school.mathLessonQ1.id) == .periodClosed(name: "1 четверть"))
        #expect(access.periodMarkRefusal == .periodClosed(name: "1 четверть"))

        let q2 = try school.admin.gradebook(classID: school.class5A.id, subjectID: school.math.id, periodID: school.quarter2.id)
        #expect(try school.teacher(school.mathTeacher).access(to: q2).refusal(forLesson: school.mathLesson.id) == nil)
        #expect(try school.teacher(school.classTeacher).access(to: q2).refusal(forLesson: school.mathLesson.id) == .notInWorkload)

        let firstGrade = try school.admin.gradebook(classID: school.class1A.id, subjectID: school.russian.id, periodID: school.quarter2.id)
        #expect(try school.teacher(school.primaryTeacher).access(to: firstGrade)
                    .refusal(forLesson: school.firstGradeLesson.id) == .noMarksClass(classTitle: "1А"))
    }

    @Test func aCellsHistoryComesFromTheLog() throws {
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let before = try school.admin.logPosition()
        let mark = try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "4")
        try teacher.changeMark(markID: mark.id, to: "5")
        try teacher.removeMark(markID: mark.id)
        try teacher.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: "Н")
        #expect(try school.admin.logPosition() > before)

        let history = try school.admin.history(ofCell: school.mathLesson.id, studentID: school.students[0].id)
        #expect(history.map { "\($0.kind.rawValue) \($0.oldValue ?? "—")→\($0.newValue ?? "—")" }
                == ["mark —→4", "mark 4→5", "mark 5→—", "attendance —→Н"])
        #expect(history.first?.at == "23.11.2026 12:00")
        #expect(history.first?.actor == teacher.accountID, "no account row: the actor id is shown")
    }
}
