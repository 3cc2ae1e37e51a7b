import Foundation
import Testing

/// Quick versions of the fault tests of the terminal program itself (`make faults` runs the full
/// ones): the real `journal` in a pty or tmux, driven by `Benchmarks/tui/tui_faults.py` — bad
/// files, two sessions on one cell, a hang-up mid-entry, and a few SIGKILLs while marks are typed.
@Suite(.serialized) struct TUIFaultTests {
    static var script: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Benchmarks/tui/tui_faults.py").path
    }

    static var enabled: Bool {
        ["/usr/bin/python3", "/usr/bin/tmux"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
            && FileManager.default.fileExists(atPath: script)
    }

    @Test(.enabled(if: TUIFaultTests.enabled), .timeLimit(.minutes(2)))
    func terminalProgramSurvivesFaults() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let school = directory.appendingPathComponent("small.sqlite").path
        let demo = try CommandRunner.journal(["demo", "--db", school, "--size", "small", "--password-rounds", "1000"],
                                             environment: ["JOURNAL_NOW": "2026-11-23", "TZ": "UTC"])
        #expect(demo.status == 0, "\(demo.standardError)")

        let result = try CommandRunner.run("/usr/bin/python3", [Self.script, CommandRunner.journalBinary, school, "all", "--kills", "3"])
        #expect(result.status == 0, "\(result.standardOutput)\n\(result.standardError)")
        #expect(result.standardOutput.contains("all passed"), "\(result.standardOutput)")
    }
}
