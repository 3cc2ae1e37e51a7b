import Foundation
import JournalTestSupport
import Testing
@testable import JournalModel

/// `backup` and the staged `restore` in process: what is refused, and that nothing is touched then.
@Suite struct RestoreTests {
    private func backedUp() throws -> (SchoolFixture, BackupResult) {
        let school = try SchoolFixture()
        let directory = school.directory.appendingPathComponent("backups").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return (school, try school.journal.backup(to: directory))
    }

    private func leftovers(_ school: SchoolFixture) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: school.directory.path).filter { $0.contains(".restoring") || $0.contains(".replaced-") }
    }

    @Test func aManifestThatDisagreesWithTheCopyRefusesTheRestore() throws {
        let (school, backup) = try backedUp()
        let manifest = BackupManifest.path(of: backup.path)
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "position=\(backup.manifest.position)", with: "position=\(backup.manifest.position + 3)")
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        #expect(throws: Refusal.invalidValue(LocalizedText(
            ru: "Копия \(backup.path) не совпадает со своим описанием (журнал операций №\(backup.manifest.position), а в описании №\(backup.manifest.position + 3)): она подменена.",
            en: "The backup \(backup.path) disagrees with its manifest (operation log #\(backup.manifest.position), the manifest says #\(backup.manifest.position + 3)): it was replaced."))) {
            try RestoreStaging.stage(backup: backup.path, over: school.databasePath)
        }
        #expect(try leftovers(school).isEmpty)
    }

    @Test func onlyAnAdministratorOfTheCopyCommitsIt() throws {
        let (school, backup) = try backedUp()
        let staging = try RestoreStaging.stage(backup: backup.path, over: school.databasePath)
        #expect(staging.missing.isEmpty && staging.position == backup.manifest.position)
        let teacher = JournalSession(journal: staging.journal, actor: JournalActor(id: "t", personID: school.mathTeacher.id, roles: [.teacher], login: "t"),
                                     credential: nil, terminal: "test", displayName: "t")
        #expect(throws: Refusal.onlyAdministrator) { try staging.commit(by: teacher) }
        // A session of the database in use is not one of the copy
        #expect(throws: Refusal.self) { try staging.commit(by: school.admin) }
        staging.discard()
        #expect(try leftovers(school).isEmpty)
    }

    @Test func keepingNoCopiesIsRefusedAndLeavesNothing() throws {
        let school = try SchoolFixture()
        let directory = school.directory.appendingPathComponent("backups").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        #expect(throws: Refusal.invalidValue(LocalizedText(ru: "--keep — не меньше 1.", en: "--keep is at least 1."))) {
            try school.journal.backup(to: directory, keep: 0)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }
}
