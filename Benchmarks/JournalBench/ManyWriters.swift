import Foundation
import GRDB
@_spi(Testing) import JournalModel

/// Many teachers saving marks at once, each in an OS process of its own; afterwards every mark
/// a session saw confirmed must be in the database.
enum ManyWriters {
    struct Result {
        var workers = 0
        var seconds = 0.0
        var latencies = Timings()
        var confirmed = 0
        var lost: [String] = []
        /// Refusals the sessions saw, and sessions that ended badly.
        var errors: [String] = []
        var verify: Subprocess.Outcome?
        /// The `journal backup` taken during the load, when asked for.
        var backup: BackupDuringLoad?

        var passed: Bool {
            confirmed > 0 && lost.isEmpty && errors.isEmpty && (verify.map { $0.status == 0 } ?? true) && (backup?.passed ?? true)
        }

        var summary: String {
            var text = "\(workers) sessions × \(Int(seconds)) s: \(confirmed) marks confirmed, \(lost.count) lost, \(errors.count) errors; latency \(latencies.summary)"
            if let verify { text += "; journal verify " + (verify.status == 0 ? "passed" : "FAILED") }
            if let backup { text += "\n" + backup.summary }
            return text
        }
    }

    /// A backup taken while the sessions write: the copy must verify and hold every mark confirmed before it began.
    struct BackupDuringLoad {
        var outcome: Subprocess.Outcome
        var began = 0.0
        var ended = 0.0
        /// Marks confirmed before the backup began, and those of them the copy lacks.
        var confirmedBefore = 0
        var missingFromCopy: [String] = []
        var copyVerify: Subprocess.Outcome?
        /// Latency of the commits confirmed while the backup ran.
        var latenciesDuring = Timings()

        var passed: Bool { outcome.status == 0 && missingFromCopy.isEmpty && copyVerify?.status == 0 }

        var summary: String {
            "backup during the load: \(String(format: "%.2f s", ended - began)), \(outcome.status == 0 ? "made" : "FAILED"); "
                + "\(confirmedBefore) marks confirmed before it began, \(missingFromCopy.count) missing from the copy; "
                + "copy verify \(copyVerify?.status == 0 ? "passed" : "FAILED"); "
                + "writers during it: \(latenciesDuring.count) commits, p99 \(Timings.format(latenciesDuring.p99)) ms, max \(Timings.format(latenciesDuring.max)) ms"
        }
    }

    static func run(database: String, workers: Int, seconds: Double, interval: Double = 1,
                    workDirectory: String, journalBinary: String?, backupAfter: Double? = nil) throws -> Result {
        let plan = try { () throws -> [WriterAssignment] in
            let journal = try Journal(path: database)
            return try WriterPlan.make(journal, count: workers)
        }()
        // Give every process time to start and open the database before the common start.
        let startAt = wallSeconds() + 2 + Double(workers) * 0.05
        var processes: [(Process, String, String)] = []
        for (index, assignment) in plan.enumerated() {
            let output = "\(workDirectory)/writer-\(index).out"
            let error = "\(workDirectory)/writer-\(index).err"
            let arguments = ["writer", "--db", database, "--interval", "\(interval)", "--seconds", "\(seconds)",
                             "--start-at", "\(startAt)"] + assignment.arguments
            processes.append((try Subprocess.start(Subprocess.selfPath, arguments, output: output, error: error), output, error))
        }
        let backupDirectory = "\(workDirectory)/backup"
        let backupRun = DispatchGroup()
        nonisolated(unsafe) var backup: BackupDuringLoad?
        if let backupAfter, let journalBinary {
            try FileManager.default.createDirectory(atPath: backupDirectory, withIntermediateDirectories: true)
            DispatchQueue.global().async(group: backupRun) {
                let wait = startAt + backupAfter - wallSeconds()
                if wait > 0 { usleep(useconds_t(wait * 1_000_000)) }
                let began = wallSeconds()
                if let outcome = try? Subprocess.run(journalBinary, ["backup", backupDirectory, "--db", database]) {
                    backup = BackupDuringLoad(outcome: outcome, began: began, ended: wallSeconds())
                }
            }
        }
        var result = Result(workers: workers, seconds: seconds)
        var confirmedIDs: [String] = []
        var confirmedAt: [(id: String, at: Double, milliseconds: Double)] = []
        for (process, output, error) in processes {
            process.waitUntilExit()
            let lines = (try? String(contentsOfFile: output, encoding: .utf8))?.split(separator: "\n") ?? []
            for line in lines {
                let fields = line.split(separator: " ", maxSplits: 2).map(String.init)
                if fields.first == "ok", fields.count >= 3 {
                    let numbers = fields[2].split(separator: " ").compactMap { Double($0) }
                    confirmedIDs.append(fields[1])
                    result.latencies.add(numbers.first ?? .nan)
                    if numbers.count == 2 { confirmedAt.append((fields[1], numbers[1], numbers[0])) }
                } else if fields.first == "error", fields.count >= 2 {
                    result.latencies.add(Double(fields[1]) ?? .nan)
                    result.errors.append(fields.dropFirst(2).joined(separator: " "))
                }
            }
            if process.terminationReason != .exit || process.terminationStatus != 0 {
                let message = (try? String(contentsOfFile: error, encoding: .utf8)) ?? ""
                result.errors.append("session exited with \(process.terminationStatus): \(message.prefix(300))")
            }
        }
        result.confirmed = confirmedIDs.count
        result.lost = try missingMarks(confirmedIDs, database: database)
        backupRun.wait()
        if backupAfter != nil {
            guard var taken = backup else { throw BenchFailure("the backup during the load did not run") }
            let before = confirmedAt.filter { $0.at < taken.began }.map(\.id)
            taken.confirmedBefore = before.count
            for commit in confirmedAt where commit.at >= taken.began && commit.at - commit.milliseconds / 1_000 <= taken.ended {
                taken.latenciesDuring.add(commit.milliseconds)
            }
            let copy = try FileManager.default.contentsOfDirectory(atPath: backupDirectory).first { $0.hasSuffix(".sqlite") }
            if let copy, let journalBinary {
                taken.missingFromCopy = try missingMarks(before, database: "\(backupDirectory)/\(copy)")
                taken.copyVerify = try Subprocess.run(journalBinary, ["verify", "--db", "\(backupDirectory)/\(copy)"])
            } else {
                taken.missingFromCopy = before
            }
            result.backup = taken
        }
        if let journalBinary {
            result.verify = try Subprocess.run(journalBinary, ["verify", "--db", database])
        }
        return result
    }

    /// The confirmed mark ids that are not (active) in the database.
    static func missingMarks(_ ids: [String], database: String) throws -> [String] {
        let journal = try Journal(path: database)
        return try journal.withDatabase { db in
            try ids.filter { id in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mark WHERE id = ? AND state = 'active'", arguments: [id]) != 1
            }
        }
    }
}
