import Foundation
import JournalTestSupport
@testable import JournalModel
import Testing
@testable import JournalTUI

/// The class teacher's week: reasons of absences through `changeAbsenceReason`, the model's refusals.
@Suite struct ClassWeekScreenTests {
    /// Friday: Алексеев Н at math and English, Белова ОП at math.
    private func schoolWithAbsences() throws -> SchoolFixture {
        let school = try SchoolFixture(with: .mathPlan)
        let math = school.teacher(school.mathTeacher)
        try math.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: "Н")
        try math.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[1].id, code: "ОП")
        try school.teacher(school.englishTeacher1).setAttendance(lessonID: school.englishLesson1.id, studentID: school.students[0].id, code: "Н")
        return school
    }

    private func code(_ school: SchoolFixture, _ lesson: Lesson, _ student: Int) throws -> String? {
        try school.admin.classAttendance(classID: school.class5A.id, from: SchoolFixture.lessonDay, to: SchoolFixture.lessonDay)
            .attendance(lessonID: lesson.id, studentID: school.students[student].id)?.code
    }

    private func week(_ school: SchoolFixture, as person: Person) -> ClassWeekScreen {
        ClassWeekScreen(session: school.teacher(person), classID: school.class5A.id, weekOf: SchoolFixture.lessonDay)
    }

    @Test func theWeekRunsMondayToSundayAndPagesByWeeks() throws {
        let school = try schoolWithAbsences()
        var screen = week(school, as: school.classTeacher)
        let environment = school.teacher(school.classTeacher).environment
        #expect(screen.from == SchoolDate("2026-11-16")! && screen.to == SchoolDate("2026-11-22")!)
        #expect(screen.week?.lessons.count == 3)
        #expect(screen.week?.absencesWithoutReason.count == 2)
        _ = screen.handle(.action(.weekNextWeek), environment: environment)
        #expect(screen.from == SchoolDate("2026-11-23")!)
        #expect(screen.week?.lessons.isEmpty == true)
        _ = screen.handle(.action(.weekPreviousWeek), environment: environment)
        #expect(screen.week?.lessons.count == 3)
    }

    @Test func anyDatesCanBeTyped() throws {
        // Given next week's empty page
        let school = try schoolWithAbsences()
        var screen = week(school, as: school.classTeacher)
        let environment = school.teacher(school.classTeacher).environment
        _ = screen.handle(.action(.weekNextWeek), environment: environment)
        #expect(screen.week?.lessons.isEmpty == true)

        // When the user opens the dates, clears them and types a range around Friday
        _ = screen.handle(.action(.weekChooseDates), environment: environment)
        #expect(screen.datesField?.text == "23.11.2026 – 29.11.2026")
        #expect(screen.contexts == [.form, .edit])
        _ = screen.handle(.action(.editClearField), environment: environment)
        for character in "19.11.2026-20.11.2026" { _ = screen.handle(.typed(character), environment: environment) }
        _ = screen.handle(.action(.formSubmit), environment: environment)

        // Then those days are shown, with Friday's lessons, and letters are codes again
        #expect(screen.datesField == nil)
        #expect(screen.from == SchoolDate("2026-11-19")! && screen.to == SchoolDate("2026-11-20")!)
        #expect(screen.week?.lessons.count == 3)
        #expect(screen.contexts == [.week])
    }

    @Test(arguments: ["20.11.2026 – 19.11.2026", "31.11.2026", "завтра", "01.09.2026 – 30.09.2027", ""])
    func wrongDatesAreExplainedAndKept(text: String) throws {
        let school = try schoolWithAbsences()
        var screen = week(school, as: school.classTeacher)
        let environment = school.teacher(school.classTeacher).environment
        _ = screen.handle(.action(.weekChooseDates), environment: environment)
        _ = screen.handle(.action(.editClearField), environment: environment)
        for character in text { _ = screen.handle(.typed(character), environment: environment) }
        _ = screen.handle(.action(.formSubmit), environment: environment)

        #expect(screen.datesField?.text == text)
        #expect(screen.status?.kind == .error)
        #expect(screen.from == SchoolDate("2026-11-16")!)

        // Esc leaves the week as it was
        _ = screen.handle(.action(.appBack), environment: environment)
        #expect(screen.datesField == nil && screen.status == nil)
        #expect(screen.week?.lessons.count == 3)
    }

    @Test(arguments: ["б", ",", "Б"])
    func theClassTeacherGivesTheReason(key: Character) throws {
        // Given the week of 5А open for its class teacher, on Алексеев's math absence
        let school = try schoolWithAbsences()
        var screen = week(school, as: school.classTeacher)
        let environment = school.teacher(school.classTeacher).environment
        #expect(screen.selectedCell?.lesson.id == school.mathLesson.id)

        // When they type Б
        _ = screen.handle(.typed(key), environment: environment)

        // Then the absence has its reason and only the English one is left without
        #expect(try code(school, school.mathLesson, 0) == "Б")
        #expect(screen.status?.kind == .success)
        #expect(screen.week?.absencesWithoutReason.count == 1)
    }

    @Test func theClassTeacherMayNotTurnALateIntoAnAbsence() throws {
        let school = try schoolWithAbsences()
        var screen = week(school, as: school.classTeacher)
        let environment = school.teacher(school.classTeacher).environment
        _ = screen.handle(.action(.weekMoveDown), environment: environment)
        _ = screen.handle(.typed("н"), environment: environment)
        #expect(screen.status == .error(Refusal.reasonChangeOnly.message))
        #expect(try code(school, school.mathLesson, 1) == "ОП")
    }

    @Test func aCellWithoutAnAbsenceHasNoReasonToGive() throws {
        let school = try schoolWithAbsences()
        var screen = week(school, as: school.classTeacher)
        let environment = school.teacher(school.classTeacher).environment
        _ = screen.handle(.action(.weekMoveDown), environment: environment)
        _ = screen.handle(.action(.weekMoveDown), environment: environment)
        _ = screen.handle(.typed("у"), environment: environment)
        #expect(screen.status?.kind == .error)
        #expect(try code(school, school.mathLesson, 2) == nil)
    }

    @Test func aSubjectTeacherSeesAndChangesTheirOwnLessons() throws {
        // Given the math teacher looking at 5А's week: mathematics and physical education are theirs, English is not
        let school = try schoolWithAbsences()
        var screen = week(school, as: school.mathTeacher)
        let environment = school.teacher(school.mathTeacher).environment
        #expect(screen.lessons.map(\.id) == [school.mathLesson.id, school.peLesson.id])
        #expect(week(school, as: school.classTeacher).lessons.count == 3)
        // When they set the reason on their own lesson, it is accepted
        _ = screen.handle(.typed("у"), environment: environment)
        #expect(try code(school, school.mathLesson, 0) == "У")
        _ = screen.handle(.action(.weekMoveRight), environment: environment)
        #expect(screen.selectedCell?.lesson.id == school.peLesson.id)
        _ = screen.handle(.action(.weekMoveRight), environment: environment)
        #expect(screen.selectedCell?.lesson.id == school.peLesson.id)
    }

    @Test func theClassTeacherMayNotChangeAnotherClass() throws {
        // Given 1А's week opened by 5А's class teacher, with an absence there
        let school = try SchoolFixture(with: .mathPlan)
        let primary = school.teacher(school.primaryTeacher)
        let day = try school.admin.classAttendance(classID: school.class1A.id, from: SchoolFixture.lessonDay, to: SchoolFixture.lessonDay)
        try primary.setAttendance(lessonID: school.firstGradeLesson.id, studentID: day.students[0].id, code: "Н")
        let deputy = school.actor([.teacher, .deputy], person: school.classTeacher)
        var screen = ClassWeekScreen(session: deputy, classID: school.class1A.id, weekOf: SchoolFixture.lessonDay)
        let environment = deputy.environment
        // When they type a reason, the model refuses and the absence stays
        _ = screen.handle(.typed("б"), environment: environment)
        #expect(screen.status?.kind == .error)
        #expect(try school.admin.classAttendance(classID: school.class1A.id, from: SchoolFixture.lessonDay, to: SchoolFixture.lessonDay)
            .attendance(lessonID: school.firstGradeLesson.id, studentID: day.students[0].id)?.code == "Н")
    }
}
