import Foundation
import JournalTestSupport
@testable import JournalModel
import Testing
@testable import JournalTUI

/// The attendance sheet of one lesson: codes from either layout, everyone present, clearing,
/// stale edits and read-only refusals, all through the model.
@Suite struct AttendanceScreenTests {
    private func type(_ text: String, into screen: inout AttendanceScreen, as session: JournalSession) {
        for character in text { _ = screen.handle(.typed(character), environment: session.environment) }
    }

    private func codes(_ school: SchoolFixture, lesson: Lesson) throws -> [String?] {
        let day = try school.admin.classAttendance(classID: school.class5A.id, from: SchoolFixture.lessonDay, to: SchoolFixture.lessonDay)
        return school.students.map { day.attendance(lessonID: lesson.id, studentID: $0.id)?.code }
    }

    @Test func theListIsInRussianAlphabeticalOrder() throws {
        let school = try SchoolFixture(with: .mathPlan)
        let screen = AttendanceScreen(session: school.teacher(school.mathTeacher), lessonID: school.mathLesson.id)
        #expect(screen.sheet?.students.map(\.lastName) == ["Алексеев", "Белова", "Ёлкин"])
        // The English group lesson lists only its group.
        let group = AttendanceScreen(session: school.teacher(school.englishTeacher1), lessonID: school.englishLesson1.id)
        #expect(group.sheet?.students.map(\.lastName) == ["Алексеев", "Белова"])
    }

    @Test(arguments: [("н", "б", "о", "п"), ("y", ",", "j", "g"), ("Н", "Б", "О", "П"), ("Y", "<", "J", "G")])
    func codesFromEitherLayoutAndMovingDown(absent: Character, ill: Character, late1: Character, late2: Character) throws {
        // Given the math teacher's sheet
        let school = try SchoolFixture(with: .mathPlan)
        let session = school.teacher(school.mathTeacher)
        var screen = AttendanceScreen(session: session, lessonID: school.mathLesson.id)

        // When they type Н, Б and ОП (the last as two letters), in either layout
        type(String(absent), into: &screen, as: session)
        #expect(screen.selected == 1)
        type(String(ill), into: &screen, as: session)
        type(String(late1), into: &screen, as: session)
        #expect(screen.status?.text.russian == "Код: О…")
        type(String(late2), into: &screen, as: session)

        // Then the model holds Н, Б, ОП and the cursor stopped on the last student
        #expect(try codes(school, lesson: school.mathLesson) == ["Н", "Б", "ОП"])
        #expect(screen.selected == 2)
        #expect(screen.readOnlyReason == nil)
    }

    @Test func anUnknownLetterIsRefusedWithTheKnownCodes() throws {
        let school = try SchoolFixture(with: .mathPlan)
        let session = school.teacher(school.mathTeacher)
        var screen = AttendanceScreen(session: session, lessonID: school.mathLesson.id)
        type("x", into: &screen, as: session)  // ч
        #expect(screen.status?.kind == .error)
        #expect(screen.status?.text.russian == "«Ч» — нет такого кода посещаемости (есть: Н, Б, У, П, ОП).")
        #expect(try codes(school, lesson: school.mathLesson) == [nil, nil, nil])
    }

    @Test func everyonePresentKeepsTheCodesAndClearingRemovesOne() throws {
        let school = try SchoolFixture(with: .mathPlan)
        let session = school.teacher(school.mathTeacher)
        var screen = AttendanceScreen(session: session, lessonID: school.mathLesson.id)
        type("нн", into: &screen, as: session)
        _ = screen.handle(.action(.attendanceMarkAllPresent), environment: session.environment)
        #expect(screen.status?.kind == .success)
        #expect(screen.sheet?.lesson.attendanceTaken == true)
        #expect(try school.admin.lesson(id: school.mathLesson.id).attendanceTaken)
        #expect(try codes(school, lesson: school.mathLesson) == ["Н", "Н", nil])

        _ = screen.handle(.action(.attendanceMoveUp), environment: session.environment)
        _ = screen.handle(.action(.attendanceClear), environment: session.environment)
        #expect(try codes(school, lesson: school.mathLesson) == ["Н", nil, nil])
        #expect(screen.selected == 1)  // clearing does not move
    }

    @Test func theSchoolsOwnCodesAreTheKeys() throws {
        // Given a school that added Д (дистанционно)
        let school = try SchoolFixture(with: .mathPlan)
        try school.admin.changeSettings({ $0.attendanceCodes.append(AttendanceCode(code: "Д", ru: "дистанционно", en: "remote")) })
        let session = school.teacher(school.mathTeacher)
        var screen = AttendanceScreen(session: session, lessonID: school.mathLesson.id)
        // When the teacher presses the key of Д in the Latin layout
        type("l", into: &screen, as: session)
        #expect(try codes(school, lesson: school.mathLesson) == ["Д", nil, nil])
    }

    @Test func aStaleCellIsRefusedAndReloaded() throws {
        // Given the sheet open, and another session recording Б for Алексеев meanwhile
        let school = try SchoolFixture(with: .mathPlan)
        let teacher = school.teacher(school.mathTeacher)
        let session = teacher
        var screen = AttendanceScreen(session: session, lessonID: school.mathLesson.id)
        try teacher.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: "Б")

        // When this sheet, which still shows nothing, records Н
        type("н", into: &screen, as: session)

        // Then the model refused, Б stays, and the sheet now shows Б
        #expect(screen.status == .error(Refusal.staleValue(current: "Б").message))
        #expect(try codes(school, lesson: school.mathLesson) == ["Б", nil, nil])
        #expect(screen.sheet?.code(of: school.students[0].id) == "Б")
        #expect(screen.selected == 0)
    }

    @Test func notYourLessonTurnsTheSheetReadOnly() throws {
        // Another class's teacher may not even read the sheet; the class teacher reads it read-only
        let school = try SchoolFixture(with: .mathPlan)
        let other = AttendanceScreen(session: school.teacher(school.englishTeacher1), lessonID: school.mathLesson.id)
        #expect(other.sheet == nil)
        #expect(other.status == .error(Refusal.notInWorkload.message))
        let session = school.teacher(school.classTeacher)
        var screen = AttendanceScreen(session: session, lessonID: school.mathLesson.id)
        // The model's answer is asked when the sheet opens, and writes nothing
        #expect(screen.readOnlyReason == .notInWorkload)
        #expect(screen.status == .info(Refusal.notInWorkload.message))
        #expect(AttendanceScreen(session: school.teacher(school.mathTeacher), lessonID: school.mathLesson.id)
            .readOnlyReason == nil)
        type("н", into: &screen, as: session)
        #expect(screen.readOnlyReason == .notInWorkload)
        #expect(screen.status == .error(Refusal.notInWorkload.message))
        #expect(try codes(school, lesson: school.mathLesson) == [nil, nil, nil])
    }

    @Test func theEditWindowTurnsTheSheetReadOnly() throws {
        let school = try SchoolFixture(with: .mathPlan)
        // Given a one-week edit window and a lesson eleven days ago
        try school.admin.changeSettings({ $0.editWindow = .oneWeek })
        school.clock.set(SchoolDate("2026-12-01")!)
        let session = school.teacher(school.mathTeacher)
        var screen = AttendanceScreen(session: session, lessonID: school.mathLesson.id)
        guard case .editWindowPassed = screen.readOnlyReason else {
            Issue.record("expected the sheet to open read-only, got \(String(describing: screen.readOnlyReason))")
            return
        }
        _ = screen.handle(.action(.attendanceMarkAllPresent), environment: session.environment)
        #expect(try !school.admin.lesson(id: school.mathLesson.id).attendanceTaken)
        guard case .editWindowPassed = screen.readOnlyReason else {
            Issue.record("expected the edit window refusal, got \(String(describing: screen.readOnlyReason))")
            return
        }
        #expect(screen.status == .error(try #require(screen.readOnlyReason).message))
    }

    @Test func arrowsGoToTheTeachersOtherLessonsOfTheDay() throws {
        // Given the math teacher's Friday: mathematics (2), physical education (4) and a lesson added in slot 5
        let school = try SchoolFixture(with: .mathPlan)
        let teacher = school.teacher(school.mathTeacher)
        school.clock.set(SchoolFixture.lessonDay)
        let later = try teacher.createLesson(classID: school.class5A.id, subjectID: school.math.id, on: SchoolFixture.lessonDay,
                                                    slot: 5)
        school.clock.set(SchoolFixture.today)
        var state = school.app(AttendanceScreen(session: teacher, lessonID: school.mathLesson.id), as: teacher)
        state.reduce(.key(.right))
        #expect((state.screen as? AttendanceScreen)?.lessonID == school.peLesson.id)
        state.reduce(.key(.right))
        #expect((state.screen as? AttendanceScreen)?.lessonID == later.id)
        state.reduce(.key(.right))
        #expect((state.screen as? AttendanceScreen)?.lessonID == later.id)
        #expect(state.screen.status?.text.russian == "Это последний записанный урок дня.")
        state.reduce(.key(.left))
        state.reduce(.key(.left))
        #expect((state.screen as? AttendanceScreen)?.lessonID == school.mathLesson.id)
    }

    @Test func f4OpensTheLessonAndEscComesBack() throws {
        let school = try SchoolFixture(with: .mathPlan)
        let teacher = school.teacher(school.mathTeacher)
        var state = school.app(AttendanceScreen(session: teacher, lessonID: school.mathLesson.id), as: teacher)
        state.reduce(.key(.function(4)))
        #expect(state.screen is LessonEditorScreen)
        state.reduce(.key(.escape))
        #expect(state.screen is AttendanceScreen)
    }

    @Test func enterOpensTheLessonsGradebookWithTheNamesWhereTheSheetHadThem() throws {
        // Given the sheet of Friday's lesson, opened from another screen
        let school = try SchoolFixture(with: .mathPlan)
        let teacher = school.teacher(school.mathTeacher)
        var state = school.app(AttendanceScreen(session: teacher, lessonID: school.englishLesson1.id), as: teacher,
                               size: Size(width: 100, height: 30))
        state.push(AttendanceScreen(session: teacher, lessonID: school.mathLesson.id))
        let sheetLines = AppView(state: state).render().lines()

        // When Enter is pressed
        state.reduce(.key(.enter))

        // Then the grid is on that lesson's column (not today's), its students on the sheet's rows and columns
        let grid = try #require(state.screen as? GridScreen)
        #expect(grid.lesson?.id == school.mathLesson.id)
        let gridLines = AppView(state: state).render().lines()
        for student in school.students {
            let row = try #require(sheetLines.firstIndex { $0.contains(student.fullName) })
            #expect(gridLines[row].hasPrefix(String(sheetLines[row].prefix(3)) + student.shortName))
        }
        // And Esc goes back where the sheet's Esc would
        state.reduce(.key(.escape))
        #expect((state.screen as? AttendanceScreen)?.lessonID == school.englishLesson1.id)
    }
}
