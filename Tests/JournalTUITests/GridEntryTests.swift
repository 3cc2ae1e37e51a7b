@testable import JournalModel
import Testing
import JournalTestSupport
@testable import JournalTUI

/// What a teacher enters in the grid besides a plain mark: a mark of another kind of work (F7),
/// a comment on a mark (F5), ОП typed as two letters, the exam and final marks of grades 9 and 11.
@Suite("Gradebook grid entry")
struct GridEntryTests {
    func press(_ keys: Key..., in state: inout AppState) {
        for key in keys { state.reduce(.key(key)) }
    }

    func grid(_ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) throws -> GridScreen {
        try #require(state.screen as? GridScreen, sourceLocation: sourceLocation)
    }

    private func todaysMarks(_ school: SchoolFixture, _ student: Int) throws -> [Mark] {
        try school.admin.gradebook(classID: school.class5A.id, subjectID: school.math.id, periodID: school.quarter2.id)
            .marks(lessonID: school.todayLesson.id, studentID: school.students[student].id)
    }

    @Test func f7GivesTheNextMarkAnotherKindOfWorkAndItsWeight() throws {
        // Given today's classwork lesson
        let school = try SchoolFixture(with: .gradebookHistory)
        let teacher = school.teacher(school.mathTeacher)
        var state = school.app(try school.grid(teacher), as: teacher)

        // When the teacher presses F7 (the kind after classwork: oral answer) and twice more
        press(.function(7), in: &state)
        #expect(try grid(state).nextMarkKind == WorkKind.oral)
        press(.function(7), .function(7), in: &state)
        let chosen = try #require(try grid(state).nextMarkKind)
        #expect(chosen == WorkKind.independent)
        #expect(try grid(state).status?.text.russian == "Следующая отметка: Самостоятельная работа, вес 1.5. F7 — другой вид, Esc — как у урока.")
        #expect(AppView(state: state).render().lines()[1].contains("след. отметка: СР ×1.5"))

        // And types 5, then 4 for the next student
        press(.character("5"), .character("4"), in: &state)

        // Then the first mark has that kind and weight, the second the lesson's, and the choice is gone
        let first = try #require(try todaysMarks(school, 0).first)
        #expect(first.workKind == WorkKind.independent && first.weight == 1.5 && !first.kindFromLesson)
        let second = try #require(try todaysMarks(school, 1).first)
        #expect(second.workKind == WorkKind.classwork && second.weight == 1 && second.kindFromLesson)
        #expect(try grid(state).nextMarkKind == nil)

        // Esc drops a choice not used yet, before leaving the grid
        press(.function(7), .escape, in: &state)
        #expect(try grid(state).nextMarkKind == nil)
        #expect(state.screen is GridScreen)
    }

    @Test func f5WritesACommentOnTheMarkShownInItsHistory() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        let teacher = school.teacher(school.mathTeacher)
        var state = school.app(try school.grid(teacher), as: teacher)
        press(.function(5), in: &state)
        #expect(try grid(state).status?.text.english == "A comment belongs to a mark: this cell has none.")
        press(.character("4"), .up, .function(5), in: &state)
        #expect(try grid(state).contexts == [.form, .edit])
        for character in "ответ у доски" { press(.character(character), in: &state) }
        press(.enter, in: &state)
        #expect(try todaysMarks(school, 0).first?.comment == "ответ у доски")
        #expect(try grid(state).overlay == nil && grid(state).status?.kind == .success)

        press(.function(2), in: &state)
        let lines = AppView(state: state).render().lines()
        #expect(lines.contains { $0.contains("4 — Работа на уроке, ×1 — «ответ у доски»") })
        #expect(lines.contains { $0.contains("комментарий") && $0.contains("— → ответ у доски") })
    }

    @Test func lateIsTypedAsTwoLettersAsOnTheSheet() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        let teacher = school.teacher(school.mathTeacher)
        var state = school.app(try school.grid(teacher), as: teacher)
        press(.character("о"), in: &state)
        #expect(try grid(state).status?.text.russian == "Код: О…")
        #expect(try grid(state).row == 0)
        press(.character("п"), in: &state)
        let week = try school.admin.classAttendance(classID: school.class5A.id, from: SchoolFixture.today, to: SchoolFixture.today)
        #expect(week.attendance(lessonID: school.todayLesson.id, studentID: school.students[0].id)?.code == "ОП")
        #expect(try grid(state).row == 1)
    }

    @Test func theYearOfGrade9TakesExamAndFinalMarksAfterTheYearMark() throws {
        // Given a class 9А with one student, taught mathematics by the math teacher
        let school = try SchoolFixture(with: .gradebookHistory)
        let year = try #require(try school.admin.periods(ofYearContaining: SchoolFixture.today).first { $0.kind == .year })
        let class9A = try school.admin.createClass(yearID: year.yearID, grade: 9, letter: "А")
        let student = try school.admin.enrollStudent(Person(kind: .student, lastName: "Яковлев", firstName: "Пётр", patronymic: "Ильич"),
                                                     classID: class9A.id, on: SchoolDate("2026-09-01")!)
        try school.admin.addWorkload(teacherID: school.mathTeacher.id, subjectID: school.math.id, classID: class9A.id, hoursPerWeek: 4)
        let teacher = school.teacher(school.mathTeacher)
        var state = school.app(try school.grid(teacher, classID: class9A.id, period: year), as: teacher, size: Size(width: 100, height: 30))
        #expect(try grid(state).gradebook.summaryKinds == [.year, .exam, .final])
        let header = AppView(state: state).render().lines()[2]
        #expect(header.contains("Год") && header.contains("Экз") && header.contains("Итог"))

        // When the teacher types the year mark, the exam mark and the final mark along the row
        press(.end, .function(6), in: &state)
        for value in ["4", "5", "5"] { press(.character(Character(value)), in: &state) }

        // Then each is stored with its kind
        let gradebook = try school.admin.gradebook(classID: class9A.id, subjectID: school.math.id, periodID: year.id)
        #expect(gradebook.summaryMark(.year, of: student.id)?.value == "4")
        #expect(gradebook.summaryMark(.exam, of: student.id)?.value == "5")
        #expect(gradebook.summaryMark(.final, of: student.id)?.value == "5")
        // And grade 5's year has the year mark alone
        #expect(try school.grid(teacher, period: year).gradebook.summaryKinds == [.year])
    }
}
