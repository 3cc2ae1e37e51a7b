import ArgumentParser
import Foundation
import GRDB
@_spi(Testing) import JournalModel

/// Hidden mode: a fresh process logs in as the demo teacher and loads the teacher's gradebooks
/// for the current quarter (as the grid will), then reports its resident memory.
struct MemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memory", abstract: "Resident memory with gradebooks loaded (used by run).", shouldDisplay: false)

    @Option var db: String
    @Option var login = "teacher"
    @Option var password = "demo2026"

    func run() throws {
        let baseline = ResidentMemory.kilobytes("VmRSS")
        let journal = try Journal(path: db)
        guard case .session(let session) = try journal.logIn(login: login, password: password) else {
            throw BenchFailure("\(login) must change a temporary password first")
        }
        let today = journal.today
        let (workloads, quarter) = try journal.withDatabase { db in
            (try Row.fetchAll(db, sql: "SELECT DISTINCT class_id, subject_id, subgroup_id FROM workload WHERE teacher_id = ? AND state = 'active'",
                              arguments: [session.personID]),
             try String.fetchOne(db, sql: "SELECT id FROM period WHERE kind = 'quarter' AND state = 'active' AND starts_on <= ? ORDER BY starts_on DESC LIMIT 1",
                                 arguments: [today]))
        }
        guard let quarter else { throw BenchFailure("no quarter has begun") }
        var gradebooks: [Gradebook] = []
        for row in workloads {
            gradebooks.append(try session.gradebook(classID: row["class_id"], subjectID: row["subject_id"],
                                                    subgroupID: row["subgroup_id"], periodID: quarter))
        }
        let cells = gradebooks.reduce(0) { $0 + $1.students.count * $1.lessons.count }
        print("baseline_kb=\(baseline) rss_kb=\(ResidentMemory.kilobytes("VmRSS")) hwm_kb=\(ResidentMemory.kilobytes("VmHWM")) gradebooks=\(gradebooks.count) cells=\(cells)")
    }
}
