import Foundation
import GRDB
import JournalTestSupport
import Testing
@testable import JournalModel

/// The diary through tmux on the real `journal` binary: the demo `student` and the demo `parent`
/// log in, read the week, a lesson in full, then a subject's marks with the forecast.
@Suite("Diary end to end (tmux)", .serialized)
struct DiaryEndToEndTests {
    @Test(.enabled(if: DemoSchoolTerminal.isAvailable), .timeLimit(.minutes(1)))
    func theStudentReadsTheWeekAndASubjectsForecast() throws {
        let school = try DemoSchoolTerminal()
        let name = try fullName(school, ofLogin: "student")
        let session = try school.logIn("student", until: "Дневник:")
        defer { session.close() }
        var screen = try session.waitFor("Неделя 23.11–29.11.2026").joined(separator: "\n")
        #expect(screen.contains("Дневник: \(name)"))
        #expect(screen.contains("пн 23.11.2026 — сегодня") && screen.contains("08:30"))

        // Last week, its first lesson in full, back.
        try session.send("PageUp")
        screen = try session.waitFor("Неделя 16.11–22.11.2026").joined(separator: "\n")
        #expect(screen.contains("пн 16.11.2026"))
        try session.send("Enter")
        screen = try session.waitFor("Домашнее задание:").joined(separator: "\n")
        #expect(screen.contains("16.11.2026, урок 1") && screen.contains("Учитель:"))
        try session.send("Escape")
        try session.waitFor("Неделя 16.11–22.11.2026")

        // The marks of the quarter, then the first subject's with how the forecast is reached.
        try session.send("F6")
        screen = try session.waitFor("Прогн.").joined(separator: "\n")
        #expect(screen.contains("Период: 2 четверть"))
        try session.send("Enter")
        screen = try session.waitFor("Пороги:").joined(separator: "\n")
        #expect(screen.contains("Отметки × вес:") && screen.contains("Средневзвешенный балл:") && screen.contains("Прогноз:"))
        try session.send("F10")
        try session.waitFor("JOURNAL EXITED")
    }

    @Test(.enabled(if: DemoSchoolTerminal.isAvailable), .timeLimit(.minutes(1)))
    func theParentReadsTheirChildsDiary() throws {
        let school = try DemoSchoolTerminal()
        let child = try school.journal().database.pool.read { db in
            try String.fetchOne(db, sql: """
                SELECT person.last_name || ' ' || person.first_name FROM guardian JOIN person ON person.id = guardian.student_id
                JOIN account ON account.person_id = guardian.parent_id WHERE account.login = 'parent' AND guardian.consent = 1
                """)
        }
        let session = try school.logIn("parent", width: 80, height: 24, until: "Дневник:")
        defer { session.close() }
        var screen = try session.waitFor("Неделя 23.11–29.11.2026").joined(separator: "\n")
        #expect(screen.contains("Дневник: \(try #require(child))"))
        try session.send("F6")
        try session.waitFor("Прогн.")
        try session.send("Down")
        try session.send("Enter")
        screen = try session.waitFor("Пороги:").joined(separator: "\n")
        #expect(screen.contains("Прогноз:") && screen.contains("Esc — все предметы"))
        try session.send("F7")
        screen = try session.waitFor("Итого").joined(separator: "\n")
        #expect(screen.contains("Уроков"))
    }

    private func fullName(_ school: DemoSchoolTerminal, ofLogin login: String) throws -> String {
        let person = try school.personID(ofLogin: login)
        return try school.journal().database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT last_name || ' ' || first_name || ' ' || patronymic FROM person WHERE id = ?",
                                arguments: [person])
        } ?? ""
    }
}
