import Foundation
import JournalTestSupport
import GRDB
import Testing
@testable import JournalModel

/// DOMAIN §2: a substitute keeps the record, marks and attendance of the one lesson they hold,
/// and nothing else of the class; the substitution is recorded on the lesson.
@Suite struct SubstitutionTests {
    @discardableResult
    private func substitute(_ school: SchoolFixture) throws -> Lesson {
        try school.actor([.deputy]).assignSubstitute(lessonID: school.mathLesson.id, substituteID: school.substituteTeacher.id)
    }

    private func storedLesson(_ school: SchoolFixture, _ id: String) throws -> Lesson? {
        try school.journal.database.pool.read { db in try Lesson.fetchOne(db, key: id) }
    }

    @Test func theLessonShowsItsSubstitute() throws {
        // Given the math lesson / When the deputy assigns the substitute
        let school = try SchoolFixture()
        let before = try school.logCount()
        let lesson = try substitute(school)

        // Then the lesson names them, in the database too, and the change is logged
        #expect(lesson.substituteID == school.substituteTeacher.id)
        #expect(try storedLesson(school, school.mathLesson.id)?.substituteID == school.substituteTeacher.id)
        #expect(try storedLesson(school, school.mathLesson.id)?.teacherID == school.mathTeacher.id)
        #expect(try school.logCount() == before + 1)
    }

    @Test func substituteKeepsTheSubstitutedLesson() throws {
        // Given the substitute assigned to the math lesson
        let school = try SchoolFixture()
        try substitute(school)
        let teacher = school.teacher(school.substituteTeacher)

        // When they keep its record
        let mark = try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "4")
        try teacher.changeMark(markID: mark.id, to: "5")
        let absence = try teacher.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[1].id,
                                                       code: "Н")
        let lesson = try teacher.changeLesson(school.mathLesson.id, .topic("Сравнение дробей"))
        try teacher.changeLesson(school.mathLesson.id, .homework("№ 212, 214"))

        // Then all of it is stored under their account
        #expect(absence?.code == "Н")
        #expect(lesson.topic == "Сравнение дробей")
        let actors = try school.journal.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT actor_id FROM operation_log WHERE target_id IN (?, ?, ?)",
                                arguments: [mark.id, absence?.id, school.mathLesson.id])
        }
        #expect(actors.contains(teacher.accountID))
    }

    @Test func substituteGetsNothingElseOfTheClass() throws {
        // Given the substitute assigned to the 2026-11-20 math lesson only
        let school = try SchoolFixture()
        try substitute(school)
        let teacher = school.teacher(school.substituteTeacher)
        let journal = school.journal
        let before = try school.logCount()

        // When they touch another lesson of the class or its period marks
        // Then it is not in their workload
        for lessonID in [school.mathLessonQ1.id, school.peLesson.id, school.englishLesson1.id] {
            #expect(throws: Refusal.notInWorkload) {
                try teacher.addMark(lessonID: lessonID, studentID: school.students[0].id, value: "5")
            }
            #expect(throws: Refusal.notInWorkload) {
                try teacher.setAttendance(lessonID: lessonID, studentID: school.students[0].id, code: "Н")
            }
            #expect(throws: Refusal.notInWorkload) { try teacher.changeLesson(lessonID, .topic("—")) }
        }
        #expect(throws: Refusal.notInWorkload) {
            try teacher.setFinalMark(studentID: school.students[0].id, subjectID: school.math.id, periodID: school.quarter2.id,
                                     value: "5")
        }
        #expect(throws: Refusal.notInWorkload) {
            try teacher.createLesson(classID: school.class5A.id, subjectID: school.math.id, on: SchoolFixture.lessonDay, slot: 6)
        }
        #expect(throws: Refusal.onlyAdministratorOrDeputy) {
            try teacher.assignSubstitute(lessonID: school.mathLessonQ1.id, substituteID: school.substituteTeacher.id)
        }
        #expect(try school.logCount() == before)
    }

    @Test func anotherMathLessonTheyDoNotSubstituteIsRefused() throws {
        // Given a second math lesson on the same day, held by the math teacher
        let school = try SchoolFixture()
        try substitute(school)
        let other = try school.teacher(school.mathTeacher).createLesson(classID: school.class5A.id, subjectID: school.math.id, on: SchoolFixture.lessonDay,
                                                    slot: 5)

        // When the substitute marks there / Then refused
        #expect(throws: Refusal.notInWorkload) {
            try school.teacher(school.substituteTeacher).addMark(lessonID: other.id, studentID: school.students[0].id, value: "5")
        }
    }

    @Test func removingTheSubstitutionRemovesTheRight() throws {
        // Given a substitution that the deputy then removes
        let school = try SchoolFixture()
        try substitute(school)
        let teacher = school.teacher(school.substituteTeacher)
        try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "4")
        let lesson = try school.actor([.deputy]).assignSubstitute(lessonID: school.mathLesson.id, substituteID: nil)

        // Then the lesson has no substitute and the former substitute is refused
        #expect(lesson.substituteID == nil)
        #expect(try storedLesson(school, school.mathLesson.id)?.substituteID == nil)
        #expect(throws: Refusal.notInWorkload) {
            try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[1].id, value: "4")
        }
        #expect(throws: Refusal.notInWorkload) {
            try teacher.changeLesson(school.mathLesson.id, .topic("Дроби"))
        }
        // And the regular teacher keeps the lesson throughout
        try school.teacher(school.mathTeacher).addMark(lessonID: school.mathLesson.id, studentID: school.students[1].id, value: "4")
    }

    @Test func onlyStaffCanSubstitute() throws {
        let school = try SchoolFixture()
        #expect(throws: Refusal.invalidValue(LocalizedText(ru: "Заменять урок может только сотрудник школы.", en: "Only a member of staff can substitute."))) {
            try school.actor([.deputy]).assignSubstitute(lessonID: school.mathLesson.id, substituteID: school.parent.id)
        }
        #expect(try storedLesson(school, school.mathLesson.id)?.substituteID == nil)
    }
}
