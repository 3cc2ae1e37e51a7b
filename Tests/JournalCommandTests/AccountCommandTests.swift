import Foundation
import Testing

/// `journal init` and `journal user …` from the shell.
@Suite struct AccountCommandTests {
    @Test func initCreatesAPrivateDatabaseWithAnAdministrator() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("school.sqlite").path

        let created = try CommandRunner.journal(["init", "--db", database, "--admin-password", "first-pass"])

        #expect(created.status == 0, "\(created.standardError)")
        let attributes = try FileManager.default.attributesOfItem(atPath: database)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let list = try CommandRunner.journal(["user", "list", "--db", database])
        #expect(list.standardOutput.contains("admin\tadministrator"))
        #expect(list.standardOutput.contains("temporary password"))
        let again = try CommandRunner.journal(["init", "--db", database])
        #expect(again.status != 0)
        #expect(again.standardError.contains("already exists"))
    }

    @Test func userAddSpeaksRussianUnderARussianLocale() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("school.sqlite").path
        _ = try CommandRunner.journal(["init", "--db", database])

        let added = try CommandRunner.journal(["user", "add", "ivanova.m", "--role", "teacher", "--name", "Иванова Мария Петровна", "--db", database],
                                              environment: ["LANG": "ru_RU.UTF-8"])
        let duplicate = try CommandRunner.journal(["user", "add", "ivanova.m", "--role", "teacher", "--db", database],
                                                  environment: ["LANG": "ru_RU.UTF-8"])
        let badRole = try CommandRunner.journal(["user", "add", "x", "--role", "wizard", "--db", database])

        #expect(added.status == 0)
        #expect(added.standardOutput.contains("Учётная запись ivanova.m создана"))
        #expect(duplicate.status != 0)
        #expect(duplicate.standardError.contains("уже занят"))
        #expect(badRole.status != 0)
        #expect(badRole.standardError.contains("Unknown role"))
        let list = try CommandRunner.journal(["user", "list", "--db", database], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(list.standardOutput.contains("ivanova.m\tучитель\tИванова Мария Петровна"))
    }

    @Test func databaseLocationComesFromJournalDBWhenNoOptionIsGiven() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("env.sqlite").path

        let created = try CommandRunner.journal(["init"], environment: ["JOURNAL_DB": database])

        #expect(created.status == 0)
        #expect(FileManager.default.fileExists(atPath: database))
    }
}
