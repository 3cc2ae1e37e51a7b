import Foundation
import JournalTestSupport
@testable import JournalModel
import Testing
@testable import JournalTUI

/// Golden screens of issue 4 at 80×24 in Russian, on the fixed-clock school.
@Suite struct LessonScreenSnapshotTests {

    private func render(_ screen: any Screen, as session: JournalSession, keys: [Key] = []) -> CellBuffer {
        var state = AppState(size: Size(width: 80, height: 24), language: .russian, keymap: defaultKeymap(),
                             environment: session.environment, screen: screen)
        for key in keys { state.reduce(.key(key)) }
        return AppView(state: state).render()
    }

    @Test func attendanceSheet() throws {
        let school = try SchoolFixture(with: .mathPlan)
        let screen = AttendanceScreen(session: school.teacher(school.mathTeacher), lessonID: school.mathLesson.id)
        Snapshot.assertMatches(render(screen, as: school.teacher(school.mathTeacher), keys: [.character("н"), .character("y"), .character("о")]), named: "attendance-80x24-ru")
    }

    @Test func classWeek() throws {
        let school = try SchoolFixture(with: .mathPlan)
        let math = school.teacher(school.mathTeacher)
        try math.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: "Н")
        try math.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[2].id, code: "ОП")
        try math.markAllPresent(lessonID: school.mathLesson.id)
        try school.teacher(school.englishTeacher1).setAttendance(lessonID: school.englishLesson1.id, studentID: school.students[1].id, code: "Б")
        let screen = ClassWeekScreen(session: school.teacher(school.classTeacher), classID: school.class5A.id,
                                     weekOf: SchoolFixture.lessonDay)
        Snapshot.assertMatches(render(screen, as: school.teacher(school.classTeacher), keys: [.down]), named: "class-week-80x24-ru")
        // Other dates typed wrong: the text stays in the field with the reason in the status line.
        let dates: [Key] = [.function(3), .ctrl("u")] + "20.11.2026 – 16.11.2026".map(Key.character) + [.enter]
        Snapshot.assertMatches(render(screen, as: school.teacher(school.classTeacher), keys: dates), named: "class-week-dates-80x24-ru")
    }

    @Test func lessonEditor() throws {
        let school = try SchoolFixture(with: .mathPlan)
        let screen = LessonEditorScreen(session: school.teacher(school.mathTeacher), lessonID: school.mathLesson.id)
        var keys: [Key] = [.down, .down, .enter]
        keys += "Решить № 12, 14 на странице 45 учебника, повторить правило сложения дробей с разными знаменателями".map(Key.character)
        keys += [.enter] + "Выучить определения".map(Key.character)
        Snapshot.assertMatches(render(screen, as: school.teacher(school.mathTeacher), keys: keys), named: "lesson-editor-80x24-ru")
    }

    @Test func substitutions() throws {
        // Monday: 5А's English recorded with a substitute, the cursor on 5А's mathematics
        let school = try SchoolFixture(with: .mathPlan)
        let timetable = try SchoolTimetable(school)
        try school.admin.assignSubstitute(timetableEntryID: timetable.mondayEnglish1.id, on: SchoolFixture.today,
                                            substituteID: school.classTeacher.id)
        let screen = SubstitutionsScreen(session: school.actor([.deputy]))
        Snapshot.assertMatches(render(screen, as: school.actor([.deputy]), keys: [.down]), named: "substitutions-80x24-ru")
        Snapshot.assertMatches(render(screen, as: school.actor([.deputy]), keys: [.down, .enter, .down]), named: "substitutions-teachers-80x24-ru")
    }

    @Test func extraLessonForm() throws {
        let school = try SchoolFixture(with: .mathPlan)
        let choice = try #require(try school.teacher(school.englishTeacher1).openableGradebooks().first)
        let screen = ExtraLessonScreen(session: school.teacher(school.englishTeacher1), choice: choice)
        var keys: [Key] = [.ctrl("u")] + "31.11.2026".map(Key.character)
        keys += [.tab, .character("5"), .enter]
        Snapshot.assertMatches(render(screen, as: school.teacher(school.englishTeacher1), keys: keys), named: "extra-lesson-80x24-ru")
    }
}
