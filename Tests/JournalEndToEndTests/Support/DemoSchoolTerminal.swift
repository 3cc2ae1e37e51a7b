import Foundation
import GRDB
import JournalTestSupport
@testable import JournalModel
@testable import JournalDemo

/// The real `journal` binary on a small demo school made for a fixed day, driven through tmux:
/// what the end-to-end tests share.
///
/// Today is Monday 2026-11-23 (`JOURNAL_NOW`), in the second quarter, 18 days after it began:
/// today's lessons exist and the quarter's first lesson is past the two-week edit window,
/// whatever day the suite runs.
final class DemoSchoolTerminal {
    /// `.build/debug/journal`, next to the test bundle.
    static var journalBinary: String { CommandRunner.journalBinary }

    /// Whether the tests can run: tmux and the binary exist, and this is not a tmux child of another test.
    static var isAvailable: Bool {
        TmuxSession.isAvailable && ProcessInfo.processInfo.environment["JOURNAL_TUI_LIVE"] == nil
            && FileManager.default.isExecutableFile(atPath: journalBinary)
    }

    static let today = SchoolDate("2026-11-23")!

    /// The environment every session runs with (Russian, a fixed day, no user keymap).
    static let environment = ["LANG": "ru_RU.UTF-8", "TERM": "tmux-256color", "XDG_CONFIG_HOME": "/nonexistent",
                              "JOURNAL_NOW": today.description, "TZ": "UTC"]

    let directory: URL
    let database: String

    /// Makes the small demo school in a new temporary directory.
    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("journal-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        database = directory.appendingPathComponent("school.sqlite").path
        let session = try TmuxSession(
            command: "\(Self.journalBinary) demo --db \(database) --size small --password-rounds 1000 >/dev/null; echo DEMO MADE $?",
            environment: Self.environment)
        defer { session.close() }
        let screen = try session.waitFor("DEMO MADE", timeout: 60).joined(separator: "\n")
        guard screen.contains("DEMO MADE 0") else { throw TmuxError.failed(["journal", "demo"], status: 1) }
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Starts the journal on the school (with extra environment, e.g. another TERM) and waits for
    /// the login screen; `echo JOURNAL EXITED` follows the program's exit.
    func start(width: Int = 100, height: Int = 30, environment extra: [String: String] = [:]) throws -> TmuxSession {
        let session = try TmuxSession(command: "\(Self.journalBinary) --db \(database); echo JOURNAL EXITED",
                                      width: width, height: height, environment: Self.environment.merging(extra) { $1 })
        try session.waitFor("Вход в электронный журнал")
        return session
    }

    /// Starts the journal and logs in with a demo login (password demo2026) up to the home screen
    /// (`until` is a text of it: a student's and a parent's home is the diary).
    func logIn(_ login: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:],
               until home: String = "Здравствуйте") throws -> TmuxSession {
        let session = try start(width: width, height: height, environment: environment)
        try session.send(login, literal: true)
        try session.send("Tab")
        try session.send("demo2026", literal: true)
        try session.send("Enter")
        try session.waitFor(home)
        return session
    }

    /// The school's journal, opened in this process to check what the sessions saved.
    func journal() throws -> Journal { try Journal(path: database) }

    /// The person behind a demo login.
    func personID(ofLogin login: String) throws -> String {
        try journal().database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT person_id FROM account WHERE login = ?", arguments: [login])
        } ?? ""
    }

    /// The last sequence number of the operation log.
    func lastLogSeq() throws -> Int {
        try journal().database.pool.read { db in try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM operation_log") ?? 0 }
    }

    /// The journal's log entries after `seq` (accounts' own entries, such as logins, left out),
    /// as table, field and new value, in order.
    func journalEntries(after seq: Int) throws -> [(table: String, field: String?, new: String?)] {
        try journal().database.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT target_table, field, new_value FROM operation_log
                WHERE seq > ? AND target_table <> 'account' ORDER BY seq
                """, arguments: [seq])
                .map { ($0["target_table"], $0["field"], $0["new_value"]) }
        }
    }
}
