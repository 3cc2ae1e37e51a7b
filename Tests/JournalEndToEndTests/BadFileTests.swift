import Foundation
import Testing

/// Damaged, foreign, read-only and full-disk databases: each command refuses with a clear
/// message and a non-zero exit, never crashes, and never damages a file that was sound.
@Suite(.serialized) struct BadFileTests {
    /// The commands every bad file is tried with (`--db` is added).
    static let commands: [[String]] = [["verify"], addTeacher, ["demo", "--logins"]]
    /// A change as the demo's administrator (the password goes on standard input).
    static let addTeacher = ["user", "add", "new.teacher", "--role", "teacher", "--login", "admin", "--password-stdin"]

    let directory: URL
    let database: String

    init() throws {
        (directory, database) = try CommandRunner.smallDemo()
    }

    @Test func truncatedFileIsCalledDamagedAndLeftAsItWas() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let size = try fileSize(database)
        truncate(database, off_t(size / 2 / 4096 * 4096))
        let before = try Data(contentsOf: URL(fileURLWithPath: database))

        for command in Self.commands {
            expectRefused(try journal(command), saying: "is damaged or is not a journal database")
        }

        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }

    @Test func corruptedFileFailsVerificationWithoutACrash() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let size = try fileSize(database)
        let handle = try #require(FileHandle(forWritingAtPath: database))
        try handle.seek(toOffset: UInt64(size / 2 / 4096 * 4096 + 100))
        try handle.write(contentsOf: Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }))
        try handle.close()

        let verify = try journal(["verify"])

        expectRefused(verify, saying: "")
        #expect(verify.standardError.contains("damaged") || verify.standardError.contains("integrity"), "\(verify.standardError)")
        for command in Self.commands.dropFirst() {
            let result = try journal(command)
            expectNoCrash(result)
            if result.status != 0 { #expect(result.standardError.contains("Error: "), "\(result.standardError)") }
        }
    }

    @Test func databaseFromANewerVersionIsRefusedAndStaysSound() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let inserted = try CommandRunner.sqlite(database, "INSERT INTO grdb_migrations (identifier) VALUES ('v999-from-the-future')")
        #expect(inserted.status == 0, "\(inserted.standardError)")

        for command in Self.commands {
            expectRefused(try journal(command), saying: "written by a newer version of the program (v999-from-the-future)")
        }

        // Opening the pool writes a scratch table of GRDB's (a freed page), so the bytes may
        // differ; the database itself must be sound and still marked as newer.
        #expect(try CommandRunner.sqlite(database, "PRAGMA integrity_check").standardOutput == "ok\n")
        #expect(try CommandRunner.sqlite(database, "SELECT identifier FROM grdb_migrations ORDER BY identifier").standardOutput == "v1\nv2\nv3\nv4\nv5\nv6\nv7\nv999-from-the-future\n")
    }

    /// Root ignores file modes, so the file is made immutable (`chattr +i`), which binds root too.
    @Test func immutableFileIsRefusedAsReadOnlyAndNeverChanged() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        guard try CommandRunner.run("/usr/bin/chattr", ["+i", database]).status == 0 else {
            Issue.record("chattr +i is not supported here")
            return
        }
        defer { _ = try? CommandRunner.run("/usr/bin/chattr", ["-i", database]) }

        for command in Self.commands {
            expectRefused(try journal(command), saying: "is read-only: nothing can be changed")
        }

        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }

    /// `ulimit -f`: the program ignores SIGXFSZ, so the write fails (EFBIG) instead of killing it.
    @Test func fileSizeLimitRefusesTheChangeAndKeepsTheFileSound() throws {
        defer { try? FileManager.default.removeItem(at: directory) }

        let added = try limited(kilobytes: 4, Self.addTeacher + ["--db", database])
        let newDemo = directory.appendingPathComponent("new.sqlite").path
        let demo = try limited(kilobytes: 256, ["demo", "--db", newDemo, "--size", "small", "--password-rounds", "1000"])

        expectRefused(added, saying: "Cannot write the database")
        expectRefused(demo, saying: "Cannot write the database")
        #expect(!FileManager.default.fileExists(atPath: newDemo))
        #expect(try CommandRunner.sqlite(database, "PRAGMA integrity_check").standardOutput == "ok\n")
        #expect(try journal(["verify"]).status == 0)
        #expect(try !journal(["user", "list", "--login", "admin", "--password-stdin"]).standardOutput.contains("new.teacher"))
    }

    /// A real full file system: a small tmpfs (needs root; skipped where mounting is not allowed).
    @Test func fullDiskRefusesTheChangeAndKeepsTheFileSound() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let mountPoint = directory.appendingPathComponent("small-disk").path
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        guard try CommandRunner.run("/bin/mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", mountPoint]).status == 0 else {
            return  // No permission to mount here: the ulimit test above covers the program's side.
        }
        defer { _ = try? CommandRunner.run("/bin/umount", [mountPoint]) }
        let onDisk = mountPoint + "/demo.sqlite"
        try FileManager.default.copyItem(atPath: database, toPath: onDisk)
        let filler = mountPoint + "/filler"
        _ = try CommandRunner.run("/bin/dd", ["if=/dev/zero", "of=\(filler)", "bs=4096"])

        let added = try CommandRunner.journal(Self.addTeacher + ["--db", onDisk], input: CommandRunner.demoPassword + "\n")
        let newDemo = mountPoint + "/new.sqlite"
        let demo = try CommandRunner.journal(["demo", "--db", newDemo, "--size", "small", "--password-rounds", "1000"])

        expectRefused(added, saying: "")
        #expect(added.standardError.contains("is full. The change was not saved") || added.standardError.contains("Cannot write the database"),
                "\(added.standardError)")
        expectRefused(demo, saying: "")
        #expect(demo.standardError.contains("is full. The change was not saved") || demo.standardError.contains("Cannot write the database"),
                "\(demo.standardError)")
        #expect(!FileManager.default.fileExists(atPath: newDemo))
        try FileManager.default.removeItem(atPath: filler)
        #expect(try CommandRunner.sqlite(onDisk, "PRAGMA integrity_check").standardOutput == "ok\n")
        #expect(try CommandRunner.journal(["verify", "--db", onDisk]).status == 0)
    }

    // MARK: - Helpers

    private func journal(_ command: [String]) throws -> CommandRunner.Output {
        try CommandRunner.journal(command + ["--db", database], input: CommandRunner.demoPassword + "\n")
    }

    /// Runs `journal` under `ulimit -f` (in KiB), with SIGXFSZ left at its default (fatal) action.
    private func limited(kilobytes: Int, _ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run("/bin/bash", ["-c", "ulimit -f \(kilobytes); exec \"$0\" \"$@\"", CommandRunner.journalBinary] + arguments,
                              environment: ["LANG": "C.UTF-8"], input: CommandRunner.demoPassword + "\n")
    }

    private func fileSize(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    }

    private func expectNoCrash(_ result: CommandRunner.Output, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!result.signalled, "ended by a signal: \(result.standardError)", sourceLocation: sourceLocation)
        for trap in ["Fatal error", "Swift runtime failure", "Stack dump", "Segmentation"] {
            #expect(!result.standardError.contains(trap), "\(result.standardError)", sourceLocation: sourceLocation)
        }
    }

    private func expectRefused(_ result: CommandRunner.Output, saying message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectNoCrash(result, sourceLocation: sourceLocation)
        #expect(result.status != 0, "exit 0: \(result.standardOutput)", sourceLocation: sourceLocation)
        #expect(!result.standardError.isEmpty, sourceLocation: sourceLocation)
        if !message.isEmpty {
            #expect(result.standardError.contains(message), "\(result.standardError)", sourceLocation: sourceLocation)
        }
    }
}
