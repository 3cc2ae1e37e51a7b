import Foundation
import Testing

/// `journal import ktp` from the shell, on a small demo school.
@Suite(.serialized) struct PlanImportCommandTests {
    let directory: URL
    let database: String

    init() throws {
        (directory, database) = try CommandRunner.smallDemo()
    }

    private func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func activeTopics() throws -> String {
        try CommandRunner.sqlite(database, "SELECT position || '|' || topic || '|' || hours FROM plan_topic WHERE state = 'active' ORDER BY position;")
            .standardOutput
    }

    @Test func importsAWindows1251SemicolonFile() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        // Given «№;Тема урока;Кол-во часов», «1;Ёмкость и объём;2», «2;"Задачи на «движение»; встречное";1» in Windows-1251
        let path = try file("ktp-1251.csv", [
            0xB9, 0x3B, 0xD2, 0xE5, 0xEC, 0xE0, 0x20, 0xF3, 0xF0, 0xEE, 0xEA, 0xE0, 0x3B, 0xCA, 0xEE, 0xEB, 0x2D, 0xE2, 0xEE, 0x20,
            0xF7, 0xE0, 0xF1, 0xEE, 0xE2, 0x0D, 0x0A, 0x31, 0x3B, 0xA8, 0xEC, 0xEA, 0xEE, 0xF1, 0xF2, 0xFC, 0x20, 0xE8, 0x20, 0xEE,
            0xE1, 0xFA, 0xB8, 0xEC, 0x3B, 0x32, 0x0D, 0x0A, 0x32, 0x3B, 0x22, 0xC7, 0xE0, 0xE4, 0xE0, 0xF7, 0xE8, 0x20, 0xED, 0xE0,
            0x20, 0xAB, 0xE4, 0xE2, 0xE8, 0xE6, 0xE5, 0xED, 0xE8, 0xE5, 0xBB, 0x3B, 0x20, 0xE2, 0xF1, 0xF2, 0xF0, 0xE5, 0xF7, 0xED,
            0xEE, 0xE5, 0x22, 0x3B, 0x31, 0x0D, 0x0A,
        ])

        // When imported for math in grade 5, then again under a Russian locale
        let first = try CommandRunner.journal(["import", "ktp", path, "--subject", "математика", "--grade", "5", "--db", database], as: "admin", password: CommandRunner.demoPassword)
        let again = try CommandRunner.journal(["import", "ktp", path, "--subject", "Математика", "--grade", "5", "--db", database], as: "admin", password: CommandRunner.demoPassword,
                                              environment: ["LANG": "ru_RU.UTF-8"])

        // Then the plan holds the two topics, the second import replaced the first, and verify passes
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("Imported 2 topics, 3 hours: Математика, grade 5."))
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardOutput.contains("Импортировано тем: 2, часов: 3"))
        #expect(again.standardOutput.contains("Прежний план (тем: 2) заменён."))
        #expect(try activeTopics() == "1|Ёмкость и объём|2\n2|Задачи на «движение»; встречное|1\n")
        let verify = try CommandRunner.journal(["verify", "--db", database])
        #expect(verify.status == 0, "\(verify.standardError)")
    }

    @Test func badFileIsRefusedWithLineNumbersInTheUsersLanguage() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        // Given a file with a topic missing on line 3 and hours «два» on line 4
        let path = try file("ktp-bad.csv", Array("№;Тема урока;Кол-во часов\n1;Дроби;2\n2;;1\n3;Проценты;два\n".utf8))

        // When imported under Russian and English locales
        let russian = try CommandRunner.journal(["import", "ktp", path, "--subject", "Математика", "--grade", "5", "--db", database], as: "admin", password: CommandRunner.demoPassword,
                                                environment: ["LANG": "ru_RU.UTF-8"])
        let english = try CommandRunner.journal(["import", "ktp", path, "--subject", "Математика", "--grade", "5", "--db", database], as: "admin", password: CommandRunner.demoPassword)

        // Then both fail, naming the lines, and nothing is imported
        #expect(russian.status != 0)
        #expect(russian.standardError.contains("Файл не импортирован: ошибки в строках 3, 4."))
        #expect(russian.standardError.contains("Строка 3: не указана тема урока."))
        #expect(russian.standardError.contains("Строка 4: количество часов «два»"))
        #expect(english.status != 0)
        #expect(english.standardError.contains("errors on lines 3, 4"))
        #expect(english.standardError.contains("Line 3: the topic is missing."))
        #expect(try activeTopics() == "")
    }

    @Test func unknownSubjectAndMissingFileAreRefused() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try file("ktp.csv", Array("1;Дроби;1\n".utf8))
        let subject = try CommandRunner.journal(["import", "ktp", path, "--subject", "Алхимия", "--grade", "5", "--db", database], as: "admin", password: CommandRunner.demoPassword,
                                                environment: ["LANG": "ru_RU.UTF-8"])
        let missing = try CommandRunner.journal(["import", "ktp", directory.appendingPathComponent("none.csv").path,
                                                 "--subject", "Математика", "--grade", "5", "--db", database], as: "admin", password: CommandRunner.demoPassword)
        #expect(subject.status != 0)
        #expect(subject.standardError.contains("Предмет «Алхимия» не найден"))
        #expect(missing.status != 0)
        #expect(missing.standardError.contains("Cannot read the file"))
    }
}
