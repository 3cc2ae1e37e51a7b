import Foundation
import Testing

/// Quick versions of the fault runs of `make faults`: many writing processes at once, and a
/// writer killed with SIGKILL mid-write. Both drive the real `journal-bench` and `journal` binaries.
@Suite(.serialized) struct FaultTests {
    @Test func manyWritersLoseNothingAndABackupAmongThemHoldsEveryConfirmedMark() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }

        let result = try CommandRunner.run(CommandRunner.benchBinary, [
            "load", "--size", "small", "--workers", "8", "--seconds", "5", "--backup-after", "2.5",
            "--journal", CommandRunner.journalBinary, "--work-dir", directory.path,
        ])

        #expect(result.status == 0, "\(result.standardOutput)\n\(result.standardError)")
        #expect(result.standardOutput.contains(" 0 lost, 0 errors"), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("journal verify passed"), "\(result.standardOutput)")
        #expect(result.standardOutput.contains(", made; "), "\(result.standardOutput)")
        #expect(result.standardOutput.contains(" 0 missing from the copy; copy verify passed"), "\(result.standardOutput)")
    }

    @Test func writerKilledAtRandomMomentsLosesNoConfirmedMark() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }

        let result = try CommandRunner.run(CommandRunner.benchBinary, [
            "crash", "--size", "small", "--kills", "10", "--max-delay", "0.8",
            "--journal", CommandRunner.journalBinary, "--work-dir", directory.path,
        ])

        #expect(result.status == 0, "\(result.standardOutput)\n\(result.standardError)")
        #expect(result.standardOutput.contains("10 kills"), "\(result.standardOutput)")
        #expect(result.standardOutput.contains(" 0 lost, 0 failed verifications, 0 errors"), "\(result.standardOutput)")
    }
}
