import Foundation
import JournalTestSupport
import GRDB
import Testing
@testable import JournalModel

/// DOMAIN §3.4: grade 1 is taught without marks and without homework; attendance, movement and
/// lesson topics are still kept.
@Suite struct NoMarksClassTests {
    private static let refused = Refusal.noMarksClass(classTitle: "1А")

    @Test func gradeOneIsCreatedWithoutMarks() throws {
        let school = try SchoolFixture()
        #expect(school.class1A.noMarks)
        #expect(school.class1A.title == "1А")
        #expect(!school.class5A.noMarks)
    }

    @Test func marksHomeworkAndPeriodMarksAreRefused() throws {
        // Given the first-grade lesson and its teacher
        let school = try SchoolFixture()
        let teacher = school.teacher(school.primaryTeacher)
        let before = try school.logCount()

        // When the teacher tries to give a mark, set homework or a period mark
        // Then each is refused naming the class, and nothing is written
        #expect(throws: Self.refused) {
            try teacher.addMark(lessonID: school.firstGradeLesson.id, studentID: school.firstGrader.id, value: "5")
        }
        #expect(throws: Self.refused) {
            try teacher.changeLesson(school.firstGradeLesson.id, .homework("Прописи, с. 12"))
        }
        for (period, kind) in [(school.quarter2!, FinalMarkKind.period), (school.yearPeriod!, .year)] {
            #expect(throws: Self.refused) {
                try teacher.setFinalMark(studentID: school.firstGrader.id, subjectID: school.russian.id, periodID: period.id,
                                                kind: kind, value: "5")
            }
        }
        // Not even "not assessed" or an empty homework
        #expect(throws: Self.refused) {
            try teacher.setFinalMark(studentID: school.firstGrader.id, subjectID: school.russian.id,
                                            periodID: school.quarter2.id, value: "н/а")
        }
        #expect(throws: Self.refused) {
            try teacher.changeLesson(school.firstGradeLesson.id, .homework(""))
        }
        #expect(try school.logCount() == before)
        let lesson = try school.journal.database.pool.read { db in try Lesson.fetchOne(db, key: school.firstGradeLesson.id) }
        #expect(lesson?.homework == "")
    }

    @Test func attendanceAndTopicsAreKept() throws {
        // Given the first-grade lesson
        let school = try SchoolFixture()
        let teacher = school.teacher(school.primaryTeacher)

        // When the teacher records an absence and the topic
        let absence = try teacher.setAttendance(lessonID: school.firstGradeLesson.id, studentID: school.firstGrader.id,
                                                       code: "Б")
        let lesson = try teacher.changeLesson(school.firstGradeLesson.id, .topic("Звуки и буквы"))

        // Then both are stored
        #expect(absence?.code == "Б")
        #expect(lesson.topic == "Звуки и буквы")
        let stored = try school.journal.database.pool.read { db in try Lesson.fetchOne(db, key: school.firstGradeLesson.id) }
        #expect(stored?.topic == "Звуки и буквы")
    }

    @Test func aClassCreatedWithoutMarksInAnotherGradeIsRefusedToo() throws {
        // Given a grade 2 class the administrator marks "без отметок", with a lesson
        let school = try SchoolFixture()
        let class2B = try school.admin.createClass(yearID: school.year.id, grade: 2, letter: "Б", noMarks: true)
        let pupil = try school.admin.enrollStudent(Person(id: "", kind: .student, lastName: "Зайцев", firstName: "Иван"),
                                                     classID: class2B.id, on: SchoolDate("2026-09-01")!)
        try school.admin.addWorkload(teacherID: school.primaryTeacher.id, subjectID: school.math.id, classID: class2B.id,
                                       hoursPerWeek: 4)
        let teacher = school.teacher(school.primaryTeacher)
        let lesson = try teacher.createLesson(classID: class2B.id, subjectID: school.math.id, on: SchoolFixture.lessonDay,
                                                     slot: 1)

        // When the teacher gives a mark / Then it is refused naming 2Б
        #expect(throws: Refusal.noMarksClass(classTitle: "2Б")) {
            try teacher.addMark(lessonID: lesson.id, studentID: pupil.id, value: "5")
        }
    }

    @Test func gradeOneMayBeTaughtWithMarksWhenTheSchoolSaysSo() throws {
        let school = try SchoolFixture()
        let class1B = try school.admin.createClass(yearID: school.year.id, grade: 1, letter: "Б", noMarks: false)
        #expect(!class1B.noMarks)
    }
}
