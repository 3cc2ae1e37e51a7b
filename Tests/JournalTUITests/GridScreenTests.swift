@testable import JournalModel
import Testing
import JournalTestSupport
@testable import JournalTUI

/// The grid's reducer: keys go in through the app and the keymap, the model is the real one on a
/// fresh database, and each test states what changed on screen and in the journal.
@Suite("Gradebook grid")
struct GridScreenTests {

    func press(_ keys: Key..., in state: inout AppState) {
        for key in keys { state.reduce(.key(key)) }
    }

    func grid(_ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) throws -> GridScreen {
        try #require(state.screen as? GridScreen, sourceLocation: sourceLocation)
    }

    /// The math teacher, in another session, gives student `index` a mark at today's lesson.
    func anotherSession(in school: SchoolFixture, marks index: Int, _ value: String) throws {
        try school.teacher(school.mathTeacher).addMark(lessonID: school.todayLesson.id, studentID: school.students[index].id, value: value)
    }

    @Test func opensOnTodaysLessonAndMovesWithinBounds() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(try school.grid(school.teacher(school.mathTeacher)), as: school.teacher(school.mathTeacher))
        #expect(try grid(state).lesson?.id == school.todayLesson.id)
        #expect(try grid(state).row == 0)
        press(.up, .left, in: &state)
        #expect(try grid(state).row == 0 && grid(state).lesson?.id == school.mathLesson.id)
        press(.end, in: &state)
        #expect(try grid(state).isOnSummaryMark)
        press(.right, .pageDown, in: &state)
        #expect(try grid(state).isOnSummaryMark && grid(state).row == 3)
        press(.home, .alt("<"), in: &state)
        #expect(try grid(state).column == 0 && grid(state).row == 0)
    }

    @Test func aDigitSavesAMarkAndEnterMovesDown() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(try school.grid(school.teacher(school.mathTeacher)), as: school.teacher(school.mathTeacher))
        press(.character("5"), in: &state)
        #expect(try school.marks(school.todayLesson, school.students[0]) == ["5"])
        #expect(try grid(state).row == 1)
        press(.enter, in: &state)
        #expect(try grid(state).row == 2)
        press(.character("4"), .up, .character("3"), in: &state)
        #expect(try school.marks(school.todayLesson, school.students[2]) == ["4", "3"], "several marks in one cell")
        #expect(try grid(state).row == 3)
        press(.up, .up, .up, .character("4"), in: &state)
        #expect(try school.marks(school.todayLesson, school.students[0]) == ["5", "4"])
        #expect(try grid(state).status?.kind == .success)
    }

    @Test func theEntryDirectionToggles() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(try school.grid(school.teacher(school.mathTeacher)), as: school.teacher(school.mathTeacher))
        press(.left, .function(6), in: &state)
        #expect(try !grid(state).entryMovesDown)
        press(.character("3"), in: &state)
        #expect(try grid(state).row == 0 && grid(state).lesson?.id == school.todayLesson.id)
        #expect(try school.marks(school.mathLesson, school.students[0]) == ["3"])
    }

    @Test func backspaceWithdrawsTheLastMarkThroughTheLog() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(try school.grid(school.teacher(school.mathTeacher)), as: school.teacher(school.mathTeacher))
        press(.character("5"), .up, .character("4"), .up, in: &state)
        press(.backspace, in: &state)
        #expect(try school.marks(school.todayLesson, school.students[0]) == ["5"])
        #expect(try grid(state).row == 0)
        press(.function(2), in: &state)
        guard case let .history(_, _, changes)? = try grid(state).overlay else { Issue.record("no history"); return }
        #expect(changes.map { "\($0.oldValue ?? "—")→\($0.newValue ?? "—")" } == ["—→5", "—→4", "4→—"])
        #expect(changes.first?.at == "23.11.2026 12:00")
        press(.escape, in: &state)
        #expect(try grid(state).overlay == nil)
    }

    @Test func backspaceClearsAnAbsenceAndLettersRecordOne() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(try school.grid(school.teacher(school.mathTeacher)), as: school.teacher(school.mathTeacher))
        press(.character("п"), in: &state)  // an attendance letter here, whatever a user keymap binds it to
        #expect(try grid(state).cellText(lessonID: school.todayLesson.id, studentID: school.students[0].id) == "П")
        press(.up, .backspace, in: &state)
        #expect(try grid(state).cellText(lessonID: school.todayLesson.id, studentID: school.students[0].id) == "")
        press(.character("y"), in: &state)  // н on the Latin layout
        #expect(try grid(state).cellText(lessonID: school.todayLesson.id, studentID: school.students[0].id) == "Н")
    }

    @Test func fillEmptyFillsOnlyEmptyCells() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(try school.grid(school.teacher(school.mathTeacher)), as: school.teacher(school.mathTeacher))
        press(.left, .function(8), in: &state)
        #expect(try grid(state).status?.text.russian.contains("пустых ячеек") == true)
        press(.character("4"), in: &state)
        #expect(try school.marks(school.mathLesson, school.students[0]) == ["4"])
        #expect(try school.marks(school.mathLesson, school.students[1]) == ["5"], "a cell with a mark is kept")
        #expect(try school.marks(school.mathLesson, school.students[2]) == [], "an absent student is skipped")
        #expect(try school.marks(school.mathLesson, school.students[3]) == ["4"])
        #expect(try grid(state).status?.text.english == "Empty cells filled: 2.")
    }

    @Test func periodMarksAreSetInTheLastColumn() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(try school.grid(school.teacher(school.mathTeacher)), as: school.teacher(school.mathTeacher))
        press(.end, .character("5"), in: &state)
        #expect(try grid(state).gradebook.periodMarks[school.students[0].id]?.value == "5")
        press(.up, .backspace, in: &state)
        #expect(try grid(state).gradebook.periodMarks[school.students[0].id] == nil)
    }

    @Test func theEditWindowRefusesAndNothingChanges() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(try school.grid(school.teacher(school.mathTeacher)), as: school.teacher(school.mathTeacher))
        press(.home, .down, .character("5"), in: &state)
        #expect(try grid(state).status == .error(Refusal.editWindowPassed(lastDate: SchoolDate("2026-11-20")!).message))
        #expect(try school.marks(school.oldLesson, school.students[1]) == [])
        #expect(try grid(state).row == 1, "a refused entry does not move on")
        #expect(try grid(state).access.refusal(forLesson: school.oldLesson.id) != nil)
        press(.up, .backspace, in: &state)
        #expect(try school.marks(school.oldLesson, school.students[0]) == ["4"])
    }

    @Test func anInvalidValueIsRefused() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(try school.grid(school.teacher(school.mathTeacher)), as: school.teacher(school.mathTeacher))
        press(.character("7"), in: &state)
        #expect(try grid(state).status == .error(Refusal.invalidMark(value: "7", scale: .five).message))
        #expect(try school.marks(school.todayLesson, school.students[0]) == [])
    }

    @Test func aClosedPeriodRefuses() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        try school.admin.closePeriod(school.quarter1.id)
        var state = school.app(try school.grid(school.teacher(school.mathTeacher), period: school.quarter1), as: school.teacher(school.mathTeacher))
        press(.character("5"), in: &state)
        #expect(try grid(state).status == .error(Refusal.periodClosed(name: "1 четверть").message))
        press(.end, .character("5"), in: &state)
        #expect(try grid(state).status == .error(Refusal.periodClosed(name: "1 четверть").message))
        #expect(try grid(state).access.periodMarkRefusal == .periodClosed(name: "1 четверть"))
    }

    @Test func aFirstGradeClassRefusesMarks() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(try school.grid(school.teacher(school.primaryTeacher), classID: school.class1A.id, subjectID: school.russian.id), as: school.teacher(school.primaryTeacher))
        press(.character("5"), in: &state)
        #expect(try grid(state).status == .error(Refusal.noMarksClass(classTitle: "1А").message))
    }

    @Test func anotherTeachersSubjectIsReadOnlyForTheClassTeacher() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        let classTeacher = school.teacher(school.classTeacher)
        let choices = try classTeacher.openableGradebooks()
        #expect(choices.map(\.subjectName) == ["Английский язык", "Английский язык", "Математика", "Русский язык", "Физическая культура"])
        #expect(choices.map(\.mayEdit) == [false, false, false, true, false])
        var state = school.app(try school.grid(classTeacher), as: classTeacher)
        press(.character("5"), in: &state)
        #expect(try grid(state).status == .error(Refusal.notInWorkload.message))
        #expect(try school.marks(school.todayLesson, school.students[0]) == [])
    }

    @Test func anotherSessionsChangeShowsOnTheTickAndAStaleEditIsRefused() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(try school.grid(school.teacher(school.mathTeacher)), as: school.teacher(school.mathTeacher))
        // Another session gives the first student a mark behind this screen's back.
        try anotherSession(in: school, marks: 0, "2")
        press(.character("5"), in: &state)
        #expect(try grid(state).status == .error(Refusal.staleValue(current: "2").message))
        #expect(try school.marks(school.todayLesson, school.students[0]) == ["2"])
        #expect(try grid(state).cellText(lessonID: school.todayLesson.id, studentID: school.students[0].id) == "2")

        try anotherSession(in: school, marks: 1, "3")
        state.reduce(.tick)
        #expect(try grid(state).cellText(lessonID: school.todayLesson.id, studentID: school.students[1].id) == "3")
    }

    @Test func aTickWithNothingNewAsksForNoFrame() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(try school.grid(school.teacher(school.mathTeacher)), as: school.teacher(school.mathTeacher))
        press(.character("5"), in: &state)
        let afterOwnSave = state.reduce(.tick)
        #expect(!afterOwnSave, "the own save moved the log, but the grid has it already")
        try anotherSession(in: school, marks: 2, "4")
        let afterOtherSession = state.reduce(.tick)
        let onceMore = state.reduce(.tick)
        #expect(afterOtherSession && !onceMore)
    }

    @Test func anOwnSaveAfterAnotherSessionsChangeShowsBoth() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(try school.grid(school.teacher(school.mathTeacher)), as: school.teacher(school.mathTeacher))
        // Another session marks the second student; this screen saves a mark for the first before its tick.
        try anotherSession(in: school, marks: 1, "3")
        press(.character("5"), in: &state)
        #expect(try grid(state).cellText(lessonID: school.todayLesson.id, studentID: school.students[0].id) == "5")
        #expect(try grid(state).cellText(lessonID: school.todayLesson.id, studentID: school.students[1].id) == "3",
                "the log moved by more than the own entry: the gradebook was loaded again")
        #expect(try grid(state).loadedAt == (try school.admin.logPosition()))
    }

    @Test func anOwnSaveUpdatesTheAverageWithoutReloading() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(try school.grid(school.teacher(school.mathTeacher)), as: school.teacher(school.mathTeacher))
        press(.character("5"), .up, .character("3"), in: &state)
        let forecast = try grid(state).forecasts[school.students[0].id]
        #expect(try forecast == grid(state).gradebook.forecast(for: school.students[0].id))
        #expect(forecast?.counted.map(\.value).sorted() == ["3", "4", "5"])
        #expect(try grid(state).loadedAt == (try school.admin.logPosition()))
        // The averages drawn, formatted with the forecasts, are those of a fresh load.
        for student in school.students {
            #expect(try grid(state).averageTexts[student.id] == GridScreen.averageText(try grid(state).gradebook.forecast(for: student.id)))
        }
        #expect(try grid(state).averageTexts[school.students[0].id] == "4.00")
    }

    @Test func theForecastExplainsItself() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(try school.grid(school.teacher(school.mathTeacher)), as: school.teacher(school.mathTeacher))
        press(.character("5"), .up, .function(3), in: &state)
        let lines = try grid(state).panelLines(language: .english)
        #expect(lines.contains("Marks × weight: 4×2 5×1"))
        #expect(lines.contains("Weighted average: 13 / 3 = 4.33"))
        #expect(lines.last == "Forecast: 4")
    }

    @Test func theHomeScreenListsTodaysLessonsAndOpensTheGrid() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(HomeScreen(session: school.teacher(school.mathTeacher)), as: school.teacher(school.mathTeacher))
        let lines = AppView(state: state).render().lines(trimmingTrailingSpaces: true)
        #expect(lines.contains { $0.contains("2     09:25–10:10  5А     Математика · каб. 212") })
        #expect(lines.contains { $0.contains("Период: 2 четверть") })
        press(.tab, in: &state)
        #expect((state.screen as? HomeScreen)?.period?.id != school.quarter2.id)
        press(.backTab, .enter, in: &state)
        #expect(try grid(state).choice.classID == school.class5A.id)
        #expect(try grid(state).period.id == school.quarter2.id)
        press(.escape, in: &state)
        #expect(state.screen is HomeScreen)
    }

    @Test func enterOnTodaysUnrecordedLessonRecordsItAndOpensAtItsColumn() throws {
        let school = try SchoolFixture()
        _ = try SchoolTimetable(school)
        let teacher = school.teacher(school.mathTeacher)
        var state = school.app(HomeScreen(session: teacher), as: teacher)
        #expect((state.screen as? HomeScreen)?.selectedItem?.lesson?.slot == 2)
        press(.enter, in: &state)
        let opened = try grid(state)
        #expect(opened.lesson?.onDate == SchoolFixture.today && opened.lesson?.slot == 2)
        // A read-only director records nothing by looking.
        let before = try school.logCount()
        var director = school.app(HomeScreen(session: school.director), as: school.director)
        press(.enter, .enter, in: &director)
        #expect(try school.logCount() == before)
    }

    @Test func directorsSeeEveryGradebookReadOnlyAndStudentsNone() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        let director = HomeScreen(session: school.director)
        #expect(director.items.count == 6 && director.items.allSatisfy { !$0.choice.mayEdit && $0.lesson == nil })
        // A student logs in to the diary (DiaryScreenTests); gradebooks there are none.
        #expect(HomeScreen(session: school.actor([.student], person: school.students[0])).items.isEmpty)
    }
}

extension GridScreen {
    /// What the cell of this lesson and student shows.
    func cellText(lessonID: String, studentID: String) -> String {
        Self.cellText(code: gradebook.attendance(lessonID: lessonID, studentID: studentID)?.code,
                      marks: gradebook.marks(lessonID: lessonID, studentID: studentID))
    }
}
