import Foundation
import JournalTestSupport
@testable import JournalModel
import Testing
@testable import JournalTUI

/// The journal of substitutions: a lesson, then a teacher, makes one substitution in the model;
/// Delete removes it; the model's refusals reach the status line.
@Suite struct SubstitutionsScreenTests {

    private func press(_ keys: Key..., in state: inout AppState) {
        for key in keys { state.reduce(.key(key)) }
    }

    private func screen(_ state: AppState) throws -> SubstitutionsScreen {
        try #require(state.screen as? SubstitutionsScreen)
    }

    private func app(_ screen: any Screen, as session: JournalSession) -> AppState {
        AppState(size: Size(width: 80, height: 24), language: .russian, keymap: defaultKeymap(), environment: session.environment, screen: screen)
    }

    /// The deputy's home screen, which offers the journal, with F7 pressed.
    private func deputysJournal(_ school: SchoolFixture) -> AppState {
        var state = app(HomeScreen(session: school.actor([.deputy])), as: school.actor([.deputy]))
        #expect(AppView(state: state).render().lines(trimmingTrailingSpaces: true)[3] == " F9 — отчёты   F7 — журнал замен   / — поиск")
        press(.function(7), in: &state)
        return state
    }

    /// Monday's 5А mathematics, recorded or not, straight from the model.
    private func mondayMath(_ school: SchoolFixture) throws -> ScheduledLesson? {
        try school.admin.lessons(classID: school.class5A.id, from: SchoolFixture.today, to: SchoolFixture.today)
            .first { $0.subjectID == school.math.id }
    }

    @Test func aLessonThenATeacherRecordsTheSubstitution() throws {
        // Given Monday's timetable and the deputy's journal of substitutions (F7 from home)
        let school = try SchoolFixture(with: .mathPlan)
        _ = try SchoolTimetable(school)
        var state = deputysJournal(school)
        #expect(try screen(state).date == SchoolFixture.today)
        #expect(try screen(state).lessons.map { "\($0.scheduled.slot) \($0.classTitle) \($0.subjectName)" }
                == ["1 1А Русский язык", "2 5А Математика", "3 5А Английский язык", "3 5А Английский язык", "4 5А Русский язык"])
        let before = try school.lastLogSeq()

        // When the deputy chooses 5А's mathematics and then Смирнов (teachers in Russian order,
        // without Иванова, who teaches it)
        press(.down, .enter, in: &state)
        #expect(try screen(state).teachers.map(\.lastName) == ["Иванова", "Кузнецова", "Попов", "Смирнов", "Соколова"])
        #expect(try screen(state).candidates.map(\.lastName) == ["Кузнецова", "Попов", "Смирнов", "Соколова"])
        press(.down, .down, .enter, in: &state)

        // Then the lesson is recorded with its teacher and the substitute, in one log entry
        let math = try #require(try mondayMath(school))
        #expect(math.teacherID == school.mathTeacher.id && math.substituteID == school.classTeacher.id)
        #expect(try school.logEntries(after: before).map(\.table) == ["lesson"])
        #expect(try screen(state).teacherChoice == nil)
        #expect(try screen(state).lessons[1].substituteName == "Смирнов А. Н.")
        #expect(try screen(state).status?.kind == .success)
    }

    @Test func aRecordedLessonGetsItsSubstituteOnItsRecordAndDeleteRemovesIt() throws {
        // Given 5А's English of Monday opened by its teacher
        let school = try SchoolFixture(with: .mathPlan)
        let timetable = try SchoolTimetable(school)
        let english = try school.teacher(school.englishTeacher1).openLesson(timetableEntryID: timetable.mondayEnglish1.id, on: SchoolFixture.today)
        var state = deputysJournal(school)
        let before = try school.lastLogSeq()

        // When the deputy gives it to Соколова, then removes the substitution
        press(.down, .down, .enter, in: &state)
        press(.down, .down, .down, .enter, in: &state)
        #expect(try school.admin.lesson(id: english.id).substituteID == school.primaryTeacher.id)
        press(.delete, in: &state)

        // Then the record went to Соколова and back, one logged change each
        #expect(try school.admin.lesson(id: english.id).substituteID == nil)
        #expect(try school.logEntries(after: before).map(\.field) == ["substitute_id", "substitute_id"])
        #expect(try screen(state).lessons[2].substituteName == nil)
        press(.delete, in: &state)
        #expect(try screen(state).status == .info(LocalizedText(ru: "У этого урока нет замены.", en: "This lesson has no substitute.")))
    }

    @Test func aPlainTeacherIsRefusedByTheModel() throws {
        // Given the math teacher's home screen / When they press F7
        let school = try SchoolFixture(with: .mathPlan)
        _ = try SchoolTimetable(school)
        let teacher = school.teacher(school.mathTeacher)
        var state = app(HomeScreen(session: teacher), as: teacher)
        #expect(!AppView(state: state).render().lines(trimmingTrailingSpaces: true).contains { $0.contains("журнал замен") })
        press(.function(7), in: &state)

        // Then the home screen stays with the model's refusal
        #expect(state.screen is HomeScreen)
        #expect(state.visibleStatus == .error(Refusal.onlyAdministratorOrDeputy.message))

        // And the screen itself, were it open, shows the model's refusal to read the school's day and writes nothing
        let before = try school.lastLogSeq()
        state = app(SubstitutionsScreen(session: teacher), as: teacher)
        press(.enter, .down, .enter, in: &state)
        #expect(try screen(state).status == .error(Refusal.notVisible(.schoolDay).message))
        #expect(try screen(state).lessons.isEmpty)
        #expect(try school.lastLogSeq() == before)
    }

    @Test func escClosesThePickerThenTheScreen() throws {
        let school = try SchoolFixture(with: .mathPlan)
        _ = try SchoolTimetable(school)
        var state = deputysJournal(school)
        press(.down, .enter, in: &state)  // 5А mathematics
        #expect(try screen(state).teacherChoice != nil)
        press(.escape, in: &state)
        #expect(try mondayMath(school)?.isRecorded == false)
        #expect(try screen(state).teacherChoice == nil)
        press(.escape, in: &state)
        #expect(state.screen is HomeScreen)
    }

    @Test func otherDaysByKeyOrByTypedDate() throws {
        let school = try SchoolFixture(with: .mathPlan)
        _ = try SchoolTimetable(school)
        var state = deputysJournal(school)
        press(.right, in: &state)
        #expect(try screen(state).date == SchoolDate("2026-11-24"))
        #expect(try screen(state).lessons.isEmpty)

        // A typed date: a bad one is refused and kept, a good one shows Friday's recorded lessons
        press(.function(2), in: &state)
        for character in "31.11.2026" { press(.character(character), in: &state) }
        press(.enter, in: &state)
        #expect(try screen(state).dateField?.text == "31.11.2026")
        #expect(try screen(state).status?.kind == .error)
        #expect(try screen(state).status?.text.text(.russian) == "«31.11.2026» — не дата. Введите дату в виде ДД.ММ.ГГГГ, например 23.11.2026.")
        press(.ctrl("u"), in: &state)
        for character in "20.11.2026" { press(.character(character), in: &state) }
        press(.enter, in: &state)
        #expect(try screen(state).dateField == nil)
        #expect(try screen(state).date == SchoolFixture.lessonDay)
        #expect(try screen(state).lessons.map(\.scheduled.lesson?.id)
                == [school.firstGradeLesson.id, school.mathLesson.id, school.englishLesson1.id, school.peLesson.id])
    }

    @Test func theSubstituteFindsTheLessonOnTheirHomeScreenAndMayMarkIt() throws {
        // Given Смирнов (Russian in 5А) substituting Monday's mathematics
        let school = try SchoolFixture(with: .mathPlan)
        let timetable = try SchoolTimetable(school)
        try school.actor([.deputy]).assignSubstitute(timetableEntryID: timetable.mondayMath.id, on: SchoolFixture.today,
                                            substituteID: school.classTeacher.id)

        // When he opens his home screen / Then today's mathematics is there, marked as a substitution
        let home = HomeScreen(session: school.teacher(school.classTeacher))
        let first = try #require(home.items.first)
        #expect(first.lesson?.isSubstitution == true && first.choice.subjectID == school.math.id)
        #expect(HomeScreen.row(first, language: .russian).hasSuffix("Математика · каб. 212 · замена"))

        // And the gradebook opens, editable in that lesson only
        var state = app(home, as: school.teacher(school.classTeacher))
        press(.enter, in: &state)
        let grid = try #require(state.screen as? GridScreen)
        let lesson = try #require(try mondayMath(school)?.lesson)
        #expect(grid.access.refusal(forLesson: lesson.id) == nil)
        #expect(grid.access.refusal(forLesson: school.mathLesson.id) == .notInWorkload)
    }

    @Test func theSubstitutesAttendanceSheetOpensTheSubstitutedLessonsGradebook() throws {
        // Given Смирнов substituting Monday's mathematics, on that lesson's attendance sheet
        let school = try SchoolFixture(with: .mathPlan)
        let timetable = try SchoolTimetable(school)
        try school.actor([.deputy]).assignSubstitute(timetableEntryID: timetable.mondayMath.id, on: SchoolFixture.today,
                                            substituteID: school.classTeacher.id)
        let lesson = try #require(try mondayMath(school)?.lesson)
        var state = app(AttendanceScreen(session: school.teacher(school.classTeacher), lessonID: lesson.id), as: school.teacher(school.classTeacher))

        // When he presses Enter / Then the gradebook opens on that lesson, editable there only, as from his home screen
        press(.enter, in: &state)
        let grid = try #require(state.screen as? GridScreen)
        #expect(grid.choice.subjectID == school.math.id && grid.choice.mayEdit)
        #expect(grid.lesson?.id == lesson.id)
        #expect(grid.access.refusal(forLesson: lesson.id) == nil)
        #expect(grid.access.refusal(forLesson: school.mathLesson.id) == .notInWorkload)
    }

    @Test func theDaysLessonsAndTheTeachersAreSearchedAsTyped() throws {
        // Given Monday's lessons in the deputy's journal of substitutions
        let school = try SchoolFixture(with: .mathPlan)
        _ = try SchoolTimetable(school)
        var state = deputysJournal(school)

        // When the deputy searches «англ» / Then only 5А's English shows, and Enter chooses it
        press(.character("/"), in: &state)
        for character in "англ" { press(.character(character), in: &state) }
        #expect(try screen(state).filter.query == "англ")
        #expect(try AppView(state: state).render().lines(trimmingTrailingSpaces: true).contains { $0.contains("Поиск: англ") })
        press(.enter, in: &state)
        #expect(try screen(state).selectedLesson?.subjectName == "Английский язык")
        #expect(try screen(state).candidates.count == 4)

        // And the teachers are searched the same way (ё/е and case ignored): «сок» leaves Соколова
        press(.character("/"), in: &state)
        for character in "СОК" { press(.character(character), in: &state) }
        #expect(try screen(state).candidates.map(\.lastName) == ["Соколова"])
        let before = try school.lastLogSeq()
        press(.enter, in: &state)
        #expect(try school.logEntries(after: before).map(\.table) == ["lesson"])
        #expect(try screen(state).lessons[2].substituteName == "Соколова А. Ю.")
        #expect(try screen(state).filter.isActive == false && screen(state).shownLessons.count == 5)
    }
}
