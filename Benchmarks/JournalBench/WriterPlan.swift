import Foundation
import GRDB
@_spi(Testing) import JournalModel

/// What one writing session does: a teacher's account, a lesson held today that the teacher's
/// workload covers, and the students who attend it.
struct WriterAssignment: Sendable {
    let login: String
    let lessonID: String
    let studentIDs: [String]

    /// Command-line arguments of the hidden `writer` mode.
    var arguments: [String] { ["--login", login, "--lesson", lessonID, "--students", studentIDs.joined(separator: ",")] }
}

/// Prepares sessions that may mark: today's lessons with their teachers' accounts. Accounts are
/// created (as set-up, in the copy being measured) for teachers who have none.
enum WriterPlan {

    /// Up to `count` assignments, spread over as many different teachers as today's lessons allow.
    static func make(_ journal: Journal, count: Int) throws -> [WriterAssignment] {
        var lessons = try todaysLessons(journal)
        if lessons.isEmpty {
            try createLessonsToday(journal, count: count)
            lessons = try todaysLessons(journal)
        }
        guard !lessons.isEmpty else { throw BenchFailure("No lesson today can be marked, and none could be created.") }
        // One lesson per teacher first, then the rest: distinct teachers make distinct sessions.
        var seen = Set<String>()
        let firsts = lessons.filter { seen.insert($0.teacherID).inserted }
        let ordered = firsts + lessons.filter { lesson in !firsts.contains { $0.id == lesson.id } }
        var logins: [String: String] = [:]
        var assignments: [WriterAssignment] = []
        for index in 0..<count {
            let lesson = ordered[index % ordered.count]
            let login: String
            if let known = logins[lesson.teacherID] {
                login = known
            } else {
                login = try account(for: lesson.teacherID, journal: journal, number: logins.count + 1)
                logins[lesson.teacherID] = login
            }
            assignments.append(WriterAssignment(login: login, lessonID: lesson.id, studentIDs: lesson.students))
        }
        return assignments
    }

    struct MarkableLesson {
        let id: String
        let teacherID: String
        let students: [String]
    }

    /// Lessons held today in classes with marks on the five-point scale, whose teacher's workload covers them.
    static func todaysLessons(_ journal: Journal) throws -> [MarkableLesson] {
        let today = journal.today
        return try journal.withDatabase { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT lesson.id, lesson.teacher_id, lesson.class_id, lesson.subgroup_id FROM lesson
                JOIN school_class ON school_class.id = lesson.class_id
                JOIN subject ON subject.id = lesson.subject_id
                WHERE lesson.on_date = ? AND lesson.state = 'active' AND lesson.held = 1 AND school_class.no_marks = 0
                  AND subject.scale = 'five'
                  AND EXISTS (SELECT 1 FROM workload WHERE workload.teacher_id = lesson.teacher_id
                      AND workload.class_id = lesson.class_id AND workload.subject_id = lesson.subject_id
                      AND workload.state = 'active' AND (workload.subgroup_id IS NULL OR workload.subgroup_id = lesson.subgroup_id))
                ORDER BY lesson.id
                """, arguments: [today])
            return try rows.compactMap { row -> MarkableLesson? in
                let subgroupID: String? = row["subgroup_id"]
                let students: [String]
                if let subgroupID {
                    students = try String.fetchAll(db, sql: """
                        SELECT student_id FROM subgroup_membership WHERE subgroup_id = ? AND state = 'active'
                          AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)
                          AND student_id IN (SELECT student_id FROM enrollment WHERE class_id = ? AND state = 'active'
                              AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?))
                        """, arguments: [subgroupID, today, today, row["class_id"], today, today])
                } else {
                    students = try String.fetchAll(db, sql: """
                        SELECT student_id FROM enrollment WHERE class_id = ? AND state = 'active'
                          AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)
                        """, arguments: [row["class_id"], today, today])
                }
                return students.isEmpty ? nil : MarkableLesson(id: row["id"], teacherID: row["teacher_id"], students: students)
            }
        }
    }

    /// A day without lessons (a weekend, a holiday): each teacher records an extra lesson today
    /// from their workload, in a slot no timetable uses.
    static func createLessonsToday(_ journal: Journal, count: Int) throws {
        let workloads = try journal.withDatabase { db in
            try Row.fetchAll(db, sql: """
                SELECT workload.teacher_id, workload.class_id, workload.subject_id FROM workload
                JOIN school_class ON school_class.id = workload.class_id
                JOIN subject ON subject.id = workload.subject_id
                WHERE workload.state = 'active' AND workload.subgroup_id IS NULL AND school_class.no_marks = 0
                  AND subject.scale = 'five'
                GROUP BY workload.class_id ORDER BY workload.id LIMIT ?
                """, arguments: [count])
        }
        for row in workloads {
            let teacher = JournalSession.acting(journal, personID: row["teacher_id"], roles: [.teacher], login: "bench")
            try teacher.createLesson(classID: row["class_id"], subjectID: row["subject_id"], on: journal.today, slot: 12)
        }
    }

    /// The login of the teacher's account, created if the teacher has none.
    static func account(for teacherID: String, journal: Journal, number: Int) throws -> String {
        let existing = try journal.withDatabase { db in
            try String.fetchOne(db, sql: """
                SELECT login FROM account WHERE person_id = ? AND state = 'active' AND blocked = 0 AND roles LIKE '%teacher%'
                ORDER BY login LIMIT 1
                """, arguments: [teacherID])
        }
        if let existing { return existing }
        let login = String(format: "bench.teacher%03d", number)
        try JournalSession.program(journal, name: "bench").createAccount(login: login, personID: teacherID, roles: [.teacher])
        return login
    }
}

/// A failure of the benchmark harness itself (not a figure).
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
