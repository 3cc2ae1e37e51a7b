import ArgumentParser
import Foundation

/// `journal-bench`: measures the journal on a large demo school and drives the fault tests.
@main
struct JournalBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal-bench",
        abstract: "Benchmarks and fault drivers for the journal (make bench, make faults).",
        subcommands: [RunCommand.self, GridCommand.self, LoadCommand.self, CrashCommand.self, WriterCommand.self, MemoryCommand.self,
                      WitnessCommand.self, DiaryCommand.self, ReportsCommand.self],
        defaultSubcommand: RunCommand.self)
}

/// Options for where the school and the `journal` binary come from.
struct SchoolOptions: ParsableArguments {
    @Option(help: "The journal binary (default: next to this one).")
    var journal: String?

    @Option(help: "A directory for scratch databases (default: a new one under the temporary directory).")
    var workDir: String?

    @Flag(help: "Keep the scratch directory.")
    var keep = false

    var journalBinary: String {
        journal ?? URL(fileURLWithPath: Subprocess.selfPath).deletingLastPathComponent().appendingPathComponent("journal").path
    }

    func makeWorkDirectory() throws -> String {
        let path = workDir ?? FileManager.default.temporaryDirectory.appendingPathComponent("journal-bench-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func cleanUp(_ directory: String) {
        if !keep && workDir == nil { try? FileManager.default.removeItem(atPath: directory) }
    }

    /// A demo school made by the real `journal demo` (passwords hashed cheaply unless `realPasswords`).
    func generateDemo(at path: String, size: String, realPasswords: Bool = false) throws -> Subprocess.Outcome {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        var arguments = ["demo", "--db", path, "--size", size, "--seed", "1"]
        if !realPasswords { arguments += ["--password-rounds", "1000"] }
        let outcome = try Subprocess.run(journalBinary, arguments)
        guard outcome.status == 0, !outcome.signalled else {
            throw BenchFailure("journal demo failed (\(outcome.status)): \(outcome.standardError)")
        }
        return outcome
    }

    /// Copies a closed database (and its WAL, if one was left) to a scratch path.
    func copyDatabase(_ source: String, to destination: String) throws {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: destination + suffix)
            if suffix != "-shm", FileManager.default.fileExists(atPath: source + suffix) {
                try FileManager.default.copyItem(atPath: source + suffix, toPath: destination + suffix)
            }
        }
    }
}

/// `journal-bench load`: many writing sessions at once, every confirmed mark counted afterwards.
struct LoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load", abstract: "Many concurrent writing sessions, each an OS process; counts every confirmed mark.")

    @OptionGroup var school: SchoolOptions
    @Option(help: "The database (changed in place); default: a new demo school of --size.")
    var db: String?
    @Option(help: "Demo size when no --db: small, school or large.")
    var size = "small"
    @Option var workers = 64
    @Option var seconds = 60.0
    @Option(help: "Seconds between one session's marks.")
    var interval = 1.0
    @Option(help: "Fail when p99 latency exceeds this many milliseconds (0: report only).")
    var maxP99 = 0.0
    @Option(help: "Take a `journal backup` this many seconds into the load, and check the copy.")
    var backupAfter: Double?

    func run() throws {
        let directory = try school.makeWorkDirectory()
        defer { school.cleanUp(directory) }
        let database = db ?? "\(directory)/load.sqlite"
        if db == nil { _ = try school.generateDemo(at: database, size: size) }
        let result = try ManyWriters.run(database: database, workers: workers, seconds: seconds, interval: interval,
                                         workDirectory: directory, journalBinary: school.journalBinary, backupAfter: backupAfter)
        print(result.summary)
        for error in result.errors.prefix(20) { print("  error: \(error)") }
        for id in result.lost.prefix(20) { print("  lost: \(id)") }
        if let verify = result.verify, verify.status != 0 { print(verify.standardError) }
        let slow = maxP99 > 0 && result.latencies.p99 > maxP99
        if slow { print("p99 \(Timings.format(result.latencies.p99)) ms exceeds \(Timings.format(maxP99)) ms") }
        if !result.passed || slow { throw ExitCode(1) }
    }
}

/// `journal-bench crash`: SIGKILL a writing session at random moments; verify and count after each.
struct CrashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crash", abstract: "Kill a writing session with SIGKILL at random moments; verify and count after each kill.")

    @OptionGroup var school: SchoolOptions
    @Option(help: "The database (changed in place); default: a new demo school of --size.")
    var db: String?
    @Option(help: "Demo size when no --db: small, school or large.")
    var size = "small"
    @Option var kills = 200
    @Option(help: "Longest wait before a kill, in seconds (each wait is random up to this).")
    var maxDelay = 0.6

    func run() throws {
        let directory = try school.makeWorkDirectory()
        defer { school.cleanUp(directory) }
        let database = db ?? "\(directory)/crash.sqlite"
        if db == nil { _ = try school.generateDemo(at: database, size: size) }
        let result = try CrashWhileWriting.run(database: database, kills: kills, maximumDelay: maxDelay,
                                               workDirectory: directory, journalBinary: school.journalBinary) {
            FileHandle.standardOutput.write(Data(($0 + "\n").utf8))  // progress shows at once, even into a file
        }
        print(result.summary)
        for problem in (result.errors + result.verifyFailures).prefix(20) { print("  \(problem)") }
        for id in result.lost.prefix(20) { print("  lost: \(id)") }
        if !result.passed { throw ExitCode(1) }
    }
}
