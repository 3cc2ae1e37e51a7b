import ArgumentParser
import Foundation

/// `journal-bench witness`: the figures of the witnessed log on the large school, with the real
/// binary: `seal` (the first one writes every entry's hash to a new medium, the next ones only
/// the new entries'), `verify --witness`, `backup`, and the writers' latency while a backup runs.
struct WitnessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "witness", abstract: "Seal, verify --witness and backup on the large demo school; writers' latency during a backup.")

    @OptionGroup var school: SchoolOptions
    @Option(help: "An existing large demo school (copied first); default: a new one.")
    var schoolDB: String?
    @Option(help: "Times to run each command.")
    var runs = 3
    @Option var workers = 64
    @Option(help: "Seconds of the load during which one backup runs (at its middle).")
    var seconds = 20.0

    func run() throws {
        let directory = try school.makeWorkDirectory()
        defer { school.cleanUp(directory) }
        let database = "\(directory)/school.sqlite"
        if let schoolDB { try school.copyDatabase(schoolDB, to: database) } else { _ = try school.generateDemo(at: database, size: "large") }
        let journal = school.journalBinary
        let key = "\(directory)/seal.key"
        let backups = "\(directory)/backups"
        try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: true)
        try check(Subprocess.run(journal, ["key", "create", "--out", key]), "key create")
        print("Machine: " + Machine.describe(workDirectory: directory).joined(separator: "; ") + "; load " + Machine.loadAverage)

        var firstSeal = Timings()
        var nextSeal = Timings()
        var verify = Timings()
        var backup = Timings()
        for run in 0..<runs {
            let medium = "\(directory)/medium-\(run)"
            try FileManager.default.createDirectory(atPath: medium, withIntermediateDirectories: true)
            firstSeal.add(try timed(journal, ["seal", "--db", database, "--key", key, "--to", medium], "seal to a new medium"))
            nextSeal.add(try timed(journal, ["seal", "--db", database, "--key", key, "--to", medium], "seal again"))
            verify.add(try timed(journal, ["verify", "--db", database, "--witness", medium], "verify --witness"))
            backup.add(try timed(journal, ["backup", backups, "--db", database, "--keep", "1"], "backup"))
        }
        let witnessFile = try FileManager.default.contentsOfDirectory(atPath: "\(directory)/medium-0").first.map { "\(directory)/medium-0/\($0)" }
        let witnessBytes = witnessFile.flatMap { try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int } ?? 0
        print("seal to a new medium (every entry's hash): \(firstSeal.summary); witness file \(witnessBytes / 1_024) KiB")
        print("seal again (no new entries): \(nextSeal.summary)")
        print("verify --witness: \(verify.summary)")
        print("backup: \(backup.summary)")

        let load = try ManyWriters.run(database: database, workers: workers, seconds: seconds, workDirectory: directory,
                                       journalBinary: journal, backupAfter: seconds / 2)
        print(load.summary)
        if !load.passed { throw ExitCode(1) }
    }

    private func timed(_ binary: String, _ arguments: [String], _ what: String) throws -> Double {
        let outcome = try Subprocess.run(binary, arguments)
        try check(outcome, what)
        return outcome.seconds * 1_000
    }

    private func check(_ outcome: Subprocess.Outcome, _ what: String) throws {
        guard outcome.status == 0 else { throw BenchFailure("\(what) failed: \(outcome.standardError)") }
    }
}
