import Foundation
import JournalModel
import Testing
@testable import JournalTUI

/// Golden screens of issue 4 at 80×24 in Russian, on the fixed-clock school.
@Suite struct LessonScreenSnapshotTests {
    let environment = AppEnvironment(authenticator: FakeAuthenticator())

    private func render(_ screen: any Screen, keys: [Key] = []) -> CellBuffer {
        var state = AppState(size: Size(width: 80, height: 24), language: .russian, keymap: defaultKeymap(), screen: screen)
        for key in keys { state.reduce(.key(key), environment: environment) }
        return AppView(state: state).render()
    }

    @Test func attendanceSheet() throws {
        let school = try LessonSchool()
        let screen = AttendanceScreen(journal: school.journal, actor: school.teacher(school.mathTeacher), lessonID: school.mathLesson.id)
        Snapshot.assertMatches(render(screen, keys: [.character("н"), .character("y"), .character("о")]), named: "attendance-80x24-ru")
    }

    @Test func classWeek() throws {
        let school = try LessonSchool()
        let math = school.teacher(school.mathTeacher)
        try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: "Н", as: math)
        try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[2].id, code: "ОП", as: math)
        try school.journal.markAllPresent(lessonID: school.mathLesson.id, as: math)
        try school.journal.setAttendance(lessonID: school.englishLesson.id, studentID: school.students[1].id, code: "Б",
                                         as: school.teacher(school.englishTeacher))
        let screen = ClassWeekScreen(journal: school.journal, actor: school.teacher(school.classTeacher), classID: school.class5A.id,
                                     weekOf: LessonSchool.lessonDay)
        Snapshot.assertMatches(render(screen, keys: [.down]), named: "class-week-80x24-ru")
        // Other dates typed wrong: the text stays in the field with the reason in the status line.
        let dates: [Key] = [.function(3), .ctrl("u")] + "20.11.2026 – 16.11.2026".map(Key.character) + [.enter]
        Snapshot.assertMatches(render(screen, keys: dates), named: "class-week-dates-80x24-ru")
    }

    @Test func lessonEditor() throws {
        let school = try LessonSchool()
        let screen = LessonEditorScreen(journal: school.journal, actor: school.teacher(school.mathTeacher), lessonID: school.mathLesson.id)
        var keys: [Key] = [.down, .down, .enter]
        keys += "Решить № 12, 14 на странице 45 учебника, повторить правило сложения дробей с разными знаменателями".map(Key.character)
        keys += [.enter] + "Выучить определения".map(Key.character)
        Snapshot.assertMatches(render(screen, keys: keys), named: "lesson-editor-80x24-ru")
    }

    @Test func substitutions() throws {
        // Monday: 5А's English recorded with a substitute, the cursor on 5А's mathematics
        let school = try LessonSchool()
        let timetable = try LessonTimetable(school)
        try school.journal.assignSubstitute(timetableEntryID: timetable.english5A.id, on: LessonSchool.today,
                                            substituteID: school.classTeacher.id, as: school.admin)
        let screen = SubstitutionsScreen(journal: school.journal, actor: school.actor([.deputy]))
        Snapshot.assertMatches(render(screen, keys: [.down]), named: "substitutions-80x24-ru")
        Snapshot.assertMatches(render(screen, keys: [.down, .enter, .down]), named: "substitutions-teachers-80x24-ru")
    }

    @Test func extraLessonForm() throws {
        let school = try LessonSchool()
        let choice = try #require(try school.journal.openableGradebooks(for: school.teacher(school.englishTeacher)).first)
        let screen = ExtraLessonScreen(journal: school.journal, actor: school.teacher(school.englishTeacher), choice: choice)
        var keys: [Key] = [.ctrl("u")] + "31.11.2026".map(Key.character)
        keys += [.tab, .character("5"), .enter]
        Snapshot.assertMatches(render(screen, keys: keys), named: "extra-lesson-80x24-ru")
    }
}
