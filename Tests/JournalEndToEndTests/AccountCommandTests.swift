import Foundation
import Testing

/// `journal init`, `journal passwd` and `journal user …` from the shell, as a logged-in person.
@Suite struct AccountCommandTests {
    /// A new school whose administrator has replaced the temporary password with `password`.
    private func school(in directory: URL, password: String = "Admin-2026x") throws -> String {
        let database = directory.appendingPathComponent("school.sqlite").path
        let created = try CommandRunner.journal(["init", "--db", database])
        #expect(created.status == 0, "\(created.standardError)")
        let temporary = try #require(Self.temporaryPassword(in: created.standardOutput))
        let changed = try CommandRunner.journal(["passwd", "--db", database, "--login", "admin", "--password-stdin"],
                                                input: "\(temporary)\n\(password)\n")
        #expect(changed.status == 0, "\(changed.standardError)")
        return database
    }

    /// The temporary password `init` or `user add` printed.
    static func temporaryPassword(in output: String) -> String? {
        output.components(separatedBy: "temporary password: ").last.flatMap { $0.split(separator: " ").first.map(String.init) }
            ?? output.components(separatedBy: "Временный пароль: ").last.flatMap { $0.split(separator: "\n").first.map(String.init) }
    }

    @Test func initCreatesAPrivateDatabaseWithAnAdministratorWhoMustChooseAPassword() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("school.sqlite").path

        let created = try CommandRunner.journal(["init", "--db", database])

        #expect(created.status == 0, "\(created.standardError)")
        let attributes = try FileManager.default.attributesOfItem(atPath: database)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let temporary = try #require(Self.temporaryPassword(in: created.standardOutput))
        // The temporary password opens nothing on the command line until it is replaced
        let refused = try CommandRunner.journal(["user", "list", "--db", database], as: "admin", password: temporary)
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("temporary one"))
        let changed = try CommandRunner.journal(["passwd", "--db", database, "--login", "admin", "--password-stdin"],
                                                input: "\(temporary)\nAdmin-2026x\n")
        #expect(changed.status == 0, "\(changed.standardError)")
        let list = try CommandRunner.journal(["user", "list", "--db", database], as: "admin", password: "Admin-2026x")
        #expect(list.status == 0, "\(list.standardError)")
        #expect(list.standardOutput.contains("admin\tadministrator"))
        let again = try CommandRunner.journal(["init", "--db", database])
        #expect(again.status != 0)
        #expect(again.standardError.contains("already exists"))
    }

    @Test func userAddSpeaksRussianUnderARussianLocaleAndNamesTheAdministrator() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try school(in: directory)
        let russian = ["LANG": "ru_RU.UTF-8"]

        let added = try CommandRunner.journal(["user", "add", "ivanova.m", "--role", "teacher", "--name", "Иванова Мария Петровна", "--db", database],
                                              as: "admin", password: "Admin-2026x", environment: russian)
        let duplicate = try CommandRunner.journal(["user", "add", "ivanova.m", "--role", "teacher", "--db", database],
                                                  as: "admin", password: "Admin-2026x", environment: russian)
        let badRole = try CommandRunner.journal(["user", "add", "x", "--role", "wizard", "--db", database], as: "admin", password: "Admin-2026x")

        #expect(added.status == 0, "\(added.standardError)")
        #expect(added.standardOutput.contains("Учётная запись ivanova.m создана"))
        #expect(duplicate.status != 0)
        #expect(duplicate.standardError.contains("уже занят"))
        #expect(badRole.status != 0)
        #expect(badRole.standardError.contains("wizard"))
        let list = try CommandRunner.journal(["user", "list", "--db", database], as: "admin", password: "Admin-2026x", environment: russian)
        #expect(list.standardOutput.contains("ivanova.m\tучитель\tИванова Мария Петровна\tвременный пароль"))
        // The log names the administrator's account, not a system actor
        let actors = try CommandRunner.sqlite(database, """
            SELECT DISTINCT a.login FROM operation_log l JOIN account a ON a.id = l.actor_id WHERE l.target_table IN ('person', 'account');
            """).standardOutput
        #expect(actors == "admin\n")
    }

    @Test func dataSubcommandsRefuseWithoutALoginAndWithAPasswordArgument() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try school(in: directory)
        let before = try CommandRunner.sqlite(database, "SELECT COUNT(*) FROM operation_log;").standardOutput

        let anonymous = try CommandRunner.journal(["user", "add", "x.y", "--role", "teacher", "--db", database])
        let argument = try CommandRunner.journal(["user", "add", "x.y", "--role", "teacher", "--db", database,
                                                  "--login", "admin", "--password", "Admin-2026x"])
        let initArgument = try CommandRunner.journal(["init", "--db", directory.appendingPathComponent("other.sqlite").path,
                                                      "--admin-password", "secret-pass"])
        let wrong = try CommandRunner.journal(["user", "list", "--db", database], as: "admin", password: "nope")
        let nobody = try CommandRunner.journal(["user", "list", "--db", database], as: "nobody", password: "nope")

        #expect(anonymous.status != 0 && anonymous.standardError.contains("--login"))
        #expect(argument.status != 0 && argument.standardError.contains("password on the command line is refused"))
        #expect(initArgument.status != 0 && initArgument.standardError.contains("password on the command line is refused"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("other.sqlite").path))
        #expect(wrong.status != 0 && wrong.standardError.contains("Wrong login or password."))
        #expect(nobody.standardError == wrong.standardError)
        #expect(try CommandRunner.sqlite(database, "SELECT COUNT(*) FROM operation_log;").standardOutput == before)
    }

    @Test func databaseLocationComesFromJournalDBWhenNoOptionIsGiven() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("env.sqlite").path

        let created = try CommandRunner.journal(["init"], environment: ["JOURNAL_DB": database])

        #expect(created.status == 0)
        #expect(FileManager.default.fileExists(atPath: database))
    }

    @Test func theDateIsFixedOnlyOnADemoSchool() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let real = try school(in: directory)
        let demo = directory.appendingPathComponent("demo.sqlite").path
        let fixed = ["JOURNAL_NOW": "2026-11-23"]

        let made = try CommandRunner.journal(["demo", "--db", demo, "--size", "small", "--password-rounds", "1000"], environment: fixed)
        let onDemo = try CommandRunner.journal(["user", "list", "--db", demo], as: "admin", password: CommandRunner.demoPassword,
                                               environment: fixed)
        let onReal = try CommandRunner.journal(["user", "list", "--db", real], as: "admin", password: "Admin-2026x", environment: fixed)
        let verifyReal = try CommandRunner.journal(["verify", "--db", real], environment: fixed)

        #expect(made.status == 0, "\(made.standardError)")
        #expect(onDemo.status == 0, "\(onDemo.standardError)")
        #expect(onReal.status != 0)
        #expect(onReal.standardError.contains("JOURNAL_NOW sets the date only in a demo school"))
        #expect(verifyReal.status != 0)
        #expect(try CommandRunner.sqlite(real, "SELECT COUNT(*) FROM access_log WHERE event = 'login';").standardOutput == "1\n",
                "only the passwd of the set-up logged in")
    }
}
