import Foundation
import JournalTestSupport
import Testing

/// `journal report`: a report saved from the command line, as the logged-in person may read it.
@Suite struct ReportCommandTests {
    private let directory: URL
    private let database: String

    init() throws {
        directory = try CommandRunner.temporaryDirectory()
        database = directory.appendingPathComponent("demo.sqlite").path
        let made = try CommandRunner.journal(["demo", "--db", database, "--size", "small"])
        #expect(made.status == 0, "\(made.standardError)")
    }

    private func report(_ arguments: [String], as login: String = "klass") throws -> CommandRunner.Output {
        try CommandRunner.journal(["report"] + arguments + ["--db", database], as: login, password: CommandRunner.demoPassword,
                                  environment: ["LANG": "ru_RU.UTF-8"])
    }

    private func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    @Test func theClassTeacherSavesTheirClassReportsAsCSVAndText() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let saved = try report(["marks", "--class", "5 А", "--period", "1", "--out", path("ведомость.csv")])
        #expect(saved.status == 0, "\(saved.standardError)")
        #expect(saved.standardOutput.contains("сохранён"))
        let data = try Data(contentsOf: URL(fileURLWithPath: path("ведомость.csv")))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.first == "Сводная ведомость учёта успеваемости")
        #expect(lines.contains("Период;1 четверть (01.09.2026–24.10.2026)"))
        #expect(lines.contains { $0.hasPrefix("25;") })  // the demo's 25 students, numbered
        #expect(lines.contains { $0.hasPrefix(";Успеваемость, %;") })
        let attributes = try FileManager.default.attributesOfItem(atPath: path("ведомость.csv"))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        let text = try report(["class-list", "--class", "5А", "--out", path("список.txt")])
        #expect(text.status == 0, "\(text.standardError)")
        let list = try String(contentsOfFile: path("список.txt"), encoding: .utf8)
        #expect(list.contains("Учеников на конец периода: 25"))
        #expect(list.contains("журнал: "))
    }

    @Test func theVedomostOnPaperAndInExcel() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["ведомость.pdf", "ведомость.xlsx"] {
            let saved = try report(["marks", "--class", "5А", "--period", "1", "--out", path(name)], as: "zavuch")
            #expect(saved.status == 0, "\(saved.standardError)")
        }
        let text = try CommandRunner.run("/usr/bin/pdftotext", ["-layout", path("ведомость.pdf"), "-"])
        #expect(text.standardOutput.contains("Сводная ведомость учёта успеваемости"))
        #expect(text.standardOutput.contains("Боровая Диана Алексеевна"))  // the demo's first student
        #expect(text.standardOutput.contains("стр. 1 из"))
        let sheet = try CommandRunner.run("/usr/bin/unzip", ["-p", path("ведомость.xlsx"), "xl/sharedStrings.xml"])
        #expect(sheet.standardOutput.contains("Боровая Диана Алексеевна"))
    }

    @Test func badRequestsSaveNothingAndSayWhy() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = path("ведомость.csv")
        try Data("прежний файл".utf8).write(to: URL(fileURLWithPath: target))
        let cases: [([String], String, String)] = [
            (["marks", "--class", "5А", "--out", target], "klass", "уже есть"),
            (["marks", "--class", "5Я", "--out", path("x.csv")], "klass", "Класса «5Я» нет"),
            (["marks", "--class", "5А", "--period", "9", "--out", path("x.csv")], "klass", "Периода «9» нет"),
            (["marks", "--class", "5А", "--out", path("нет/x.csv")], "klass", "нет: отчёт некуда сохранить"),
            (["marks", "--class", "5А", "--out", path("x.doc")], "klass", "Формат не ясен"),
            (["marks", "--class", "5А", "--out", path("x.csv")], "teacher", "классный руководитель"),
            (["marks", "--class", "5А", "--out", path("x.csv")], "parent", "дневник"),
        ]
        for (arguments, login, message) in cases {
            let refused = try report(arguments, as: login)
            #expect(refused.status != 0 && refused.standardError.contains(message), "\(arguments) as \(login): \(refused.standardError)")
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "прежний файл")
        #expect(!FileManager.default.fileExists(atPath: path("x.csv")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".partial") }.isEmpty)
    }
}
