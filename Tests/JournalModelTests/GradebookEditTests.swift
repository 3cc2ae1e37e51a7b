import Testing
import JournalTestSupport
@testable import JournalModel

/// `Journal.save` and `Gradebook.apply`: a gradebook with the saved edits applied is the
/// gradebook a fresh load shows, and the log positions tell whether anyone else wrote meanwhile.
@Suite("Gradebook edits applied without reloading")
struct GradebookEditTests {
    func load(_ school: SchoolFixture) throws -> Gradebook {
        try school.admin.gradebook(classID: school.class5A.id, subjectID: school.math.id, periodID: school.quarter2.id)
    }

    /// Every cell of the gradebook as text, to compare two gradebooks.
    func cells(_ gradebook: Gradebook) -> [String] {
        gradebook.students.flatMap { student in
            gradebook.lessons.map { lesson in
                let code = gradebook.attendance(lessonID: lesson.id, studentID: student.id)?.code ?? ""
                return "\(code) \(gradebook.marks(lessonID: lesson.id, studentID: student.id).map(\.value))"
            } + [gradebook.periodMarks[student.id]?.value ?? "-"]
        }
    }

    @Test func eachEditAppliedEqualsAFreshLoad() throws {
        // Given a loaded gradebook and its log position
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        var gradebook = try load(school)
        var position = try school.admin.logPosition()
        let lesson = school.mathLesson.id, first = school.students[0].id, second = school.students[1].id
        let edits: [GradebookEdit] = [
            .addMark(lessonID: lesson, studentID: first, value: "5", expecting: []),
            .addMark(lessonID: lesson, studentID: first, value: "4", expecting: ["5"]),
            .setAttendance(lessonID: lesson, studentID: second, code: "Н", expecting: nil),
            .setAttendance(lessonID: lesson, studentID: second, code: "П", expecting: "Н"),
            .setFinalMark(studentID: first, subjectID: school.math.id, periodID: school.quarter2.id, kind: .period, value: "5", expecting: nil),
        ]
        // When each edit is saved and applied
        for edit in edits {
            let saved = try teacher.save(edit)
            // Then each follows the last, moves the log by its own entries, and leaves what a load shows
            #expect(saved.follows(position) && saved.logAfter == saved.logBefore + 1)
            #expect(saved.logAfter == (try school.admin.logPosition()))
            gradebook.apply(saved.cell)
            position = saved.logAfter
            #expect(cells(gradebook) == cells(try load(school)))
        }
        let withdrawals: [GradebookEdit] = [
            .removeMark(gradebook.marks(lessonID: lesson, studentID: first).last!),
            .setAttendance(lessonID: lesson, studentID: second, code: nil, expecting: "П"),
            .setFinalMark(studentID: first, subjectID: school.math.id, periodID: school.quarter2.id, kind: .period, value: nil, expecting: "5"),
        ]
        for edit in withdrawals {
            let saved = try teacher.save(edit)
            gradebook.apply(saved.cell)
            #expect(cells(gradebook) == cells(try load(school)))
        }
        #expect(gradebook.marks(lessonID: lesson, studentID: first).map(\.value) == ["5"])
    }

    @Test func anAddedMarkTakesItsPlaceInIdOrder() throws {
        // Given a cell holding a saved mark
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let lesson = school.mathLesson.id, student = school.students[0].id
        var gradebook = try load(school)
        gradebook.apply(try teacher.save(.addMark(lessonID: lesson, studentID: student, value: "5", expecting: [])).cell)
        let saved = gradebook.marks(lessonID: lesson, studentID: student)[0]
        // When marks whose ids sort before and after it are applied (ids made in one millisecond are random in their tail)
        let earlier = Mark(id: "00000000-0000-7000-8000-000000000000", lessonID: lesson, studentID: student, value: "3", workKind: saved.workKind, weight: 1)
        let later = Mark(id: "ffffffff-ffff-7fff-bfff-ffffffffffff", lessonID: lesson, studentID: student, value: "4", workKind: saved.workKind, weight: 1)
        gradebook.apply(.markAdded(later))
        gradebook.apply(.markAdded(earlier))
        // Then the cell lists them in id order, the order a load reads and a stale check compares
        #expect(gradebook.marks(lessonID: lesson, studentID: student).map(\.value) == ["3", "5", "4"])
    }

    @Test func anotherSessionsWriteMeanwhileIsNoticed() throws {
        // Given a gradebook loaded, then another session's mark
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let position = try school.admin.logPosition()
        try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[1].id, value: "3")
        // When this session saves a mark of another cell
        let saved = try teacher.save(.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "5",
                                                     expecting: []))
        // Then the save does not follow the load: the screen must load again
        #expect(!saved.follows(position))
        #expect(saved.logBefore == position + 1)
    }

    @Test func aStaleEditIsRefusedAndWritesNothing() throws {
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "2")
        let before = try school.logCount()
        #expect(throws: Refusal.staleValue(current: "2")) {
            try teacher.save(.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "5",
                                             expecting: []))
        }
        #expect(try school.logCount() == before)
    }

    @Test func editsKeepTheLogChainAndTheReplicaID() throws {
        // Given a school and its replica id as stored
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let stored = try school.journal.database.pool.read { db in try Meta.value(db, key: Meta.replicaKey) }
        // When several edits are saved, each in its own transaction
        for (index, student) in school.students.prefix(3).enumerated() {
            _ = try teacher.save(.addMark(lessonID: school.mathLesson.id, studentID: student.id, value: "\(5 - index)",
                                                 expecting: []))
        }
        // Then their entries carry the stored replica id, and the hash chain verifies
        let replicas = try school.journal.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT replica_id FROM operation_log ORDER BY seq DESC LIMIT 3")
        }
        #expect(stored != nil && replicas == Array(repeating: stored!, count: 3))
        #expect(try Verifier.verify(school.journal.database).passed)
    }

    @Test func aWithdrawnLessonClassOrSubjectIsStillRefusedByName() throws {
        // Given the lesson's row, then its class's, then its subject's withdrawn (bypassing the model)
        let cases: [(table: String, id: (SchoolFixture) -> String, message: String)] = [
            ("lesson", { $0.mathLesson.id }, "Урок не найден."),
            ("school_class", { $0.class5A.id }, "Класс не найден."),
            ("subject", { $0.math.id }, "Предмет не найден."),
        ]
        for (table, id, message) in cases {
            let school = try SchoolFixture()
            try school.journal.database.pool.write { db in
                try db.execute(sql: "UPDATE \(table) SET state = 'deleted' WHERE id = ?", arguments: [id(school)])
            }
            // When a mark is saved at the lesson
            // Then it is refused, saying which record is missing
            #expect(throws: Refusal.notFound(LocalizedText(ru: message, en: Self.english[message]!))) {
                try school.teacher(school.mathTeacher).save(.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "5",
                                                 expecting: []))
            }
        }
    }

    static let english = ["Урок не найден.": "Lesson not found.", "Класс не найден.": "Class not found.", "Предмет не найден.": "Subject not found."]
}
