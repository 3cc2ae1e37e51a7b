import Foundation
import JournalTestSupport
import GRDB
import Testing
@testable import JournalModel

/// A teacher's day comes from the timetable; opening a lesson records it for the
/// timetable's teacher; the deputy plans substitutions before the lesson exists.
@Suite struct TimetableLessonTests {
    private let monday = SchoolFixture.today

    private func storedLessons(_ school: SchoolFixture, on date: SchoolDate) throws -> [Lesson] {
        try school.journal.database.pool.read { db in
            try Lesson.filter(Column("on_date") == date && Column("class_id") == school.class5A.id).fetchAll(db)
        }
    }

    @Test func teachersDayListsRecordedAndExpectedLessons() throws {
        // Given 5А's timetable and the recorded Friday lessons
        let school = try SchoolFixture()
        let timetable = try SchoolTimetable(school)

        // When the math teacher looks at Friday and at Monday
        let friday = try school.admin.lessons(forTeacher: school.mathTeacher.id, on: SchoolFixture.lessonDay)
        let monday = try school.admin.lessons(forTeacher: school.mathTeacher.id, on: monday)

        // Then Friday shows the recorded math lesson against its timetable slot and the extra PE lesson
        #expect(friday.map(\.slot) == [2, 4])
        #expect(friday[0].lesson?.id == school.mathLesson.id)
        #expect(friday[0].timetableEntryID == timetable.fridayMath.id)
        #expect(friday[1].lesson?.id == school.peLesson.id)
        #expect(friday[1].timetableEntryID == nil)
        // And Monday shows the math lesson expected, not yet recorded
        #expect(monday.count == 1)
        #expect(monday[0].isRecorded == false)
        #expect(monday[0].timetableEntryID == timetable.mondayMath.id)
        #expect(monday[0].teacherID == school.mathTeacher.id)
        #expect(monday[0].slot == 2)
    }

    @Test func noLessonsAreExpectedInTheHolidays() throws {
        // Given the timetable / When the teacher looks at Monday 2026-11-02, between the quarters
        let school = try SchoolFixture()
        _ = try SchoolTimetable(school)
        // Then nothing is expected
        #expect(try school.admin.lessons(forTeacher: school.mathTeacher.id, on: SchoolDate("2026-11-02")!).isEmpty)
    }

    @Test func openingRecordsTheLessonOnceForTheTimetablesTeacher() throws {
        // Given Monday's math lesson expected
        let school = try SchoolFixture()
        let timetable = try SchoolTimetable(school)
        let teacher = school.teacher(school.mathTeacher)
        let before = try school.logCount()

        // When its teacher opens it twice
        let opened = try teacher.openLesson(timetableEntryID: timetable.mondayMath.id, on: monday)
        let again = try teacher.openLesson(timetableEntryID: timetable.mondayMath.id, on: monday)

        // Then one lesson is recorded, with one log entry, as the timetable says
        #expect(again == opened)
        #expect(try school.logCount() == before + 1)
        #expect(opened.teacherID == school.mathTeacher.id)
        #expect(opened.subjectID == school.math.id)
        #expect(opened.slot == 2)
        #expect(opened.onDate == monday)
        #expect(opened.substituteID == nil)
        #expect(try storedLessons(school, on: monday).map(\.id) == [opened.id])
        // And the day now shows it recorded
        let day = try school.admin.lessons(forTeacher: school.mathTeacher.id, on: monday)
        #expect(day.map(\.lesson?.id) == [opened.id])
        #expect(try Verifier.verify(school.journal.database).passed)
    }

    @Test func openingTheAlreadyRecordedLessonReturnsIt() throws {
        // Given the Friday math lesson recorded with createLesson / When opened from the timetable
        let school = try SchoolFixture()
        let timetable = try SchoolTimetable(school)
        let before = try school.logCount()
        let opened = try school.teacher(school.mathTeacher).openLesson(timetableEntryID: timetable.fridayMath.id, on: SchoolFixture.lessonDay)
        // Then it is that lesson and nothing is written
        #expect(opened.id == school.mathLesson.id)
        #expect(try school.logCount() == before)
    }

    @Test func groupLessonsOpenSeparately() throws {
        // Given English in two groups in the same slot / When both teachers open theirs
        let school = try SchoolFixture()
        let timetable = try SchoolTimetable(school)
        let first = try school.teacher(school.englishTeacher1).openLesson(timetableEntryID: timetable.mondayEnglish1.id, on: monday)
        let second = try school.teacher(school.englishTeacher2).openLesson(timetableEntryID: timetable.mondayEnglish2.id, on: monday)
        // Then each group has its lesson
        #expect(first.subgroupID == school.englishGroup1.id)
        #expect(second.subgroupID == school.englishGroup2.id)
        #expect(first.id != second.id)
    }

    @Test func othersCannotOpenTheLesson() throws {
        // Given Monday's math lesson expected
        let school = try SchoolFixture()
        let timetable = try SchoolTimetable(school)
        let entry = timetable.mondayMath.id
        let before = try school.logCount()

        // When others open it / Then refused with their reason, and nothing is written
        #expect(throws: Refusal.notInWorkload) { try school.teacher(school.englishTeacher2).openLesson(timetableEntryID: entry, on: monday) }
        #expect(throws: Refusal.notInWorkload) { try school.teacher(school.substituteTeacher).openLesson(timetableEntryID: entry, on: monday) }
        #expect(throws: Refusal.administratorCannotEditJournal) { try school.actor([.administrator]).openLesson(timetableEntryID: entry, on: monday) }
        #expect(throws: Refusal.readOnlyRole(.deputy)) { try school.actor([.deputy]).openLesson(timetableEntryID: entry, on: monday) }
        #expect(throws: Refusal.studentsAndParentsCannotEdit) {
            try school.actor([.student], person: school.students[0]).openLesson(timetableEntryID: entry, on: monday)
        }
        #expect(try school.logCount() == before)
    }

    @Test func openingOnADayWithoutThatLessonIsRefused() throws {
        let school = try SchoolFixture()
        let timetable = try SchoolTimetable(school)
        let teacher = school.teacher(school.mathTeacher)
        for date in ["2026-11-24", "2026-11-02", "2027-06-07"].map({ SchoolDate($0)! }) {
            #expect(throws: Refusal.notInTimetable(date: date)) {
                try teacher.openLesson(timetableEntryID: timetable.mondayMath.id, on: date)
            }
        }
    }

    @Test func aLessonInTheSlotTakenByAnotherSubjectIsNotOpened() throws {
        // Given Monday's slot 2 recorded as a Russian lesson (a change of timetable)
        let school = try SchoolFixture()
        let timetable = try SchoolTimetable(school)
        try school.teacher(school.classTeacher).createLesson(classID: school.class5A.id, subjectID: school.russian.id, on: monday, slot: 2)
        // When the math teacher opens the timetable's math lesson / Then refused as a duplicate
        #expect(throws: Refusal.duplicate(LocalizedText(ru: "У класса уже есть другой урок 23.11.2026 на 2-м уроке.", en: "The class already has another lesson on 23.11.2026 in slot 2."))) {
            try school.teacher(school.mathTeacher).openLesson(timetableEntryID: timetable.mondayMath.id, on: monday)
        }
        // And the math teacher's day no longer expects it
        #expect(try school.admin.lessons(forTeacher: school.mathTeacher.id, on: monday).isEmpty)
    }

    @Test func deputyPlansASubstitutionTheSubstituteThenKeeps() throws {
        // Given Monday's math lesson not yet recorded
        let school = try SchoolFixture()
        let timetable = try SchoolTimetable(school)
        let substitute = school.teacher(school.substituteTeacher)
        #expect(throws: Refusal.notInWorkload) {
            try substitute.openLesson(timetableEntryID: timetable.mondayMath.id, on: monday)
        }

        // When the deputy records the substitution
        let planned = try school.actor([.deputy]).assignSubstitute(timetableEntryID: timetable.mondayMath.id, on: monday,
                                                          substituteID: school.substituteTeacher.id)

        // Then the lesson exists with both teachers; it shows who held it
        #expect(planned.teacherID == school.mathTeacher.id)
        #expect(planned.substituteID == school.substituteTeacher.id)
        #expect(planned.heldByID == school.substituteTeacher.id)
        #expect(planned.isSubstitution)
        // And the substitute sees it in their day, opens it and keeps it
        let day = try school.admin.lessons(forTeacher: school.substituteTeacher.id, on: monday)
        #expect(day.map(\.lesson?.id) == [planned.id])
        #expect(day.first?.timetableEntryID == timetable.mondayMath.id)
        let opened = try substitute.openLesson(timetableEntryID: timetable.mondayMath.id, on: monday)
        #expect(opened.id == planned.id)
        try substitute.changeLesson(opened.id, .topic("Деление с остатком"))
        try substitute.addMark(lessonID: opened.id, studentID: school.students[0].id, value: "5")
        try substitute.setAttendance(lessonID: opened.id, studentID: school.students[1].id, code: "Н")
        // And the math teacher's day shows the lesson with its substitute
        let teachersDay = try school.admin.lessons(forTeacher: school.mathTeacher.id, on: monday)
        #expect(teachersDay.first?.substituteID == school.substituteTeacher.id)
        #expect(try Verifier.verify(school.journal.database).passed)
    }

    @Test func substitutionOfARecordedLessonThroughTheTimetable() throws {
        // Given Monday's math lesson opened by its teacher / When the deputy assigns a substitute through the timetable
        let school = try SchoolFixture()
        let timetable = try SchoolTimetable(school)
        let opened = try school.teacher(school.mathTeacher).openLesson(timetableEntryID: timetable.mondayMath.id, on: monday)
        let before = try school.logCount()
        let changed = try school.admin.assignSubstitute(timetableEntryID: timetable.mondayMath.id, on: monday,
                                                          substituteID: school.substituteTeacher.id)
        // Then the same lesson gets the substitute, one logged change
        #expect(changed.id == opened.id)
        #expect(changed.substituteID == school.substituteTeacher.id)
        #expect(try school.logCount() == before + 1)
    }

    @Test func substitutionsAreTheDeputysAndNeedAnotherMemberOfStaff() throws {
        let school = try SchoolFixture()
        let timetable = try SchoolTimetable(school)
        let entry = timetable.mondayMath.id
        let before = try school.logCount()
        #expect(throws: Refusal.onlyAdministratorOrDeputy) {
            try school.teacher(school.mathTeacher).assignSubstitute(timetableEntryID: entry, on: monday, substituteID: school.substituteTeacher.id)
        }
        #expect(throws: Refusal.invalidValue(LocalizedText(ru: "Учитель не может заменять собственный урок.", en: "A teacher cannot substitute for their own lesson."))) {
            try school.actor([.deputy]).assignSubstitute(timetableEntryID: entry, on: monday, substituteID: school.mathTeacher.id)
        }
        #expect(throws: Refusal.invalidValue(LocalizedText(ru: "Заменять урок может только сотрудник школы.", en: "Only a member of staff can substitute."))) {
            try school.actor([.deputy]).assignSubstitute(timetableEntryID: entry, on: monday, substituteID: school.parent.id)
        }
        #expect(throws: Refusal.notInTimetable(date: monday.adding(days: 1))) {
            try school.actor([.deputy]).assignSubstitute(timetableEntryID: entry, on: monday.adding(days: 1), substituteID: school.substituteTeacher.id)
        }
        #expect(try school.logCount() == before)
    }

    @Test func classLessonsOverAWeek() throws {
        // Given the timetable and the recorded Friday lessons
        let school = try SchoolFixture()
        let timetable = try SchoolTimetable(school)

        // When 5А's lessons of the week 16–22 November are listed
        let week = try school.admin.lessons(classID: school.class5A.id, from: SchoolDate("2026-11-16")!, to: SchoolDate("2026-11-22")!)

        // Then Monday's four timetable lessons are expected and Friday's three are recorded
        let mondayLessons = week.filter { $0.date == SchoolDate("2026-11-16")! }
        #expect(mondayLessons.map(\.slot) == [2, 3, 3, 4])
        #expect(mondayLessons.allSatisfy { !$0.isRecorded })
        #expect(Set(mondayLessons.compactMap(\.timetableEntryID))
                == [timetable.mondayMath.id, timetable.mondayRussian.id, timetable.mondayEnglish1.id, timetable.mondayEnglish2.id])
        let fridayLessons = week.filter { $0.date == SchoolFixture.lessonDay }
        #expect(fridayLessons.map(\.lesson?.id) == [school.mathLesson.id, school.englishLesson1.id, school.peLesson.id])
        #expect(week.count == 7)
        #expect(week.map(\.date) == week.map(\.date).sorted())
    }
}
