import Foundation
import JournalModel

/// A session saving marks as fast as it can is killed with SIGKILL at a random moment, again
/// and again; after each kill `journal verify` must pass and every confirmed mark must be there.
enum CrashWhileWriting {
    struct Result {
        var kills = 0
        var confirmed = 0
        var lost: [String] = []
        var verifyFailures: [String] = []
        var errors: [String] = []
        /// Kills that landed before the first confirmed mark (while starting or opening).
        var killsBeforeFirstMark = 0

        var passed: Bool { lost.isEmpty && verifyFailures.isEmpty && errors.isEmpty && kills > 0 }

        var summary: String {
            "\(kills) kills (\(killsBeforeFirstMark) before the first mark): \(confirmed) marks confirmed, \(lost.count) lost, "
                + "\(verifyFailures.count) failed verifications, \(errors.count) errors"
        }
    }

    static func run(database: String, kills: Int, maximumDelay: Double, workDirectory: String,
                    journalBinary: String, progress: (String) -> Void = { _ in }) throws -> Result {
        let plan = try { () throws -> [WriterAssignment] in
            let journal = try Journal(path: database)
            return try WriterPlan.make(journal, count: 4)
        }()
        var result = Result()
        let output = "\(workDirectory)/crash-writer.out"
        let error = "\(workDirectory)/crash-writer.err"
        for round in 0..<kills {
            let assignment = plan[round % plan.count]
            let arguments = ["writer", "--db", database, "--interval", "0", "--seconds", "3600"] + assignment.arguments
            let process = try Subprocess.start(Subprocess.selfPath, arguments, output: output, error: error)
            usleep(useconds_t(Double.random(in: 0...maximumDelay) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            result.kills += 1
            let lines = (try? String(contentsOfFile: output, encoding: .utf8))?.split(separator: "\n") ?? []
            var confirmed: [String] = []
            for line in lines {
                let fields = line.split(separator: " ", maxSplits: 2).map(String.init)
                if fields.first == "ok", fields.count >= 2 {
                    confirmed.append(fields[1])
                } else {
                    result.errors.append("round \(round): \(line)")
                }
            }
            if process.terminationReason == .exit {
                let message = (try? String(contentsOfFile: error, encoding: .utf8)) ?? ""
                result.errors.append("round \(round): the writer ended before the kill (\(process.terminationStatus)): \(message.prefix(300))")
            }
            if confirmed.isEmpty { result.killsBeforeFirstMark += 1 }
            result.confirmed += confirmed.count
            let verify = try Subprocess.run(journalBinary, ["verify", "--db", database])
            if verify.status != 0 || verify.signalled {
                result.verifyFailures.append("round \(round): \(verify.standardError.prefix(500))")
            }
            let missing = try ManyWriters.missingMarks(confirmed, database: database)
            result.lost += missing
            if (round + 1) % 10 == 0 || !missing.isEmpty || verify.status != 0 {
                progress("  kill \(round + 1)/\(kills): \(result.summary)")
            }
        }
        return result
    }
}
