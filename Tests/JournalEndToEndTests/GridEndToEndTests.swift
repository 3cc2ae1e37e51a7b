import Foundation
import JournalTestSupport
import GRDB
import Testing
@testable import JournalModel
@testable import JournalDemo

/// End-to-end through tmux on the real `journal` binary and a demo school generated for today:
/// log in as the demo teacher, mark today's lesson from the keyboard, then read the database.
@Suite("Grid end to end (tmux)", .serialized)
struct GridEndToEndTests {
    @Test(.enabled(if: DemoSchoolTerminal.isAvailable), .timeLimit(.minutes(1)))
    func teacherMarksTodaysLessonAndTheLogRecordsIt() throws {
        let school = try DemoSchoolTerminal()
        let session = try school.logIn("teacher")
        defer { session.close() }
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
        let journal = try school.journal()
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
        let vt100 = try school.logIn("teacher", width: 80, height: 24, environment: ["TERM": "vt100", "NO_COLOR": "1"])
        defer { vt100.close() }
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
