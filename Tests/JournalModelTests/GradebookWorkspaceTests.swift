import Testing
@testable import JournalModel

/// The queries the terminal front end asks before and around the grid.
@Suite("Gradebook workspace queries")
struct GradebookWorkspaceTests {
    @Test func aTeachersTimetableForADayHasBellTimesAndRooms() throws {
        // Given a timetable entry on Mondays, slot 2, with a bell
        let school = try TestSchool()
        try school.journal.setBell(slot: 2, startsAt: "09:25", endsAt: "10:10", as: school.admin)
        try school.journal.addTimetableEntry(TimetableEntry(
            yearID: school.year.id, weekday: 1, slot: 2, classID: school.class5A.id, subjectID: school.math.id,
            teacherID: school.mathTeacher.id, room: "212", validFrom: SchoolDate("2026-09-01")!), as: school.admin)
        // When the teacher asks for Monday 23.11 and Tuesday 24.11
        let monday = try school.journal.timetable(forTeacher: school.mathTeacher.id, on: TestSchool.today)
        let tuesday = try school.journal.timetable(forTeacher: school.mathTeacher.id, on: TestSchool.today.adding(days: 1))
        // Then
        #expect(monday.map { "\($0.slot) \($0.startsAt)–\($0.endsAt) \($0.classTitle) \($0.subjectName) \($0.room)" }
                == ["2 09:25–10:10 5А Математика 212"])
        #expect(tuesday.isEmpty)
    }

    @Test func whatEachRoleMayOpen() throws {
        let school = try TestSchool()
        let teacher = try school.journal.openableGradebooks(for: school.teacher(school.mathTeacher))
        #expect(teacher.map { "\($0.classTitle) \($0.subjectName) \($0.mayEdit)" } == ["5А Математика true", "5А Физическая культура true"])

        let classTeacher = try school.journal.openableGradebooks(for: school.teacher(school.classTeacher))
        #expect(Set(classTeacher.map(\.classID)) == [school.class5A.id])
        #expect(classTeacher.filter(\.mayEdit).map(\.subjectName) == ["Русский язык"])
        #expect(classTeacher.count == 5, "math, PE, Russian and both English groups")

        let director = try school.journal.openableGradebooks(for: school.actor([.director]))
        #expect(director.count == 6 && director.allSatisfy { !$0.mayEdit })
        #expect(try school.journal.openableGradebooks(for: school.actor([.student], person: school.students[0])).isEmpty)
    }

    @Test func theDefaultPeriodIsTheQuarterContainingToday() throws {
        let school = try TestSchool()
        let periods = try school.journal.periods(ofYearContaining: TestSchool.today)
        #expect(Journal.defaultPeriod(among: periods, on: TestSchool.today)?.id == school.quarter2.id)
        #expect(Journal.defaultPeriod(among: periods, on: SchoolDate("2026-11-01")!)?.id == school.quarter1.id, "holidays: the quarter just ended")
    }

    @Test func accessNamesTheRefusalOfEachLesson() throws {
        let school = try TestSchool()
        try school.journal.closePeriod(school.quarter1.id, as: school.admin)
        let q1 = try school.journal.gradebook(classID: school.class5A.id, subjectID: school.math.id, periodID: school.quarter1.id)
        let access = try school.journal.access(to: q1, for: school.teacher(school.mathTeacher))
        #expect(access.refusal(forLesson: school.mathLessonQ1.id) == .periodClosed(name: "1 четверть"))
        #expect(access.periodMarkRefusal == .periodClosed(name: "1 четверть"))

        let q2 = try school.journal.gradebook(classID: school.class5A.id, subjectID: school.math.id, periodID: school.quarter2.id)
        #expect(try school.journal.access(to: q2, for: school.teacher(school.mathTeacher)).refusal(forLesson: school.mathLesson.id) == nil)
        #expect(try school.journal.access(to: q2, for: school.teacher(school.classTeacher)).refusal(forLesson: school.mathLesson.id) == .notInWorkload)

        let firstGrade = try school.journal.gradebook(classID: school.class1A.id, subjectID: school.russian.id, periodID: school.quarter2.id)
        #expect(try school.journal.access(to: firstGrade, for: school.teacher(school.primaryTeacher))
                    .refusal(forLesson: school.firstGradeLesson.id) == .noMarksClass(classTitle: "1А"))
    }

    @Test func aCellsHistoryComesFromTheLog() throws {
        let school = try TestSchool()
        let teacher = school.teacher(school.mathTeacher)
        let before = try school.journal.logPosition()
        let mark = try school.journal.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "4", as: teacher)
        try school.journal.changeMark(markID: mark.id, to: "5", as: teacher)
        try school.journal.removeMark(markID: mark.id, as: teacher)
        try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: "Н", as: teacher)
        #expect(try school.journal.logPosition() > before)

        let history = try school.journal.history(ofCell: school.mathLesson.id, studentID: school.students[0].id)
        #expect(history.map { "\($0.kind.rawValue) \($0.oldValue ?? "—")→\($0.newValue ?? "—")" }
                == ["mark —→4", "mark 4→5", "mark 5→—", "attendance —→Н"])
        #expect(history.first?.at == "23.11.2026 12:00")
        #expect(history.first?.actor == teacher.id, "no account row: the actor id is shown")
    }
}
