import Foundation
import JournalTestSupport
@testable import JournalModel
import Testing
@testable import JournalTUI

/// The lesson record: one `changeLesson` per saved field, refusals keep the text.
@Suite struct LessonEditorScreenTests {
    private func send(_ actions: Action..., to screen: inout LessonEditorScreen, as session: JournalSession) {
        for action in actions { _ = screen.handle(.action(action), environment: session.environment) }
    }

    private func type(_ text: String, into screen: inout LessonEditorScreen, as session: JournalSession) {
        for character in text { _ = screen.handle(.typed(character), environment: session.environment) }
    }

    @Test func theTopicDefaultsToThePlanAndIsSavedOnce() throws {
        // Given the math lesson, with no topic yet and «Дроби» next in the plan
        let school = try SchoolFixture(with: .mathPlan)
        let session = school.teacher(school.mathTeacher)
        var screen = LessonEditorScreen(session: session, lessonID: school.mathLesson.id)
        #expect(screen.suggestedTopic == "Дроби")
        let before = try school.lastLogSeq()

        // When the teacher opens the topic, adds to it and saves
        send(.lessonEditField, to: &screen, as: session)
        #expect(screen.editor?.text == "Дроби")
        #expect(screen.acceptsText && screen.contexts == [.editor])
        type(": сложение", into: &screen, as: session)
        send(.editorSave, to: &screen, as: session)

        // Then one change is logged, the editor is closed, the topic is the text
        #expect(screen.editor == nil)
        #expect(try school.admin.lesson(id: school.mathLesson.id).topic == "Дроби: сложение")
        #expect(try school.logEntries(after: before).map(\.field) == ["topic"])
    }

    @Test func anotherTopicIsPickedFromThePlan() throws {
        let school = try SchoolFixture(with: .mathPlan)
        let session = school.teacher(school.mathTeacher)
        var screen = LessonEditorScreen(session: session, lessonID: school.mathLesson.id)
        send(.lessonPickTopic, to: &screen, as: session)
        #expect(screen.topicChoice == 1)  // the plan opens on the suggested «Дроби»
        send(.lessonNextField, .lessonNextField, .lessonEditField, to: &screen, as: session)
        #expect(screen.editor?.text == "Площадь прямоугольника")
        send(.editorSave, to: &screen, as: session)
        #expect(try school.admin.lesson(id: school.mathLesson.id).topic == "Площадь прямоугольника")
    }

    @Test func homeworkOfTwoLinesKindOfWorkAndHeld() throws {
        let school = try SchoolFixture(with: .mathPlan)
        let session = school.teacher(school.mathTeacher)
        var screen = LessonEditorScreen(session: session, lessonID: school.mathLesson.id)
        let before = try school.lastLogSeq()
        send(.lessonNextField, .lessonEditField, to: &screen, as: session)  // kind of work: the next kind
        send(.lessonNextField, .lessonEditField, to: &screen, as: session)  // homework
        type("№ 12, 14", into: &screen, as: session)
        send(.editorNewLine, to: &screen, as: session)
        type("Выучить правило", into: &screen, as: session)
        send(.editorSave, .lessonNextField, .lessonEditField, to: &screen, as: session)

        let lesson = try school.admin.lesson(id: school.mathLesson.id)
        #expect(lesson.homework == "№ 12, 14\nВыучить правило")
        #expect(lesson.workKind == WorkKind.builtIn[1].key)
        #expect(!lesson.held)
        #expect(try school.logEntries(after: before).map(\.field) == ["work_kind", "homework", "held"])
    }

    @Test func gradeOneHomeworkIsRefusedAndTheTextStays() throws {
        // Given a lesson of 1А, taught without homework
        let school = try SchoolFixture(with: .mathPlan)
        let session = school.teacher(school.primaryTeacher)
        var screen = LessonEditorScreen(session: session, lessonID: school.firstGradeLesson.id)
        send(.lessonNextField, .lessonNextField, .lessonEditField, to: &screen, as: session)
        type("Прописи", into: &screen, as: session)

        // When the teacher saves homework
        send(.editorSave, to: &screen, as: session)

        // Then the model's message is in the status line and nothing is lost
        #expect(screen.status == .error(Refusal.noMarksClass(classTitle: "1А").message))
        #expect(screen.editor?.text == "Прописи")
        #expect(try school.admin.lesson(id: school.firstGradeLesson.id).homework == "")
    }

    @Test func notYourLessonIsRefusedAndTheTopicStaysInTheEditor() throws {
        // Another class's teacher may not even read the record
        let school = try SchoolFixture(with: .mathPlan)
        let other = LessonEditorScreen(session: school.teacher(school.englishTeacher1), lessonID: school.mathLesson.id)
        #expect(other.record == nil)
        #expect(other.status == .error(Refusal.notInWorkload.message))
        // The class teacher reads it, and the model refuses their change
        let session = school.teacher(school.classTeacher)
        var screen = LessonEditorScreen(session: session, lessonID: school.mathLesson.id)
        #expect(screen.readOnlyReason == .notInWorkload)
        send(.lessonEditField, to: &screen, as: session)
        type("!", into: &screen, as: session)
        send(.editorSave, to: &screen, as: session)
        #expect(screen.status == .error(Refusal.notInWorkload.message))
        #expect(screen.editor?.text == "Дроби!")
    }

    @Test func theTopicLimitIsTheModels() throws {
        let school = try SchoolFixture(with: .mathPlan)
        let session = school.teacher(school.mathTeacher)
        var screen = LessonEditorScreen(session: session, lessonID: school.mathLesson.id)
        send(.lessonEditField, to: &screen, as: session)
        _ = screen.handle(.typed("x"), environment: session.environment)
        #expect(screen.editor?.limit == LessonEditorScreen.topicLimit)
        type(String(repeating: "я", count: LessonEditorScreen.topicLimit), into: &screen, as: session)
        #expect(screen.editor?.count == LessonEditorScreen.topicLimit)
        #expect(screen.status?.text.russian.hasPrefix("Не больше 500 символов") == true)
    }

    @Test func aSubstitutionShowsWhoHeldTheLessonAndTheSubstituteMayFillItIn() throws {
        // Given the English teacher recorded as the substitute of the math lesson
        let school = try SchoolFixture(with: .mathPlan)
        try school.admin.assignSubstitute(lessonID: school.mathLesson.id, substituteID: school.englishTeacher1.id)
        let session = school.teacher(school.englishTeacher1)
        var screen = LessonEditorScreen(session: session, lessonID: school.mathLesson.id)
        #expect(screen.record?.teacherName == "Иванова Мария Петровна")
        #expect(screen.record?.substituteName == "Кузнецова Ольга Ильинична")
        #expect(screen.readOnlyReason == nil)
        var buffer = CellBuffer(width: 80, height: 22)
        screen.draw(into: &buffer, in: buffer.bounds, context: DrawContext(language: .russian, keymap: defaultKeymap()))
        #expect(buffer.lines()[1].contains("Провёл (замена): Кузнецова Ольга Ильинична"))
        // When the substitute saves the topic, the model accepts it
        send(.lessonEditField, .editorSave, to: &screen, as: session)
        #expect(try school.admin.lesson(id: school.mathLesson.id).topic == "Дроби")
    }

    @Test func cancelLeavesTheRecordAsItWas() throws {
        let school = try SchoolFixture(with: .mathPlan)
        let session = school.teacher(school.mathTeacher)
        var screen = LessonEditorScreen(session: session, lessonID: school.mathLesson.id)
        let before = try school.lastLogSeq()
        send(.lessonEditField, to: &screen, as: session)
        type("abc", into: &screen, as: session)
        send(.editorCancel, to: &screen, as: session)
        #expect(screen.editor == nil)
        #expect(try school.logEntries(after: before).isEmpty)
    }

    @Test func thePlanIsSearchedAsItIsTyped() throws {
        // Given the plan of topics open on the math lesson
        let school = try SchoolFixture(with: .mathPlan)
        let session = school.teacher(school.mathTeacher)
        var screen = LessonEditorScreen(session: session, lessonID: school.mathLesson.id)
        send(.lessonPickTopic, to: &screen, as: session)
        #expect(screen.shownTopics == [0, 1, 2, 3] && screen.topicFilter.isActive)

        // When the teacher types «ПРОЦ» / Then only «Проценты» is shown and chosen
        type("ПРОЦ", into: &screen, as: session)
        #expect(screen.shownTopics == [2] && screen.topicChoice == 2)

        // A search matching nothing keeps the plan open on the last choice; erasing brings the list back
        type("zz", into: &screen, as: session)
        #expect(screen.shownTopics.isEmpty && screen.topicChoice == 2)
        send(.editDeleteBackward, .editDeleteBackward, to: &screen, as: session)
        #expect(screen.shownTopics == [2])

        // Esc clears the search and keeps the plan; a second Esc closes it
        send(.appBack, to: &screen, as: session)
        #expect(screen.topicFilter.query.isEmpty && screen.shownTopics == [0, 1, 2, 3] && screen.topicChoice == 2)
        send(.appBack, to: &screen, as: session)
        #expect(screen.topicChoice == nil && !screen.topicFilter.isActive)

        // And Enter on a searched topic opens it in the topic editor
        send(.lessonPickTopic, to: &screen, as: session)
        type("площ", into: &screen, as: session)
        send(.lessonEditField, to: &screen, as: session)
        #expect(screen.editor?.text == "Площадь прямоугольника" && screen.editor?.isSingleLine == true)
        #expect(screen.topicChoice == nil)
    }

    @Test func aTopicIsOneLine() throws {
        let school = try SchoolFixture(with: .mathPlan)
        let session = school.teacher(school.mathTeacher)
        var screen = LessonEditorScreen(session: session, lessonID: school.mathLesson.id)
        let before = try school.lastLogSeq()
        send(.lessonEditField, .editorNewLine, to: &screen, as: session)
        #expect(screen.editor?.text == "Дроби")
        #expect(screen.editor?.message?.text(.russian) == "Здесь одна строка: F2 сохраняет текст.")
        send(.editorSave, to: &screen, as: session)
        #expect(try school.admin.lesson(id: school.mathLesson.id).topic == "Дроби")
        #expect(try school.logEntries(after: before).map(\.field) == ["topic"])
    }
}
