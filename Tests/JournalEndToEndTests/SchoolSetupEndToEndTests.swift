import Foundation
import GRDB
import JournalTestSupport
import Testing
@testable import JournalModel

/// From an empty `journal init` to a teacher marking a lesson, with only `journal import school`
/// on a folder written as a school's secretary would (`Fixtures/school`: two classes of 25, one
/// with English in two groups, 50 parents' rows, 10 staff, a week of timetable). The staff, subjects,
/// workload, bells and timetable are Excel workbooks (`Fixtures/make_xlsx.py` wrote them from CSV,
/// as Excel lays a workbook out: shared strings, numbers, the staff's title row merged across the
/// columns); the students' file is a Windows-1251 CSV with a title row, columns in their own order
/// and an extra column; the parents' a UTF-8 CSV with commas.
@Suite("School set-up end to end", .serialized)
struct SchoolSetupEndToEndTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/school").path
    static let adminPassword = "Admin-parol-2026"

    /// Whether today has lessons in the timetable `journal init` and the fixture give: Monday to
    /// Saturday inside a quarter (a real school's journal takes no fixed date, so on Sundays and
    /// in the holidays there is no lesson to mark).
    static var todayHasLessons: Bool {
        let today = SchoolDate(Date())
        return today.weekday <= 6 && SchoolCalendar.quarters(startYear: SchoolCalendar.startYear(containing: today))
            .contains { $0.startsOn <= today && today <= $0.endsOn }
    }

    /// A new journal whose administrator has chosen a password, and the school imported into it.
    private func importedSchool() throws -> (directory: URL, database: String, accounts: String) {
        let directory = try CommandRunner.temporaryDirectory()
        let database = directory.appendingPathComponent("school.sqlite").path
        let created = try CommandRunner.journal(["init", "--db", database])
        let temporary = try #require(AccountCommandTests.temporaryPassword(in: created.standardOutput))
        let changed = try CommandRunner.journal(["passwd", "--db", database, "--login", "admin", "--password-stdin"],
                                                input: "\(temporary)\n\(Self.adminPassword)\n")
        #expect(changed.status == 0, "\(changed.standardError)")
        let accounts = directory.appendingPathComponent("учётные записи.csv").path
        let imported = try CommandRunner.journal(["import", "school", Self.fixture, "--db", database, "--accounts", accounts],
                                                 as: "admin", password: Self.adminPassword, environment: ["LANG": "ru_RU.UTF-8"])
        #expect(imported.status == 0, "\(imported.standardError)")
        for line in ["предметы.xlsx: новых 7", "ученики.csv: новых 50", "родители.csv: новых 100", "нагрузка.xlsx: новых 17",
                     "звонки.xlsx: новых 5", "расписание.xlsx: новых 42", "Учётных записей создано: 100"] {
            #expect(imported.standardOutput.contains(line), "\(line) in \(imported.standardOutput)")
        }
        #expect(imported.standardOutput.contains("Примечание"))  // the extra column, listed as skipped
        #expect(!imported.standardOutput.contains(try temporaryPassword(of: "ivanova.m", in: accounts)))
        return (directory, database, accounts)
    }

    private func temporaryPassword(of login: String, in accounts: String) throws -> String {
        let text = try String(contentsOfFile: accounts, encoding: .utf8)
        let line = try #require(text.components(separatedBy: "\r\n").first { $0.contains(";\(login);") })
        return line.components(separatedBy: ";")[2]
    }

    @Test func theSchoolImportsOnceAndAgainChangesNothing() throws {
        let (directory, database, accounts) = try importedSchool()
        defer { try? FileManager.default.removeItem(at: directory) }
        let attributes = try FileManager.default.attributesOfItem(atPath: accounts)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)

        let again = try CommandRunner.journal(["import", "school", Self.fixture, "--db", database, "--accounts", accounts + ".2"],
                                              as: "admin", password: Self.adminPassword, environment: ["LANG": "ru_RU.UTF-8"])
        #expect(again.status == 0, "\(again.standardError)")
        let reports = again.standardOutput.split(separator: "\n").filter { $0.contains(".csv: ") || $0.contains(".xlsx: ") }
        #expect(reports.count == 7 && reports.allSatisfy { $0.contains("новых 0, изменено 0,") }, "\(again.standardOutput)")
        #expect(again.standardOutput.contains("Новых учётных записей нет."))
        #expect(!FileManager.default.fileExists(atPath: accounts + ".2"))
        let verified = try CommandRunner.journal(["verify", "--db", database])
        #expect(verified.status == 0, "\(verified.standardOutput)\(verified.standardError)")
    }

    @Test func theTemplatesImportAsTheyAre() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let templates = directory.appendingPathComponent("шаблоны").path
        let written = try CommandRunner.journal(["template", templates], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(written.status == 0, "\(written.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: templates).count == 8)
        let again = try CommandRunner.journal(["template", templates])
        #expect(again.status == 1 && again.standardError.contains("not overwritten"))

        let database = directory.appendingPathComponent("school.sqlite").path
        let created = try CommandRunner.journal(["init", "--db", database])
        let temporary = try #require(AccountCommandTests.temporaryPassword(in: created.standardOutput))
        _ = try CommandRunner.journal(["passwd", "--db", database, "--login", "admin", "--password-stdin"], input: "\(temporary)\n\(Self.adminPassword)\n")
        let imported = try CommandRunner.journal(["import", "school", templates, "--db", database, "--accounts", directory.appendingPathComponent("a.csv").path],
                                                 as: "admin", password: Self.adminPassword, environment: ["LANG": "ru_RU.UTF-8"])
        #expect(imported.status == 0, "\(imported.standardError)")
        // init made the year's quarters as the template has them; one of each other kind, and the teacher, student and parent accounts.
        #expect(imported.standardOutput.contains("периоды.csv: новых 0, изменено 0, без изменений 4"))
        #expect(imported.standardOutput.contains("расписание.csv: новых 1") && imported.standardOutput.contains("Учётных записей создано: 3"))
        #expect(try CommandRunner.journal(["verify", "--db", database]).status == 0)
    }

    /// The program in tmux on `database`, logged in as `login`, on its home screen.
    private func loggedIn(_ login: String, password: String, database: String) throws -> TmuxSession {
        let session = try TmuxSession(command: "\(CommandRunner.journalBinary) --db '\(database)'; echo JOURNAL EXITED",
                                      environment: ["LANG": "ru_RU.UTF-8", "TERM": "tmux-256color", "XDG_CONFIG_HOME": "/nonexistent"])
        try session.waitFor("Вход в электронный журнал")
        try session.send(login, literal: true)
        try session.send("Tab")
        try session.send(password, literal: true)
        try session.send("Enter")
        try session.waitFor("Здравствуйте")
        return session
    }

    /// The administrator, on the administration screens, records a new student's arrival in 5А
    /// today; the mathematics teacher then marks the new student in today's lesson.
    @Test(.enabled(if: TmuxSession.isAvailable && todayHasLessons), .timeLimit(.minutes(1)))
    func anArrivalRecordedOnTheScreensIsMarkedByTheTeacher() throws {
        let (directory, database, accounts) = try importedSchool()
        defer { try? FileManager.default.removeItem(at: directory) }

        let admin = try loggedIn("admin", password: Self.adminPassword, database: database)
        defer { admin.close() }
        try admin.send("F8")
        try admin.waitFor("Что настроить или изменить")
        try admin.send("Down")
        try admin.send("Enter")
        try admin.waitFor("Классный руководитель")
        try admin.send("Enter")  // 5А, the first class
        try admin.waitFor("Ученики 5А")
        try admin.send("F4")
        try admin.waitFor("Прибытие ученика")
        try admin.send("Абрамов", literal: true)
        try admin.send("Tab")
        try admin.send("Борис", literal: true)
        try admin.send("Tab")
        try admin.send("Tab")
        try admin.send("14.03.2015", literal: true)
        try admin.send("Enter")
        try admin.waitFor("Абрамов Борис прибыл(а) в 5А")
        try admin.send("Escape")
        try admin.send("Escape")
        try admin.waitFor("Учебный год и периоды")
        for _ in 0..<6 { try admin.send("Down") }  // past classes, subjects, workload, kinds of work and accounts, to the settings
        try admin.send("Enter")
        try admin.waitFor("без ограничения")
        try admin.send("Right")
        try admin.waitFor("Сохранено: Срок исправления записей после урока — 1 неделя")
        try admin.send("F10")
        try admin.waitFor("JOURNAL EXITED")

        let temporary = try temporaryPassword(of: "ivanova.m", in: accounts)
        let own = try CommandRunner.journal(["passwd", "--db", database, "--login", "ivanova.m", "--password-stdin"],
                                            input: "\(temporary)\nIvanova-parol-2026\n")
        #expect(own.status == 0, "\(own.standardError)")
        let teacher = try loggedIn("ivanova.m", password: "Ivanova-parol-2026", database: database)
        defer { teacher.close() }
        let home = try teacher.waitFor("Здравствуйте").joined(separator: "\n")
        #expect(home.contains("5А     Математика · каб. 212"), "\(home)")
        try teacher.send("Enter")  // today's first lesson: 5А mathematics, slot 1
        try teacher.waitFor("ввод: ↓")
        try teacher.send("5", literal: true)  // the first row: Абрамов, who came today
        try teacher.waitFor("Сохранено")
        try teacher.send("F10")
        try teacher.waitFor("JOURNAL EXITED")

        let journal = try Journal(path: database)
        let marks = try journal.database.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT mark.value, person.last_name FROM mark JOIN person ON person.id = mark.student_id
                JOIN operation_log ON operation_log.target_id = mark.id AND operation_log.field IS NULL
                JOIN account ON account.id = operation_log.actor_id WHERE account.login = 'ivanova.m'
                """).map { "\($0["value"] as String) \($0["last_name"] as String)" }
        }
        #expect(marks == ["5 Абрамов"])
        #expect(try journal.database.pool.read(JournalSettings.load).editWindow == .oneWeek)
        #expect(try CommandRunner.journal(["verify", "--db", database]).status == 0)
    }
}
