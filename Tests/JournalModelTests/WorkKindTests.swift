import Foundation
import JournalTestSupport
import Testing
@testable import JournalModel

/// A mark's kind of work: its lesson's unless chosen, and when the lesson's kind changes, the marks
/// that took it follow, each change logged, and the averages with them.
@Suite struct WorkKindTests {
    @Test func changingTheLessonsKindReweightsTheMarksThatTookIt() throws {
        // Given a classwork lesson with a 5 of the lesson's kind and a 3 given as a test (weight 2)
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let student = school.students[0].id
        let plain = try teacher.addMark(lessonID: school.mathLesson.id, studentID: student, value: "5")
        let test = try teacher.addMark(lessonID: school.mathLesson.id, studentID: student, value: "3", workKind: WorkKind.test)
        let average = { () throws -> Double? in
            try teacher.gradebook(classID: school.class5A.id, subjectID: school.math.id, periodID: school.quarter2.id)
                .forecast(for: student).average
        }
        #expect(try average() == 3.67)  // (5×1 + 3×2) / 3
        let before = try school.logCount()

        // When the lesson becomes a dictation (weight 2)
        try teacher.changeLesson(school.mathLesson.id, .workKind(WorkKind.dictation))

        // Then the 5 took the new kind and weight, the test mark kept its own, and the average moved
        let marks = try teacher.gradebook(classID: school.class5A.id, subjectID: school.math.id, periodID: school.quarter2.id)
            .marks(lessonID: school.mathLesson.id, studentID: student)
        #expect(marks.map(\.id) == [plain.id, test.id])
        #expect(marks.map(\.workKind) == [WorkKind.dictation, WorkKind.test])
        #expect(marks.map(\.weight) == [2, 2])
        #expect(try average() == 4.0)  // (5×2 + 3×2) / 4
        // One entry for the lesson, two for the re-weighted mark; verify agrees with the rows
        #expect(try school.logCount() == before + 3)
        let history = try teacher.history(ofCell: school.mathLesson.id, studentID: student)
        #expect(history.filter { $0.kind == .workKind }.map { "\($0.oldValue ?? "")→\($0.newValue ?? "")" }
                == ["\(WorkKind.classwork)→\(WorkKind.dictation)"])
        #expect(history.first?.workKind == WorkKind.classwork)
        #expect(try Verifier.verify(school.journal.database).passed)
    }

    @Test func anUnknownKindIsRefusedAndWritesNothing() throws {
        let school = try SchoolFixture()
        let before = try school.logCount()
        #expect(throws: Refusal.unknownWorkKind("olympiad")) {
            try school.teacher(school.mathTeacher).addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id,
                                                           value: "5", workKind: "olympiad")
        }
        #expect(try school.logCount() == before)
    }

    @Test func aCommentIsLoggedAndStaleOnesAreRefused() throws {
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let mark = try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "5")
        try teacher.save(.commentMark(mark, comment: "  у доски "))
        #expect(throws: Refusal.staleValue(current: "у доски")) { try teacher.save(.commentMark(mark, comment: "дома")) }
        let history = try teacher.history(ofCell: school.mathLesson.id, studentID: school.students[0].id)
        #expect(history.last.map { "\($0.kind) \($0.oldValue ?? "—") \($0.newValue ?? "—")" } == "comment — у доски")
        #expect(throws: Refusal.notInWorkload) { try school.teacher(school.classTeacher).commentMark(markID: mark.id, comment: "x") }
    }
}
