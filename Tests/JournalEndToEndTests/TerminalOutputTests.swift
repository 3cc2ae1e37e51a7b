import Foundation
import Testing

/// Stored or file text the command line prints cannot drive the terminal: escape
/// sequences, controls and bidi controls show as `?`, a tab as a space.
@Suite struct TerminalOutputTests {
    @Test func userListShowsAStoredNameWithControlsAsText() throws {
        // Given a name changed behind the program's back to hold an escape sequence, a tab and an override
        let (directory, database) = try CommandRunner.smallDemo()
        defer { try? FileManager.default.removeItem(at: directory) }
        let added = try CommandRunner.journal(["user", "add", "ivanova.m", "--role", "teacher", "--name", "Иванова Мария Петровна", "--db", database],
                                              as: "admin", password: CommandRunner.demoPassword)
        #expect(added.status == 0, "\(added.standardError)")
        let changed = try CommandRunner.sqlite(database, "UPDATE person SET last_name = 'Иванова' || char(27) || '[2J' || char(9) || char(8238) WHERE last_name = 'Иванова' AND first_name = 'Мария'")
        #expect(changed.status == 0, "\(changed.standardError)")

        // When the accounts are listed
        let list = try CommandRunner.journal(["user", "list", "--db", database], as: "admin", password: CommandRunner.demoPassword)

        // Then the name shows what it holds, and nothing reaches the terminal as a control
        #expect(list.status == 0, "\(list.standardError)")
        #expect(list.standardOutput.contains("ivanova.m\tteacher\tИванова?[2J ? Мария Петровна\t"))
        #expect(!list.standardOutput.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
    }

    @Test func planImportErrorsNameTheLineAndQuoteTheFileSafely() throws {
        // Given a КТП file with a NUL in a topic and an escape sequence for hours
        let (directory, database) = try CommandRunner.smallDemo()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("ktp.csv").path
        try Data("№;Тема урока;Кол-во часов\n1;Дроби;2\n2;Дроби\u{0} и проценты;1\n3;Проценты;\u{1B}[2J\n".utf8).write(to: URL(fileURLWithPath: path))

        // When it is imported
        let imported = try CommandRunner.journal(["import", "ktp", path, "--subject", "Математика", "--grade", "5", "--db", database],
                                                 as: "admin", password: CommandRunner.demoPassword)

        // Then nothing is imported, each bad line is named, and the quoted hours cannot clear the screen
        #expect(imported.status != 0)
        #expect(imported.standardError.contains("Line 3: Lesson topic: a control character (U+0000) at position 6 is not allowed."))
        #expect(imported.standardError.contains("Line 4: hours \"?[2J\" is not a whole number from 1 to 99."))
        #expect(!imported.standardError.unicodeScalars.contains("\u{1B}"))
        let verify = try CommandRunner.journal(["verify", "--db", database])
        #expect(verify.status == 0, "\(verify.standardError)")
    }
}
