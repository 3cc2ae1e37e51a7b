import Foundation

/// Runs other programs: the release `journal` binary, or this bench binary in a hidden mode.
enum Subprocess {
    struct Outcome {
        let status: Int32
        /// True when the process ended by a signal (a crash, or our SIGKILL), not by exit.
        let signalled: Bool
        let standardOutput: String
        let standardError: String
        let seconds: Double
        /// User + system CPU time of the child: unlike wall time, not inflated by other builds
        /// competing for the cores.
        let cpuSeconds: Double
    }

    /// CPU time of all waited-for children so far.
    static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
    }

    /// This very executable, to spawn workers.
    static var selfPath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Runs a program to its end, collecting its output.
    static func run(_ executable: String, _ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        for name in ["LC_ALL", "LC_MESSAGES", "JOURNAL_LANG", "JOURNAL_DB"] { environment[name] = nil }
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let started = wallSeconds()
        let cpuBefore = childrenCPUSeconds()
        try process.run()
        // Read both pipes concurrently so a chatty child never blocks on a full pipe.
        let errorReader = PipeReader(error)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errorReader.wait()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                       standardOutput: String(decoding: outputData, as: UTF8.self),
                       standardError: String(decoding: errorData, as: UTF8.self), seconds: wallSeconds() - started,
                       cpuSeconds: childrenCPUSeconds() - cpuBefore)
    }

    /// Starts a program whose standard output goes to a file (line by line, so a killed process
    /// leaves every line it finished), standard error to another.
    static func start(_ executable: String, _ arguments: [String], output: String, error: String) throws -> Process {
        guard FileManager.default.createFile(atPath: output, contents: nil),
              FileManager.default.createFile(atPath: error, contents: nil) else {
            throw BenchFailure("cannot create \(output)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle(forWritingAtPath: output)
        process.standardError = FileHandle(forWritingAtPath: error)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}

/// Drains a pipe on a background thread.
final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
