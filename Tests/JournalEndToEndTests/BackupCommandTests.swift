import Foundation
import GRDB
import JournalTestSupport
import Testing

/// `journal key`, `seal`, `verify --witness`, `backup` and `restore` from the shell, on a small demo school.
@Suite(.serialized) struct BackupCommandTests {
    let directory: URL
    let database: String
    let key: String
    let usb: String
    let backups: String

    init() throws {
        (directory, database) = try CommandRunner.smallDemo()
        key = directory.appendingPathComponent("seal.key").path
        usb = directory.appendingPathComponent("usb").path
        backups = directory.appendingPathComponent("backups").path
        for path in [usb, backups] { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    }

    private func journal(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.journal(arguments + ["--db", database])
    }

    private func files(in path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    /// Leaves beside the database the -wal of a write (a `meta` row named `key`) that was never
    /// checkpointed: the WAL is copied while open, the connection closed, the copy put back.
    private func writeStaleWAL(holding key: String) throws {
        let queue = try DatabaseQueue(path: database)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
        try queue.write { db in try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, 'x')", arguments: [key]) }
        let wal = try Data(contentsOf: URL(fileURLWithPath: database + "-wal"))
        #expect(wal.count > 4096)
        try queue.close()
        try wal.write(to: URL(fileURLWithPath: database + "-wal"))
    }

    @Test func aKeySealsAndTheWitnessChecksTheLog() throws {
        // Without a key, seal says how to make one
        let keyless = try journal(["seal", "--to", usb])
        #expect(keyless.status == 1 && keyless.standardError.contains("journal key create --out FILE"))

        // A key is made once, 0600, and seals the log to the medium
        let made = try CommandRunner.journal(["key", "create", "--out", key])
        #expect(made.status == 0 && made.standardOutput.contains("Public key: "))
        #expect(try CommandRunner.journal(["key", "create", "--out", key]).status == 1)
        #expect((try FileManager.default.attributesOfItem(atPath: key)[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let sealed = try journal(["seal", "--key", key, "--to", usb])
        #expect(sealed.status == 0, "\(sealed.standardError)")
        let verified = try journal(["verify", "--witness", usb])
        #expect(verified.status == 0 && verified.standardOutput.contains("Witness files: 1; checkpoints: 1"), "\(verified.standardError)")

        // A change after the seal is reported as not yet witnessed
        let added = try CommandRunner.journal(["user", "add", "new.teacher", "--role", "teacher", "--db", database],
                                              as: "admin", password: CommandRunner.demoPassword)
        #expect(added.status == 0)
        #expect(try journal(["verify", "--witness", usb]).standardOutput.contains("Not yet witnessed: 1 entries since"))

        // And the witness file edited by hand fails verify, naming it
        let file = try #require(try files(in: usb).first)
        let path = usb + "/" + file
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "position=", with: "position=1").write(toFile: path, atomically: true, encoding: .utf8)
        let edited = try journal(["verify", "--witness", usb])
        #expect(edited.status == 1 && edited.standardError.contains("[witness] \(path), line 2:"), "\(edited.standardError)")
    }

    @Test func aBackupIsPrivateVerifiedDescribedAndRotated() throws {
        _ = try CommandRunner.journal(["key", "create", "--out", key])
        let first = try journal(["backup", backups, "--key", key, "--to", usb])
        #expect(first.status == 0 && first.standardOutput.contains("Sealed: entry #"), "\(first.standardError)")
        let copies = try files(in: backups)
        #expect(copies.count == 2 && copies[0].hasSuffix(".sqlite") && copies[1] == copies[0] + ".manifest")
        for name in copies {
            #expect((try FileManager.default.attributesOfItem(atPath: backups + "/" + name)[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        }
        let copy = backups + "/" + copies[0]
        let manifest = try String(contentsOfFile: copy + ".manifest", encoding: .utf8)
        let sha = try ChildProcess.run(["/usr/bin/sha256sum", copy]).standardOutput.prefix(64)
        #expect(manifest.hasPrefix("journal-backup/1\n") && manifest.contains("\nsha256=\(sha)\n"))
        #expect(try CommandRunner.journal(["verify", "--db", copy]).status == 0)

        // Two more with --keep 2: the oldest goes, with its manifest
        sleep(1)
        #expect(try journal(["backup", backups]).status == 0)
        sleep(1)
        let third = try journal(["backup", backups, "--keep", "2"])
        #expect(third.status == 0 && third.standardOutput.contains("Old copy removed: \(copy)"))
        #expect(try files(in: backups).count == 4 && !FileManager.default.fileExists(atPath: copy))
    }

    @Test func aBackupOverTheDatabaseOrOnAFullDiskLeavesNothing() throws {
        let itself = try journal(["backup", database])
        #expect(itself.status == 1 && itself.standardError.contains("cannot be written over the database itself"))

        // A file size limit smaller than the copy stands for a full medium
        let full = try ChildProcess.run(["/bin/sh", "-c", "ulimit -f 64; LANG=C.UTF-8 '\(CommandRunner.journalBinary)' backup '\(backups)' --db '\(database)'"])
        #expect(full.status == 1, "\(full.standardOutput)\(full.standardError)")
        #expect(try files(in: backups).isEmpty)
        #expect(try journal(["verify"]).status == 0)
    }

    @Test func aRestorePutsTheBackupBackDespiteAStaleWalAndListsWhatIsMissing() throws {
        // Given a sealed backup, then an account added and sealed after it
        _ = try CommandRunner.journal(["key", "create", "--out", key])
        #expect(try journal(["backup", backups, "--key", key, "--to", usb]).status == 0)
        let copy = backups + "/" + (try #require(try files(in: backups).first))
        let added = try CommandRunner.journal(["user", "add", "after.backup", "--role", "teacher", "--db", database],
                                              as: "admin", password: CommandRunner.demoPassword)
        #expect(added.status == 0)
        #expect(try journal(["seal", "--key", key, "--to", usb]).status == 0)
        // And a real -wal left beside the database, as a crashed program leaves one: it holds a
        // write made after the backup, which SQLite would replay onto whatever file is beside it
        try writeStaleWAL(holding: "wal-after-backup")

        // When the administrator restores the backup
        let restored = try CommandRunner.journal(["restore", copy, "--db", database, "--witness", usb], as: "admin", password: CommandRunner.demoPassword)

        // Then it is in place and verifies, the account made after it is gone, and the gap is named
        #expect(restored.status == 0, "\(restored.standardError)")
        #expect(restored.standardOutput.contains("were witnessed") && restored.standardOutput.contains("The replaced database is kept: "))
        #expect(try journal(["verify"]).status == 0)
        #expect(try CommandRunner.sqlite(database, "SELECT COUNT(*) FROM account WHERE login = 'after.backup'").standardOutput == "0\n")
        #expect(try CommandRunner.sqlite(database, "SELECT COUNT(*) FROM meta WHERE key = 'wal-after-backup'").standardOutput == "0\n")
        // And the restore is in the restored log, as the administrator's
        let restoreEntry = try CommandRunner.sqlite(database, """
            SELECT a.login || ' ' || l.new_value FROM operation_log l JOIN account a ON a.id = l.actor_id WHERE l.target_id = 'restored_from'
            """).standardOutput
        #expect(restoreEntry.hasPrefix("admin \"\((copy as NSString).lastPathComponent) #"), "\(restoreEntry)")
        let walSize = (try? FileManager.default.attributesOfItem(atPath: database + "-wal")[.size] as? Int) ?? 0
        #expect(walSize == 0)  // the stale one went with the replaced database
        let replaced = try files(in: directory.path).filter { $0.hasPrefix("demo.sqlite.replaced-") }
        #expect(replaced.contains { !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") })
    }

    @Test func aRestoreIsRefusedForAnotherSchoolOrWithoutTheAdministrator() throws {
        // Another school's backup
        let (otherDirectory, otherDatabase) = try CommandRunner.smallDemo(seed: 5)
        defer { try? FileManager.default.removeItem(at: otherDirectory) }
        #expect(try CommandRunner.journal(["backup", backups, "--db", otherDatabase]).status == 0)
        let foreign = backups + "/" + (try #require(try files(in: backups).first))
        let refused = try CommandRunner.journal(["restore", foreign, "--db", database], as: "admin", password: CommandRunner.demoPassword)
        #expect(refused.status == 1 && refused.standardError.contains("This is a backup of another journal"), "\(refused.standardError)")

        // This school's backup, restored by a teacher
        #expect(try journal(["backup", backups]).status == 0)
        let own = backups + "/" + (try #require(try files(in: backups).filter { !$0.hasSuffix(".manifest") && $0 != (foreign as NSString).lastPathComponent }.first))
        let teacher = try CommandRunner.journal(["restore", own, "--db", database], as: "teacher", password: CommandRunner.demoPassword)
        #expect(teacher.status == 1 && teacher.standardError.contains("Only the administrator may change this."), "\(teacher.standardError)")
        #expect(try files(in: directory.path).allSatisfy { !$0.contains(".replaced-") && !$0.contains(".restoring") })
    }

    @Test(.enabled(if: TmuxSession.isAvailable)) func aRestoreIsRefusedWhileTheJournalIsOpen() throws {
        #expect(try journal(["backup", backups]).status == 0)
        let copy = backups + "/" + (try #require(try files(in: backups).first))
        let session = try TmuxSession(command: "\(CommandRunner.journalBinary) --db \(database)", environment: ["LANG": "C.UTF-8", "TERM": "tmux-256color"])
        defer { session.close() }
        try session.waitFor("Log in to the class journal")
        let refused = try CommandRunner.journal(["restore", copy, "--db", database], as: "admin", password: CommandRunner.demoPassword)
        #expect(refused.status == 1 && refused.standardError.contains("The journal is open now (processes "), "\(refused.standardError)")
    }
}
