import Foundation
import GRDB
@_spi(Testing) import JournalModel

/// Opening gradebooks: every class × subject (and subgroup) of the workload, in every quarter, each
/// as its own teacher opens it (so the session's read check loads the teacher's facts every time).
enum GradebookOpening {
    struct Result {
        var timings = Timings()
        var pairs = 0
        var quarters = 0
        /// The biggest gradebook opened: students × lessons.
        var largest = ""
    }

    static func run(database: String, repetitions: Int) throws -> Result {
        let journal = try Journal(path: database)
        let (pairs, quarters) = try journal.withDatabase { db in
            (try Row.fetchAll(db, sql: """
                SELECT class_id, subject_id, subgroup_id, MIN(teacher_id) AS teacher_id FROM workload WHERE state = 'active'
                GROUP BY class_id, subject_id, subgroup_id ORDER BY class_id, subject_id
                """),
             try String.fetchAll(db, sql: "SELECT id FROM period WHERE kind = 'quarter' AND state = 'active' ORDER BY starts_on"))
        }
        var result = Result(pairs: pairs.count, quarters: quarters.count)
        var largestCells = 0
        for _ in 0..<repetitions {
            for pair in pairs {
                for quarter in quarters {
                    let teacher = JournalSession.acting(journal, personID: pair["teacher_id"], roles: [.teacher], login: "bench")
                    let (gradebook, milliseconds) = try measure {
                        try teacher.gradebook(classID: pair["class_id"], subjectID: pair["subject_id"],
                                              subgroupID: pair["subgroup_id"], periodID: quarter)
                    }
                    result.timings.add(milliseconds)
                    let cells = gradebook.students.count * gradebook.lessons.count
                    if cells > largestCells {
                        largestCells = cells
                        result.largest = "\(gradebook.schoolClass.title) \(gradebook.subject.name): \(gradebook.students.count) students × \(gradebook.lessons.count) lessons"
                    }
                }
            }
        }
        return result
    }
}

/// One mark saved by the demo teacher on today's lesson, from the call to the durable commit.
enum MarkSaving {
    static func run(database: String, login: String, count: Int) throws -> Timings {
        let journal = try Journal(path: database)
        guard try journal.synchronousLevel() == 2 else { throw BenchFailure("synchronous is not FULL") }
        let teacher = try JournalSession.opened(journal, login: login)
        guard let personID = teacher.personID else { throw BenchFailure("no teacher account \(login)") }
        let lessons = try WriterPlan.todaysLessons(journal)
        guard let lesson = lessons.first(where: { $0.teacherID == personID }) ?? lessons.first else {
            throw BenchFailure("no lesson today to mark")
        }
        // The demo teacher's own lesson today; on a day without one, the lesson's own teacher.
        let session = lesson.teacherID == personID
            ? teacher : try JournalSession.opened(journal, login: WriterPlan.account(for: lesson.teacherID, journal: journal, number: 999))
        var timings = Timings()
        let values = ["5", "4", "3", "2"]
        for index in 0..<(count + 10) {
            let student = lesson.students[index % lesson.students.count]
            let (_, milliseconds) = try measure {
                try session.addMark(lessonID: lesson.id, studentID: student, value: values[index % values.count])
            }
            if index >= 10 { timings.add(milliseconds) }  // the first few warm the statement cache
        }
        return timings
    }
}

/// Resident memory of this process, from /proc/self/status (kilobytes).
enum ResidentMemory {
    static func kilobytes(_ field: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? -1
        }
        return -1
    }
}
