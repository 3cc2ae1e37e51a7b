import Foundation
import GRDB
import Testing
@testable import JournalModel

/// DOMAIN §2: a substitute keeps the record, marks and attendance of the one lesson they hold,
/// and nothing else of the class; the substitution is recorded on the lesson.
@Suite struct SubstitutionTests {
    @discardableResult
    private func substitute(_ school: TestSchool) throws -> Lesson {
        try school.journal.assignSubstitute(lessonID: school.mathLesson.id, substituteID: school.substituteTeacher.id,
                                            as: school.actor([.deputy]))
    }

    private func storedLesson(_ school: TestSchool, _ id: String) throws -> Lesson? {
        try school.journal.database.pool.read { db in try Lesson.fetchOne(db, key: id) }
    }

    @Test func theLessonShowsItsSubstitute() throws {
        // Given the math lesson / When the deputy assigns the substitute
        let school = try TestSchool()
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
        let school = try TestSchool()
        try substitute(school)
        let teacher = school.teacher(school.substituteTeacher)

        // When they keep its record
        let mark = try school.journal.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "4", as: teacher)
        try school.journal.changeMark(markID: mark.id, to: "5", as: teacher)
        let absence = try school.journal.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[1].id,
                                                       code: "Н", as: teacher)
        let lesson = try school.journal.changeLesson(school.mathLesson.id, .topic("Сравнение дробей"), as: teacher)
        try school.journal.changeLesson(school.mathLesson.id, .homework("№ 212, 214"), as: teacher)

        // Then all of it is stored under their account
        #expect(absence?.code == "Н")
        #expect(lesson.topic == "Сравнение дробей")
        let actors = try school.journal.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT actor_id FROM operation_log WHERE target_id IN (?, ?, ?)",
                                arguments: [mark.id, absence?.id, school.mathLesson.id])
        }
        #expect(actors.contains(teacher.id))
    }

    @Test func substituteGetsNothingElseOfTheClass() throws {
        // Given the substitute assigned to the 2026-11-20 math lesson only
        let school = try TestSchool()
        try substitute(school)
        let teacher = school.teacher(school.substituteTeacher)
        let journal = school.journal
        let before = try school.logCount()

        // When they touch another lesson of the class or its period marks
        // Then it is not in their workload
        for lessonID in [school.mathLessonQ1.id, school.peLesson.id, school.englishLesson1.id] {
            #expect(throws: Refusal.notInWorkload) {
                try journal.addMark(lessonID: lessonID, studentID: school.students[0].id, value: "5", as: teacher)
            }
            #expect(throws: Refusal.notInWorkload) {
                try journal.setAttendance(lessonID: lessonID, studentID: school.students[0].id, code: "Н", as: teacher)
            }
            #expect(throws: Refusal.notInWorkload) { try journal.changeLesson(lessonID, .topic("—"), as: teacher) }
        }
        #expect(throws: Refusal.notInWorkload) {
            try journal.setFinalMark(studentID: school.students[0].id, subjectID: school.math.id, periodID: school.quarter2.id,
                                     value: "5", as: teacher)
        }
        #expect(throws: Refusal.notInWorkload) {
            try journal.createLesson(classID: school.class5A.id, subjectID: school.math.id, on: TestSchool.lessonDay, slot: 6,
                                     as: teacher)
        }
        #expect(throws: Refusal.onlyAdministratorOrDeputy) {
            try journal.assignSubstitute(lessonID: school.mathLessonQ1.id, substituteID: school.substituteTeacher.id, as: teacher)
        }
        #expect(try school.logCount() == before)
    }

    @Test func anotherMathLessonTheyDoNotSubstituteIsRefused() throws {
        // Given a second math lesson on the same day, held by the math teacher
        let school = try TestSchool()
        try substitute(school)
        let other = try school.journal.createLesson(classID: school.class5A.id, subjectID: school.math.id, on: TestSchool.lessonDay,
                                                    slot: 5, as: school.teacher(school.mathTeacher))

        // When the substitute marks there / Then refused
        #expect(throws: Refusal.notInWorkload) {
            try school.journal.addMark(lessonID: other.id, studentID: school.students[0].id, value: "5",
                                       as: school.teacher(school.substituteTeacher))
        }
    }

    @Test func removingTheSubstitutionRemovesTheRight() throws {
        // Given a substitution that the deputy then removes
        let school = try TestSchool()
        try substitute(school)
        let teacher = school.teacher(school.substituteTeacher)
        try school.journal.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "4", as: teacher)
        let lesson = try school.journal.assignSubstitute(lessonID: school.mathLesson.id, substituteID: nil, as: school.actor([.deputy]))

        // Then the lesson has no substitute and the former substitute is refused
        #expect(lesson.substituteID == nil)
        #expect(try storedLesson(school, school.mathLesson.id)?.substituteID == nil)
        #expect(throws: Refusal.notInWorkload) {
            try school.journal.addMark(lessonID: school.mathLesson.id, studentID: school.students[1].id, value: "4", as: teacher)
        }
        #expect(throws: Refusal.notInWorkload) {
            try school.journal.changeLesson(school.mathLesson.id, .topic("Дроби"), as: teacher)
        }
        // And the regular teacher keeps the lesson throughout
        try school.journal.addMark(lessonID: school.mathLesson.id, studentID: school.students[1].id, value: "4",
                                   as: school.teacher(school.mathTeacher))
    }

    @Test func onlyStaffCanSubstitute() throws {
        let school = try TestSchool()
        #expect(throws: Refusal.self) {
            try school.journal.assignSubstitute(lessonID: school.mathLesson.id, substituteID: school.parent.id, as: school.actor([.deputy]))
        }
        #expect(try storedLesson(school, school.mathLesson.id)?.substituteID == nil)
    }
}
