import Foundation
import JournalTestSupport
import Testing
@testable import JournalModel

/// The reads behind the journal of substitutions (журнал замен): the school's lessons of a day,
/// the teachers a substitute is picked from, and the substitute's own day.
@Suite struct SubstitutionJournalTests {
    private let monday = SchoolFixture.today

    @Test func theSchoolsDayListsTimetableRecordedAndExtraLessons() throws {
        // Given Monday's timetable with bells for slots 1–4, Russian substituted and an extra PE lesson in slot 5
        let school = try SchoolFixture()
        let timetable = try SchoolTimetable(school)
        try school.actor([.deputy]).assignSubstitute(timetableEntryID: timetable.mondayRussian.id, on: monday,
                                            substituteID: school.substituteTeacher.id)
        let extra = try school.teacher(school.mathTeacher).createLesson(classID: school.class5A.id, subjectID: school.pe.id, on: monday, slot: 5)

        // When the deputy lists Monday
        let day = try school.admin.schoolLessons(on: monday)

        // Then every lesson is there by slot and group, with names, times and the substitute
        #expect(day.map { "\($0.scheduled.slot) \($0.classTitle) \($0.subjectName) \($0.subgroupName ?? "-") \($0.teacherName)" } == [
            "1 1А Русский язык - Соколова А. Ю.",
            "2 5А Математика - Иванова М. П.",
            "3 5А Английский язык 1 группа Кузнецова О. И.",
            "3 5А Английский язык 2 группа Попов И. С.",
            "4 5А Русский язык - Смирнов А. Н.",
            "5 5А Физическая культура - Иванова М. П.",
        ])
        #expect(day[0].startsAt == "08:30" && day[0].endsAt == "09:15" && day[5].startsAt.isEmpty)
        #expect(day[1].scheduled.timetableEntryID == timetable.mondayMath.id && !day[1].scheduled.isRecorded)
        #expect(day[4].scheduled.isRecorded && day[4].substituteName == "Лебедев П. Л.")
        #expect(day[5].scheduled.lesson?.id == extra.id && day[5].scheduled.timetableEntryID == nil)
        #expect(day.filter { $0.substituteName != nil }.count == 1)
    }

    @Test func noTimetableLessonsInTheHolidays() throws {
        let school = try SchoolFixture()
        _ = try SchoolTimetable(school)
        #expect(try school.admin.schoolLessons(on: SchoolDate("2026-11-02")!).isEmpty)
    }

    @Test func teachersAreStaffWithWorkloadOrATeachersAccountInRussianOrder() throws {
        // Given the school, where the substitute teacher has neither workload nor account yet
        let school = try SchoolFixture()
        #expect(try school.admin.teachers().map(\.lastName) == ["Иванова", "Кузнецова", "Попов", "Смирнов", "Соколова"])

        // When he gets a teacher's account / Then he is a teacher too, and no parent or student ever is
        try school.admin.createAccount(login: "lebedev", personID: school.substituteTeacher.id, roles: [.teacher],
                                         temporaryPassword: "temporary1", rounds: 1_000)
        #expect(try school.admin.teachers().map(\.lastName) == ["Иванова", "Кузнецова", "Лебедев", "Попов", "Смирнов", "Соколова"])
    }

    @Test func theSubstituteSeesTheLessonInTheirTimetable() throws {
        // Given Monday's Russian lesson substituted by Лебедев
        let school = try SchoolFixture()
        let timetable = try SchoolTimetable(school)
        #expect(try school.admin.timetable(forTeacher: school.substituteTeacher.id, on: monday).isEmpty)
        try school.actor([.deputy]).assignSubstitute(timetableEntryID: timetable.mondayRussian.id, on: monday,
                                            substituteID: school.substituteTeacher.id)

        // When each teacher looks at Monday's timetable
        let substitutes = try school.admin.timetable(forTeacher: school.substituteTeacher.id, on: monday)
        let own = try school.admin.timetable(forTeacher: school.classTeacher.id, on: monday)

        // Then the substitute has it, marked as a substitution; its own teacher keeps it unmarked
        #expect(substitutes.map { "\($0.slot) \($0.classTitle) \($0.subjectName) \($0.isSubstitution)" } == ["4 5А Русский язык true"])
        #expect(own.map { "\($0.slot) \($0.isSubstitution)" } == ["4 false"])
        #expect(try school.admin.timetable(forTeacher: school.substituteTeacher.id, on: monday.adding(days: 7)).isEmpty)
        let choice = GradebookChoice(substituted: substitutes[0])
        #expect(choice.classID == school.class5A.id && choice.subjectID == school.russian.id && choice.mayEdit)
    }

    @Test func aRecordedLessonOpensTheGradebookItsTimetableLessonWould() throws {
        // Given Monday's Russian lesson, recorded with Лебедев as its substitute
        let school = try SchoolFixture()
        let timetable = try SchoolTimetable(school)
        try school.actor([.deputy]).assignSubstitute(timetableEntryID: timetable.mondayRussian.id, on: monday,
                                            substituteID: school.substituteTeacher.id)
        let russian = try #require(try school.admin.lessons(forTeacher: school.substituteTeacher.id, on: monday).first?.lesson)

        // Then the substitute gets that lesson's gradebook to edit, as his home screen offers it
        let substitutes = try school.teacher(school.substituteTeacher).gradebookChoice(forLesson: russian)
        let timetableLesson = try #require(try school.admin.timetable(forTeacher: school.substituteTeacher.id, on: monday).first)
        #expect(substitutes == GradebookChoice(substituted: timetableLesson))
        #expect(substitutes?.subjectID == school.russian.id && substitutes?.mayEdit == true)
        // Its own teacher the workload's; a teacher of neither nothing; the deputy the school-wide read-only one
        let own = try school.teacher(school.classTeacher).gradebookChoice(forLesson: russian)
        #expect(own?.holds(classID: school.class5A.id, subjectID: school.russian.id, subgroupID: nil) == true && own?.mayEdit == true)
        #expect(try school.teacher(school.englishTeacher1).gradebookChoice(forLesson: russian) == nil)
        #expect(try school.actor([.deputy]).gradebookChoice(forLesson: russian)?.mayEdit == false)
    }

    @Test("Who keeps the journal of substitutions", arguments: Role.allCases)
    func substitutionJournalByRole(role: Role) throws {
        let school = try SchoolFixture()
        let refusal = school.actor([role]).substitutionJournalRefusal
        #expect((refusal == nil) == [.administrator, .deputy].contains(role))
    }

    @Test func anExtraLessonNeedsASlotOfTheSchoolDay() throws {
        let school = try SchoolFixture()
        let before = try school.logCount()
        #expect(throws: Refusal.invalidValue(LocalizedText(ru: "Номер урока — от 0 до 12.", en: "The lesson number is 0 to 12."))) {
            try school.teacher(school.mathTeacher).createLesson(classID: school.class5A.id, subjectID: school.math.id, on: monday, slot: 13)
        }
        #expect(try school.logCount() == before)
    }
}
