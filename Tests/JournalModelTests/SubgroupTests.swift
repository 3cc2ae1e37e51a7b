import Foundation
import JournalTestSupport
import GRDB
import Testing
@testable import JournalModel

/// DOMAIN §3.6: each subgroup's teacher keeps that group's records only; students move between
/// groups only from the first day of a reporting period, and the old membership is kept.
@Suite struct SubgroupTests {
    /// A group-2 English lesson on the lesson day, created by the group-2 teacher.
    private func groupTwoLesson(_ school: SchoolFixture) throws -> Lesson {
        try school.teacher(school.englishTeacher2).createLesson(classID: school.class5A.id, subjectID: school.english.id, subgroupID: school.englishGroup2.id,
                                        on: SchoolFixture.lessonDay, slot: 3)
    }

    private func memberships(_ school: SchoolFixture, of student: Person) throws -> [SubgroupMembership] {
        try school.journal.database.pool.read { db in
            try SubgroupMembership.filter(Column("student_id") == student.id).order(Column("starts_on")).fetchAll(db)
        }
    }

    @Test func groupTeacherMarksOwnGroupOnly() throws {
        // Given the group-1 English lesson and its teacher
        let school = try SchoolFixture()
        let teacher = school.teacher(school.englishTeacher1)

        // When the teacher marks both group-1 students
        for student in school.students[0...1] {
            try teacher.addMark(lessonID: school.englishLesson1.id, studentID: student.id, value: "5")
        }
        try teacher.setAttendance(lessonID: school.englishLesson1.id, studentID: school.students[1].id, code: "Н")

        // Then a group-2 student cannot be marked or recorded absent there
        let before = try school.logCount()
        #expect(throws: Refusal.studentNotInLesson) {
            try teacher.addMark(lessonID: school.englishLesson1.id, studentID: school.students[2].id, value: "5")
        }
        #expect(throws: Refusal.studentNotInLesson) {
            try teacher.setAttendance(lessonID: school.englishLesson1.id, studentID: school.students[2].id, code: "Н")
        }
        #expect(throws: Refusal.studentNotInLesson) {
            try teacher.addMark(lessonID: school.englishLesson1.id, studentID: school.firstGrader.id, value: "5")
        }
        #expect(try school.logCount() == before)
    }

    @Test func groupTeacherCannotTouchTheOtherGroupsLesson() throws {
        // Given a group-2 lesson
        let school = try SchoolFixture()
        let lesson = try groupTwoLesson(school)
        let teacher1 = school.teacher(school.englishTeacher1)
        let before = try school.logCount()

        // When the group-1 teacher tries to keep its record / Then it is not in their workload
        #expect(throws: Refusal.notInWorkload) {
            try teacher1.addMark(lessonID: lesson.id, studentID: school.students[2].id, value: "4")
        }
        #expect(throws: Refusal.notInWorkload) {
            try teacher1.setAttendance(lessonID: lesson.id, studentID: school.students[2].id, code: "Н")
        }
        #expect(throws: Refusal.notInWorkload) {
            try teacher1.changeLesson(lesson.id, .topic("Past Simple"))
        }
        #expect(throws: Refusal.notInWorkload) {
            try teacher1.createLesson(classID: school.class5A.id, subjectID: school.english.id, subgroupID: school.englishGroup2.id,
                                            on: SchoolFixture.lessonDay, slot: 5)
        }
        #expect(try school.logCount() == before)

        // And the group-2 teacher can, for the group-2 student only
        let teacher2 = school.teacher(school.englishTeacher2)
        try teacher2.addMark(lessonID: lesson.id, studentID: school.students[2].id, value: "4")
        #expect(throws: Refusal.studentNotInLesson) {
            try teacher2.addMark(lessonID: lesson.id, studentID: school.students[0].id, value: "4")
        }
        #expect(throws: Refusal.notInWorkload) {
            try teacher2.addMark(lessonID: school.englishLesson1.id, studentID: school.students[0].id, value: "4")
        }
    }

    @Test func groupTeacherSetsPeriodMarksForOwnGroupOnly() throws {
        let school = try SchoolFixture()
        let teacher1 = school.teacher(school.englishTeacher1)
        try teacher1.setFinalMark(studentID: school.students[0].id, subjectID: school.english.id, periodID: school.quarter2.id,
                                        value: "5")
        #expect(throws: Refusal.notInWorkload) {
            try teacher1.setFinalMark(studentID: school.students[2].id, subjectID: school.english.id,
                                            periodID: school.quarter2.id, value: "5")
        }
    }

    @Test func movingMidPeriodIsRefused() throws {
        // Given student 0 in group 1 since 2026-09-01
        let school = try SchoolFixture()
        let before = try school.logCount()

        // When the administrator moves them to group 2 in the middle of quarter 2
        var refusal: Refusal?
        do {
            try school.admin.assignToSubgroup(studentID: school.students[0].id, subgroupID: school.englishGroup2.id,
                                                from: SchoolDate("2026-11-20")!)
        } catch {
            refusal = error
        }

        // Then it is refused and the membership is unchanged
        guard case let .invalidValue(text) = refusal else {
            Issue.record("expected invalidValue, got \(String(describing: refusal))")
            return
        }
        #expect(text.russian.contains("с начала"))
        #expect(try school.logCount() == before)
        let history = try memberships(school, of: school.students[0])
        #expect(history.count == 1)
        #expect(history.first?.endsOn == nil)
        #expect(history.first?.subgroupID == school.englishGroup1.id)
    }

    @Test func movingFromTheLastDayOfAPeriodIsRefused() throws {
        let school = try SchoolFixture()
        #expect(throws: Refusal.invalidValue(LocalizedText(ru: "Перевести обучающегося в другую группу можно только с начала учебного периода.", en: "A student can move to another group only from the first day of a reporting period."))) {
            try school.admin.assignToSubgroup(studentID: school.students[0].id, subgroupID: school.englishGroup2.id,
                                                from: SchoolDate("2026-12-28")!)
        }
    }

    @Test func movingFromTheFirstDayOfAPeriodKeepsHistory() throws {
        // Given student 0 in group 1
        let school = try SchoolFixture()
        let q3Start = SchoolDate("2027-01-09")!

        // When the administrator moves them to group 2 from the first day of quarter 3
        try school.admin.assignToSubgroup(studentID: school.students[0].id, subgroupID: school.englishGroup2.id,
                                            from: q3Start)

        // Then the old membership ends the day before and the new one starts that day
        let history = try memberships(school, of: school.students[0])
        #expect(history.count == 2)
        #expect(history.first?.subgroupID == school.englishGroup1.id)
        #expect(history.first?.startsOn == SchoolDate("2026-09-01"))
        #expect(history.first?.endsOn == SchoolDate("2027-01-08"))
        #expect(history.first?.state == .active)
        #expect(history.last?.subgroupID == school.englishGroup2.id)
        #expect(history.last?.startsOn == q3Start)
        #expect(history.last?.endsOn == nil)

        // And Q2 lessons of group 1 still count the student, Q3 lessons of group 2 do
        let teacher1 = school.teacher(school.englishTeacher1)
        try teacher1.addMark(lessonID: school.englishLesson1.id, studentID: school.students[0].id, value: "4")
        let q3Lesson = try school.teacher(school.englishTeacher2).createLesson(classID: school.class5A.id, subjectID: school.english.id,
                                                       subgroupID: school.englishGroup2.id, on: SchoolDate("2027-01-11")!, slot: 2)
        school.clock.set(SchoolDate("2027-01-11")!)
        try school.teacher(school.englishTeacher2).addMark(lessonID: q3Lesson.id, studentID: school.students[0].id, value: "5")
    }

    @Test func onlyTheAdministratorMovesStudents() throws {
        let school = try SchoolFixture()
        #expect(throws: Refusal.onlyAdministrator) {
            try school.teacher(school.englishTeacher1).assignToSubgroup(studentID: school.students[0].id, subgroupID: school.englishGroup2.id,
                                                from: SchoolDate("2027-01-09")!)
        }
    }
}

@Suite struct SubgroupMoveDateTests {
    @Test func aMoveCannotBeBackDatedToThePeriodAlreadyRunning() throws {
        // Given today (2026-11-23) inside quarter 2, which began on 2026-11-05
        let school = try SchoolFixture()
        let before = try school.logCount()

        // When the administrator moves a student from the start of the running quarter
        #expect(throws: Refusal.invalidValue(LocalizedText(ru: "Перевод в другую группу оформляется заранее, с начала следующего учебного периода.", en: "A move to another group is made in advance, from the start of the next reporting period."))) {
            try school.admin.assignToSubgroup(studentID: school.students[0].id, subgroupID: school.englishGroup2.id,
                                                from: school.quarter2.startsOn)
        }

        // Then nothing changes: marks already given in group 1 stay editable by its teacher
        #expect(try school.logCount() == before)
        try school.teacher(school.englishTeacher1).addMark(lessonID: school.englishLesson1.id, studentID: school.students[0].id, value: "4")
    }
}
