import Foundation
import JournalModel
import Testing
@testable import JournalTUI

/// The lesson record: one `changeLesson` per saved field, refusals keep the text.
@Suite struct LessonEditorScreenTests {
    let environment = AppEnvironment(authenticator: FakeAuthenticator())

    private func send(_ actions: Action..., to screen: inout LessonEditorScreen) {
        for action in actions { _ = screen.handle(.action(action), environment: environment) }
    }

    private func type(_ text: String, into screen: inout LessonEditorScreen) {
        for character in text { _ = screen.handle(.typed(character), environment: environment) }
    }

    @Test func theTopicDefaultsToThePlanAndIsSavedOnce() throws {
        // Given the math lesson, with no topic yet and «Дроби» next in the plan
        let school = try LessonSchool()
        var screen = LessonEditorScreen(journal: school.journal, actor: school.teacher(school.mathTeacher), lessonID: school.mathLesson.id)
        #expect(screen.suggestedTopic == "Дроби")
        let before = try school.lastLogSeq()

        // When the teacher opens the topic, adds to it and saves
        send(.lessonEditField, to: &screen)
        #expect(screen.editor?.text == "Дроби")
        #expect(screen.acceptsText && screen.contexts == [.editor])
        type(": сложение", into: &screen)
        send(.editorSave, to: &screen)

        // Then one change is logged, the editor is closed, the topic is the text
        #expect(screen.editor == nil)
        #expect(try school.journal.lesson(id: school.mathLesson.id).topic == "Дроби: сложение")
        #expect(try school.logEntries(after: before).map(\.field) == ["topic"])
    }

    @Test func anotherTopicIsPickedFromThePlan() throws {
        let school = try LessonSchool()
        var screen = LessonEditorScreen(journal: school.journal, actor: school.teacher(school.mathTeacher), lessonID: school.mathLesson.id)
        send(.lessonPickTopic, to: &screen)
        #expect(screen.topicChoice == 0)
        send(.lessonNextField, .lessonNextField, .lessonEditField, to: &screen)
        #expect(screen.editor?.text == "Площадь прямоугольника")
        send(.editorSave, to: &screen)
        #expect(try school.journal.lesson(id: school.mathLesson.id).topic == "Площадь прямоугольника")
    }

    @Test func homeworkOfTwoLinesKindOfWorkAndHeld() throws {
        let school = try LessonSchool()
        var screen = LessonEditorScreen(journal: school.journal, actor: school.teacher(school.mathTeacher), lessonID: school.mathLesson.id)
        let before = try school.lastLogSeq()
        send(.lessonNextField, .lessonEditField, to: &screen)  // kind of work: the next kind
        send(.lessonNextField, .lessonEditField, to: &screen)  // homework
        type("№ 12, 14", into: &screen)
        send(.editorNewLine, to: &screen)
        type("Выучить правило", into: &screen)
        send(.editorSave, .lessonNextField, .lessonEditField, to: &screen)

        let lesson = try school.journal.lesson(id: school.mathLesson.id)
        #expect(lesson.homework == "№ 12, 14\nВыучить правило")
        #expect(lesson.workKind == WorkKind.builtIn[1].key)
        #expect(!lesson.held)
        #expect(try school.logEntries(after: before).map(\.field) == ["work_kind", "homework", "held"])
    }

    @Test func gradeOneHomeworkIsRefusedAndTheTextStays() throws {
        // Given a lesson of 1А, taught without homework
        let school = try LessonSchool()
        var screen = LessonEditorScreen(journal: school.journal, actor: school.teacher(school.primaryTeacher), lessonID: school.firstGradeLesson.id)
        send(.lessonNextField, .lessonNextField, .lessonEditField, to: &screen)
        type("Прописи", into: &screen)

        // When the teacher saves homework
        send(.editorSave, to: &screen)

        // Then the model's message is in the status line and nothing is lost
        #expect(screen.status == .error(Refusal.noMarksClass(classTitle: "1А").message))
        #expect(screen.editor?.text == "Прописи")
        #expect(try school.journal.lesson(id: school.firstGradeLesson.id).homework == "")
    }

    @Test func notYourLessonIsRefusedAndTheTopicStaysInTheEditor() throws {
        let school = try LessonSchool()
        var screen = LessonEditorScreen(journal: school.journal, actor: school.teacher(school.englishTeacher), lessonID: school.mathLesson.id)
        #expect(screen.readOnlyReason == .notInWorkload)
        send(.lessonEditField, to: &screen)
        type("!", into: &screen)
        send(.editorSave, to: &screen)
        #expect(screen.status == .error(Refusal.notInWorkload.message))
        #expect(screen.editor?.text == "Дроби!")
    }

    @Test func theTopicLimitIsTheModels() throws {
        let school = try LessonSchool()
        var screen = LessonEditorScreen(journal: school.journal, actor: school.teacher(school.mathTeacher), lessonID: school.mathLesson.id)
        send(.lessonEditField, to: &screen)
        _ = screen.handle(.typed("x"), environment: environment)
        #expect(screen.editor?.limit == LessonChange.topicLimit)
        type(String(repeating: "я", count: LessonChange.topicLimit), into: &screen)
        #expect(screen.editor?.count == LessonChange.topicLimit)
        #expect(screen.status?.text.russian.hasPrefix("Не больше 500 символов") == true)
    }

    @Test func aSubstitutionShowsWhoHeldTheLessonAndTheSubstituteMayFillItIn() throws {
        // Given the English teacher recorded as the substitute of the math lesson
        let school = try LessonSchool()
        try school.journal.assignSubstitute(lessonID: school.mathLesson.id, substituteID: school.englishTeacher.id, as: school.admin)
        var screen = LessonEditorScreen(journal: school.journal, actor: school.teacher(school.englishTeacher), lessonID: school.mathLesson.id)
        #expect(screen.record?.teacherName == "Иванова Мария Петровна")
        #expect(screen.record?.substituteName == "Кузнецова Ольга Ильинична")
        #expect(screen.readOnlyReason == nil)
        var buffer = CellBuffer(width: 80, height: 22)
        screen.draw(into: &buffer, in: buffer.bounds, context: DrawContext(language: .russian, keymap: defaultKeymap()))
        #expect(buffer.lines()[1].contains("Провёл (замена): Кузнецова Ольга Ильинична"))
        // When the substitute saves the topic, the model accepts it
        send(.lessonEditField, .editorSave, to: &screen)
        #expect(try school.journal.lesson(id: school.mathLesson.id).topic == "Дроби")
    }

    @Test func cancelLeavesTheRecordAsItWas() throws {
        let school = try LessonSchool()
        var screen = LessonEditorScreen(journal: school.journal, actor: school.teacher(school.mathTeacher), lessonID: school.mathLesson.id)
        let before = try school.lastLogSeq()
        send(.lessonEditField, to: &screen)
        type("abc", into: &screen)
        send(.editorCancel, to: &screen)
        #expect(screen.editor == nil)
        #expect(try school.logEntries(after: before).isEmpty)
    }
}
