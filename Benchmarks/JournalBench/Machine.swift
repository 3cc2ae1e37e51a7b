import Foundation

/// What the figures were measured on.
enum Machine {
    static func describe(workDirectory: String) -> [String] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let memory = ProcessInfo.processInfo.physicalMemory / 1_048_576
        let uname = (try? Subprocess.run("/bin/uname", ["-a"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)) ?? "?"
        let disk = (try? Subprocess.run("/bin/df", ["-hT", workDirectory]).standardOutput
            .split(separator: "\n").last.map(String.init)) ?? "?"
        let model = ((try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? "")
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "?"
        return [
            "CPU: \(cores) cores (\(model))",
            "Memory: \(memory) MiB",
            "Disk (work directory \(workDirectory)): `\(disk.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "))`",
            "`\(uname)`",
        ]
    }

    /// The 1-, 5- and 15-minute load averages: other engineers build on this machine too.
    static var loadAverage: String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?")
            .split(separator: " ").prefix(3).joined(separator: " ")
    }
}
