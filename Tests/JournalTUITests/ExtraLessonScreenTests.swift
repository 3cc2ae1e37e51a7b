import Foundation
import JournalTestSupport
@testable import JournalModel
import Testing
@testable import JournalTUI

/// The extra lesson form: F4 on a gradebook line of home, a date and a slot, then the new
/// lesson's record; bad input and refusals keep the typed text and write nothing.
@Suite struct ExtraLessonScreenTests {

    private func press(_ keys: Key..., in state: inout AppState) {
        for key in keys { state.reduce(.key(key)) }
    }

    private func type(_ text: String, in state: inout AppState) {
        for character in text { state.reduce(.key(.character(character))) }
    }

    /// The math teacher's home screen with F4 pressed on its only line, 5А mathematics.
    private func form(_ school: SchoolFixture) throws -> AppState {
        let teacher = school.teacher(school.mathTeacher)
        var state = school.app(HomeScreen(session: teacher), as: teacher)
        press(.function(4), in: &state)
        let form = try #require(state.screen as? ExtraLessonScreen)
        #expect(form.choice.classID == school.class5A.id && form.choice.subjectID == school.math.id)
        #expect(form.date.text == "23.11.2026")
        return state
    }

    /// Replaces the date, moves to the slot with `next`, types the slot and saves.
    private func save(date: String, slot: String, next: Key = .tab, in state: inout AppState) {
        press(.ctrl("u"), in: &state)
        type(date, in: &state)
        press(next, in: &state)
        type(slot, in: &state)
        press(.enter, in: &state)
    }

    private func lessons(_ school: SchoolFixture, on date: SchoolDate) throws -> [ScheduledLesson] {
        try school.admin.lessons(classID: school.class5A.id, from: date, to: date)
    }

    @Test func todaysExtraLessonIsRecordedAndItsRecordOpens() throws {
        // Given the form, dated today
        let school = try SchoolFixture(with: .mathPlan)
        var state = try form(school)
        let before = try school.lastLogSeq()

        // When the teacher types slot 5 and saves
        press(.tab, in: &state)
        type("5", in: &state)
        press(.enter, in: &state)

        // Then the lesson is recorded once, in her name, and its record is open; Esc goes home
        let recorded = try #require(try lessons(school, on: SchoolFixture.today).first?.lesson)
        #expect(recorded.slot == 5 && recorded.subjectID == school.math.id && recorded.teacherID == school.mathTeacher.id)
        #expect(try school.logEntries(after: before).map(\.table) == ["lesson"])
        #expect((state.screen as? LessonEditorScreen)?.lessonID == recorded.id)
        press(.escape, in: &state)
        #expect(state.screen is HomeScreen)
    }

    @Test func anotherDateIsTypedTheRussianWay() throws {
        let school = try SchoolFixture(with: .mathPlan)
        var state = try form(school)
        save(date: "20.11.2026", slot: "6", next: .down, in: &state)
        #expect(try lessons(school, on: SchoolFixture.lessonDay).compactMap(\.lesson).map(\.slot).contains(6))
        #expect(state.screen is LessonEditorScreen)
    }

    @Test(arguments: [("31.11.2026", "5"), ("2026-11-20", "5"), ("20.11.2026", "а"), ("20.11.2026", "-1"), ("20.11.2026", ""), ("20.11.2026", "2")])
    func badInputOrARefusalKeepsTheTextAndWritesNothing(date: String, slot: String) throws {
        // Given the form (slot 2 of 20.11 is the recorded math lesson)
        let school = try SchoolFixture(with: .mathPlan)
        var state = try form(school)
        let before = try school.lastLogSeq()

        // When it is saved / Then a message, nothing written, the form as typed
        save(date: date, slot: slot, in: &state)
        let form = try #require(state.screen as? ExtraLessonScreen)
        #expect(form.status?.kind == .error)
        #expect(form.date.text == date && form.slot.text == slot)
        #expect(try school.lastLogSeq() == before)
    }

    @Test func theModelsRefusalIsShownInItsWords() throws {
        let school = try SchoolFixture(with: .mathPlan)
        var state = try form(school)
        save(date: "20.11.2026", slot: "2", in: &state)
        let expected = LocalizedText(ru: "У класса уже есть урок 20.11.2026 на 2-м уроке.", en: "The class already has a lesson on 20.11.2026 in slot 2.")
        #expect(state.visibleStatus == .error(Refusal.duplicate(expected).message))
    }
}
