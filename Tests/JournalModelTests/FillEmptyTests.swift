import Foundation
import JournalTestSupport
import Testing
@testable import JournalModel

/// F8 "fill empty": one model operation, one transaction, over the cells empty at commit time.
@Suite struct FillEmptyTests {
    private func marks(_ school: SchoolFixture) throws -> [String: [String]] {
        let gradebook = try school.admin.gradebook(classID: school.class5A.id, subjectID: school.math.id, periodID: school.quarter2.id)
        return Dictionary(uniqueKeysWithValues: school.students.map { student in
            (student.lastName, gradebook.marks(lessonID: school.mathLesson.id, studentID: student.id).map(\.value))
        })
    }

    @Test func onlyTheCellsEmptyWhenItCommitsAreFilled() throws {
        // Given a mark and an absence in the lesson, and another mark given in another session
        // after the teacher's screen was drawn
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "3")
        try teacher.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[1].id, code: "Н")
        let drawnAt = try teacher.logPosition()
        try school.teacher(school.mathTeacher).addMark(lessonID: school.mathLesson.id, studentID: school.students[2].id, value: "4")
        let before = try school.logCount()

        // When the teacher fills the empty cells with 5
        let saved = try teacher.save(.fillEmpty(lessonID: school.mathLesson.id, value: "5"))

        // Then nobody got a second mark, the absent student got none, and one operation wrote nothing else
        #expect(try marks(school) == ["Алексеев": ["3"], "Белова": [], "Ёлкин": ["4"]])
        guard case let .marksFilled(filled) = saved.cell else { Issue.record("not a fill"); return }
        #expect(filled.isEmpty)
        #expect(try school.logCount() == before)
        #expect(!saved.follows(drawnAt), "the screen must reload: another session wrote meanwhile")
    }

    @Test func theEmptyCellsGetTheMarkWithTheLessonsKindAndWeight() throws {
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        try teacher.changeLesson(school.mathLesson.id, .workKind(WorkKind.test))
        try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "3")
        let before = try school.logCount()
        let saved = try teacher.save(.fillEmpty(lessonID: school.mathLesson.id, value: "5"))
        guard case let .marksFilled(filled) = saved.cell else { Issue.record("not a fill"); return }
        #expect(filled.map(\.studentID).sorted() == [school.students[1].id, school.students[2].id].sorted())
        #expect(filled.allSatisfy { $0.workKind == WorkKind.test && $0.weight == 2 && $0.value == "5" })
        #expect(try school.logCount() == before + 2)
        #expect(try marks(school) == ["Алексеев": ["3"], "Белова": ["5"], "Ёлкин": ["5"]])
    }

    @Test func aRefusedFillWritesNothing() throws {
        let school = try SchoolFixture()
        let before = try school.logCount()
        #expect(throws: Refusal.invalidMark(value: "7", scale: .five)) {
            try school.teacher(school.mathTeacher).save(.fillEmpty(lessonID: school.mathLesson.id, value: "7"))
        }
        #expect(throws: Refusal.notInWorkload) {
            try school.teacher(school.englishTeacher1).save(.fillEmpty(lessonID: school.mathLesson.id, value: "5"))
        }
        try school.admin.closePeriod(school.quarter2.id)
        let closed = try school.logCount()
        #expect(throws: Refusal.periodClosed(name: "2 четверть")) {
            try school.teacher(school.mathTeacher).save(.fillEmpty(lessonID: school.mathLesson.id, value: "5"))
        }
        #expect(try school.logCount() == closed)
        #expect(closed == before + 1)
        #expect(try marks(school).values.allSatisfy(\.isEmpty))
    }
}
