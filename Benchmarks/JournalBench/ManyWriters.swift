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

        var passed: Bool { confirmed > 0 && lost.isEmpty && errors.isEmpty && (verify.map { $0.status == 0 } ?? true) }

        var summary: String {
            var text = "\(workers) sessions × \(Int(seconds)) s: \(confirmed) marks confirmed, \(lost.count) lost, \(errors.count) errors; latency \(latencies.summary)"
            if let verify { text += "; journal verify " + (verify.status == 0 ? "passed" : "FAILED") }
            return text
        }
    }

    static func run(database: String, workers: Int, seconds: Double, interval: Double = 1,
                    workDirectory: String, journalBinary: String?) throws -> Result {
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
        var result = Result(workers: workers, seconds: seconds)
        var confirmedIDs: [String] = []
        for (process, output, error) in processes {
            process.waitUntilExit()
            let lines = (try? String(contentsOfFile: output, encoding: .utf8))?.split(separator: "\n") ?? []
            for line in lines {
                let fields = line.split(separator: " ", maxSplits: 2).map(String.init)
                if fields.first == "ok", fields.count >= 3 {
                    confirmedIDs.append(fields[1])
                    result.latencies.add(Double(fields[2]) ?? .nan)
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
