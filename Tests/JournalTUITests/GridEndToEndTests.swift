import Foundation
import GRDB
import Testing
@testable import JournalModel

/// End-to-end through tmux on the real `journal` binary and a demo school generated for today:
/// log in as the demo teacher, mark today's lesson from the keyboard, then read the database.
@Suite("Grid end to end (tmux)", .serialized)
struct GridEndToEndTests {
    /// `.build/debug/journal`, next to the test bundle.
    static var journalBinary: String {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [directory, directory.deletingLastPathComponent()].map { $0.appendingPathComponent("journal").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }

    static var enabled: Bool {
        TmuxSession.isAvailable && ProcessInfo.processInfo.environment["JOURNAL_TUI_LIVE"] == nil
            && FileManager.default.isExecutableFile(atPath: journalBinary)
    }

    func logIn(_ session: TmuxSession) throws {
        try session.waitFor("Вход в электронный журнал")
        try session.send("teacher", literal: true)
        try session.send("Tab")
        try session.send("demo2026", literal: true)
        try session.send("Enter")
        try session.waitFor("Здравствуйте")
    }

    @Test(.enabled(if: GridEndToEndTests.enabled), .timeLimit(.minutes(1)))
    func teacherMarksTodaysLessonAndTheLogRecordsIt() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("journal-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("school.sqlite").path
        let binary = Self.journalBinary
        // A fixed Monday in the second quarter, 18 days after it began: today's lessons exist and
        // the quarter's first lesson is past the two-week edit window, whatever day the suite runs.
        let environment = ["LANG": "ru_RU.UTF-8", "TERM": "tmux-256color", "XDG_CONFIG_HOME": "/nonexistent",
                           "JOURNAL_NOW": "2026-11-23", "TZ": "UTC"]

        let session = try TmuxSession(
            command: "\(binary) demo --db \(database) --size small --password-rounds 1000 >/dev/null && \(binary) --db \(database); echo JOURNAL EXITED",
            width: 100, height: 30, environment: environment)
        defer { session.close() }
        try logIn(session)
        try session.send("Enter")  // the first line: today's first lesson (or the first gradebook)
        var screen = try session.waitFor("ввод: ↓").joined(separator: "\n")
        #expect(screen.contains("Ср.") && screen.contains("Итог"))

        // 5 for the first student, 4 for the second, skip the third with Enter, 3 for the fourth, then clear it.
        for keys in ["5", "4"] { try session.send(keys, literal: true) }
        try session.send("Enter")
        try session.send("3", literal: true)
        try session.send("Up")
        try session.send("BSpace")
        // A lesson older than the two-week window: the first of the period.
        try session.send("Home")
        try session.send("5", literal: true)
        screen = try session.waitFor("Срок редактирования истёк").joined(separator: "\n")
        #expect(screen.contains("Срок редактирования истёк"))

        try session.resize(width: 80, height: 24)
        screen = try session.waitFor("Журнал", timeout: 5).joined(separator: "\n")
        #expect(screen.contains("Ученик") && screen.contains("Прог"))
        try session.send("F10")
        #expect(try session.waitFor("JOURNAL EXITED").joined(separator: "\n").contains("JOURNAL EXITED"))

        // The database: the teacher's marks and their log entries.
        let journal = try Journal(path: database)
        let rows = try journal.database.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT m.value, m.state FROM mark m
                JOIN operation_log l ON l.target_id = m.id AND l.field IS NULL
                JOIN account a ON a.id = l.actor_id WHERE a.login = 'teacher' ORDER BY l.seq
                """).map { "\($0["value"] as String) \($0["state"] as String)" }
        }
        #expect(rows == ["5 active", "4 active", "3 deleted"])
        let log = try journal.database.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT l.target_table, l.field, l.old_value, l.new_value FROM operation_log l
                JOIN account a ON a.id = l.actor_id WHERE a.login = 'teacher' AND l.target_table = 'mark' ORDER BY l.seq
                """).map { "\($0["field"] as String? ?? "create") \($0["old_value"] as String? ?? "")→\(($0["new_value"] as String?)?.prefix(9) ?? "")" }
        }
        #expect(log.count == 4)
        #expect(log.last == "state \"active\"→\"deleted\"")

        // The same journal on a monochrome vt100: it opens, shows the marks, and takes one more.
        let vt100 = try TmuxSession(command: "\(binary) --db \(database); echo JOURNAL EXITED", width: 80, height: 24,
                                    environment: environment.merging(["TERM": "vt100", "NO_COLOR": "1"]) { $1 })
        defer { vt100.close() }
        try logIn(vt100)
        try vt100.send("Enter")
        screen = try vt100.waitFor("ввод: ↓").joined(separator: "\n")
        try vt100.send("Down")
        try vt100.send("Down")
        try vt100.send("2", literal: true)
        screen = try vt100.waitFor("Сохранено.").joined(separator: "\n")
        #expect(screen.contains("Сохранено."))
        // vt100's terminfo has no F10: its escape sequence must be dropped, not typed as marks 2 and 1.
        try vt100.send("F10")
        try vt100.send("C-q")
        #expect(try vt100.waitFor("JOURNAL EXITED").joined(separator: "\n").contains("JOURNAL EXITED"))
        let values = try journal.database.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT m.value FROM mark m JOIN operation_log l ON l.target_id = m.id AND l.field IS NULL
                JOIN account a ON a.id = l.actor_id WHERE a.login = 'teacher' AND m.state = 'active' ORDER BY l.seq
                """)
        }
        #expect(values == ["5", "4", "2"])
    }
}
