import Foundation

/// Runs the built `journal` binary (and other tools) the way a person would from a shell.
struct CommandRunner {
    struct Output {
        let status: Int32
        let standardOutput: String
        let standardError: String
        /// True when the process was ended by a signal (a crash) rather than exiting.
        var signalled = false
    }

    /// The `journal` binary next to the test bundle (`.build/debug/journal`).
    static var journalBinary: String {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [directory, directory.deletingLastPathComponent()].map { $0.appendingPathComponent("journal").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }

    /// The `journal-bench` binary (benchmarks and fault drivers) next to `journal`.
    static var benchBinary: String {
        URL(fileURLWithPath: journalBinary).deletingLastPathComponent().appendingPathComponent("journal-bench").path
    }

    /// Runs `journal` with arguments and an environment (LANG defaults to English), and with
    /// `input` on its standard input when given.
    static func journal(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> Output {
        try run(journalBinary, arguments, environment: ["LANG": "C.UTF-8"].merging(environment) { $1 }, input: input)
    }

    /// Runs a data subcommand as a person of the school: `--login` with the password on standard input.
    static func journal(_ arguments: [String], as login: String, password: String, environment: [String: String] = [:]) throws -> Output {
        try journal(arguments + ["--login", login, "--password-stdin"], environment: environment, input: password + "\n")
    }

    /// The demo school's password, as `journal demo` prints it.
    static let demoPassword = "demo2026"

    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANG", "JOURNAL_LANG", "JOURNAL_DB"] { merged[name] = nil }
        process.environment = merged.merging(environment) { $1 }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let standardInput = Pipe()
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(Data(input.utf8)) }
        try standardInput.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
                      standardError: String(decoding: errorData, as: UTF8.self),
                      signalled: process.terminationReason == .uncaughtSignal)
    }

    /// Runs SQL on a database file with the `sqlite3` tool, behind the program's back.
    static func sqlite(_ path: String, _ sql: String) throws -> Output {
        try run("/usr/bin/sqlite3", [path, sql])
    }

    /// A small demo school (cheap passwords) in a new temporary directory; the demo's own
    /// message when it cannot be made.
    static func smallDemo(seed: Int = 3) throws -> (directory: URL, database: String) {
        let directory = try temporaryDirectory()
        let database = directory.appendingPathComponent("demo.sqlite").path
        let demo = try journal(["demo", "--db", database, "--size", "small", "--seed", String(seed), "--password-rounds", "1000"])
        guard demo.status == 0 else { throw CommandRunnerError.demoNotMade(demo.standardError) }
        return (directory, database)
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("journal-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

enum CommandRunnerError: Error {
    /// `journal demo` failed, with what it printed.
    case demoNotMade(String)
}
