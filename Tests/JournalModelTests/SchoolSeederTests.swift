import Foundation
import GRDB
import Testing
@testable import JournalModel

/// The one seeding entry: a whole school in one transaction on an empty journal, under the same
/// text rules as every other write.
@Suite struct SchoolSeederTests {
    private struct Interrupted: Error {}

    private func emptyJournal() throws -> (Journal, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("journal-seed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let journal = try Journal(path: directory.appendingPathComponent("school.sqlite").path, clock: FixedClock(SchoolDate("2026-11-23")!))
        return (journal, directory)
    }

    private func count(_ table: String, in journal: Journal) throws -> Int {
        try journal.database.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }

    private func seed(_ journal: Journal, _ body: (SchoolSeeder) throws -> Void) throws(Refusal) {
        try journal.seedEmptySchool(ids: SystemRandomNumberGenerator(), reason: "test", actorID: "system:test",
                                    start: Date(timeIntervalSince1970: 1_790_000_000), body)
    }

    @Test func aSeedingCutShortLeavesTheJournalEmpty() throws {
        let (journal, directory) = try emptyJournal()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: Refusal.self) {
            try seed(journal) { seeder in
                try seeder.create(Subject(id: seeder.newID(), name: "Математика", shortName: "Мат"))
                throw Interrupted()
            }
        }
        #expect(try count("subject", in: journal) == 0)
        #expect(try count("operation_log", in: journal) == 0)
    }

    @Test func theSchoolsNameFollowsTheStoredTextRules() throws {
        let (journal, directory) = try emptyJournal()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: Refusal.invalidText(field: LocalizedText(ru: "Поле meta.school_name", en: "Field meta.school_name"), problem: .controlCharacter("\u{0}", position: 6))) { try seed(journal) { seeder in try seeder.setSchoolName("Школа\u{0}№ 1") } }
        #expect(try journal.schoolName() == "")

        try seed(journal) { seeder in try seeder.setSchoolName("Школа № 1") }
        #expect(try journal.schoolName() == "Школа № 1")
        #expect(try count("operation_log", in: journal) == 1)
    }

    @Test func aJournalWithEntriesIsNotSeeded() throws {
        let (journal, directory) = try emptyJournal()
        defer { try? FileManager.default.removeItem(at: directory) }
        try seed(journal) { seeder in try seeder.setSchoolName("Школа № 1") }
        var ran = false
        #expect(throws: Refusal.duplicate(LocalizedText(ru: "База уже содержит данные: школа заполняется только в новой базе.", en: "The database already holds data: a school is filled in only in a new one."))) { try seed(journal) { _ in ran = true } }
        #expect(!ran)
        #expect(try journal.schoolName() == "Школа № 1")
    }
}
