import Foundation
import JournalTestSupport
import GRDB
import Testing
@testable import JournalModel
@testable import JournalDemo

/// End-to-end through tmux on the real binary: the administrator blocks the demo teacher's account
/// while her session is open; her next change is refused, nothing is written, and the login screen
/// shows why.
@Suite("Session end to end (tmux)", .serialized)
struct SessionEndEndToEndTests {
    @Test(.enabled(if: DemoSchoolTerminal.isAvailable), .timeLimit(.minutes(1)))
    func blockingTheAccountEndsTheOpenSession() throws {
        // Given the teacher in her gradebook, a mark saved
        let school = try DemoSchoolTerminal()
        let session = try school.logIn("teacher")
        defer { session.close() }
        try session.send("Enter")
        try session.waitFor("ввод: ↓")
        try session.send("5", literal: true)
        try session.waitFor("Сохранено.")
        let before = try school.lastLogSeq()

        // When the administrator blocks her account (from another session of the school's journal)
        let journal = try school.journal()
        let admin = try journal.logIn(login: "admin", password: "demo2026").opened()
        let account = try #require(try admin.account(login: "teacher"))
        try admin.setAccountBlocked(accountID: account.id, blocked: true)

        // Then her next mark is refused, and the login screen says why
        try session.send("4", literal: true)
        let screen = try session.waitFor("Учётная запись заблокирована").joined(separator: "\n")
        #expect(screen.contains("Вход в электронный журнал"))
        #expect(try school.lastLogSeq() == before + 1, "only the block itself was written")
        let entries = try journal.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT target_table FROM operation_log WHERE seq > ?", arguments: [before])
        }
        #expect(entries == ["account"])
        try session.send("F10")
        try session.waitFor("JOURNAL EXITED")
    }
}

private extension LoginResult {
    func opened() throws -> JournalSession {
        guard case .session(let session) = self else { throw TmuxError.failed(["log in"], status: 1) }
        return session
    }
}
