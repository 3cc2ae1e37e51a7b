import Foundation
import JournalTestSupport
@testable import JournalModel
import Testing
@testable import JournalTUI

/// The session in the app: it returns to the login screen saying why when the model ends it
/// (account blocked), on F12, and after the idle time, keeping unsaved text for the same person.
@Suite struct SessionLifecycleTests {
    /// A clock the test moves: the app's idle lock reads it.
    final class Uptime: @unchecked Sendable {
        private let lock = NSLock()
        private var seconds: TimeInterval = 1_000
        var now: TimeInterval { lock.withLock { seconds } }
        func advance(by delta: TimeInterval) { lock.withLock { seconds += delta } }
    }

    struct App {
        let school: SchoolFixture
        let uptime = Uptime()
        var state: AppState

        init() throws {
            school = try SchoolFixture(with: .mathPlan)
            try school.account("ivanova", for: school.mathTeacher, password: "Drobi-2026")
            try school.account("smirnov", for: school.classTeacher, password: "Russkiy-2026")
            let uptime = uptime
            state = AppState(size: Size(width: 100, height: 30), language: .russian, keymap: defaultKeymap(),
                             environment: AppEnvironment(journal: school.journal, terminal: "test", uptime: { uptime.now }))
        }

        mutating func type(_ text: String) { for character in text { state.reduce(.key(.character(character))) } }
        mutating func press(_ keys: Key...) { for key in keys { state.reduce(.key(key)) } }

        mutating func logIn(_ login: String, _ password: String) {
            type(login)
            press(.enter)
            type(password)
            press(.enter)
        }

        var loginMessage: StatusMessage? { (state.screen as? LoginScreen)?.message }
    }

    @Test func aBlockedAccountsOpenSessionReturnsToTheLoginScreenAtItsNextStep() throws {
        var app = try App()
        app.logIn("ivanova", "Drobi-2026")
        #expect(app.state.screen is HomeScreen)
        let id = try #require(try app.school.admin.account(login: "ivanova")).id
        try app.school.admin.setAccountBlocked(accountID: id, blocked: true)

        app.press(.enter)  // open the gradebook: the model refuses, the session is over

        #expect(app.state.screen is LoginScreen)
        #expect(app.state.stack.count == 1)
        #expect(app.state.environment.session == nil)
        #expect(app.loginMessage == .info(SessionEnd.blocked.message))
    }

    @Test func aBlockedAccountIsNoticedOnATickTooWithinSeconds() throws {
        var app = try App()
        app.logIn("ivanova", "Drobi-2026")
        let id = try #require(try app.school.admin.account(login: "ivanova")).id
        try app.school.admin.setAccountBlocked(accountID: id, blocked: true)
        app.state.reduce(.tick)
        #expect(app.state.screen is HomeScreen, "not checked yet")
        app.uptime.advance(by: AppState.accountCheckSeconds)
        app.state.reduce(.tick)
        #expect(app.state.screen is LoginScreen)
    }

    @Test func f12LogsOutAndTheNextPersonLogsIn() throws {
        var app = try App()
        app.logIn("ivanova", "Drobi-2026")
        app.press(.enter)
        #expect(app.state.screen is GridScreen)
        app.press(.function(12))
        #expect(app.state.screen is LoginScreen)
        #expect(app.loginMessage == .info(SessionEnd.loggedOut.message))
        app.logIn("smirnov", "Russkiy-2026")
        #expect(app.state.screen is HomeScreen)
        #expect(app.state.environment.session?.personID == app.school.classTeacher.id)
        let events = try app.school.journal.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT event FROM access_log WHERE terminal = 'test' ORDER BY seq")
        }
        #expect(events == ["login", "logout", "login"])
    }

    @Test func theIdleLockKeepsUnsavedTextForTheSamePersonOnly() throws {
        // Given the teacher typing a topic in the lesson record, not yet saved
        var app = try App()
        app.logIn("ivanova", "Drobi-2026")
        app.press(.enter, .function(4), .enter)
        app.press(.end)
        app.type(" и проценты")
        let typed = try #require((app.state.screen as? LessonEditorScreen)?.editor?.text)
        #expect(typed == "Дроби и проценты")

        // When ten minutes pass without a key
        app.uptime.advance(by: 9 * 60)
        app.state.reduce(.tick)
        #expect(app.state.screen is LessonEditorScreen)
        app.uptime.advance(by: 60)
        app.state.reduce(.tick)

        // Then the login screen says why, and the next person gets no draft of hers
        #expect(app.state.screen is LoginScreen)
        #expect(app.loginMessage == .info(SessionEnd.idleLocked.message))
        app.logIn("smirnov", "Russkiy-2026")
        #expect(app.state.screen is HomeScreen)
        app.press(.function(12))

        // And when she comes back, her text is offered in the editor, and F2 saves it
        app.logIn("ivanova", "Drobi-2026")
        let editor = try #require(app.state.screen as? LessonEditorScreen)
        #expect(editor.editor?.text == typed)
        #expect(editor.status?.text.russian.contains("черновик") == true)
        app.press(.function(2))
        #expect(try app.school.admin.lesson(id: app.school.mathLesson.id).topic == typed)
        #expect(app.state.drafts.isEmpty)
    }

    @Test func whileTheTerminalIsTooSmallKeysChangeNothing() throws {
        var app = try App()
        app.logIn("ivanova", "Drobi-2026")
        app.press(.enter)
        let before = try app.school.lastLogSeq()
        app.state.reduce(.resized(Size(width: 40, height: 12)))
        app.type("54")
        app.press(.enter, .function(8), .escape)
        #expect(try app.school.lastLogSeq() == before)
        #expect(app.state.screen is GridScreen)
        // Help and quitting still work
        app.press(.function(1))
        #expect(app.state.help != nil)
        app.press(.escape)
        #expect(app.state.help == nil)
        app.press(.function(10))
        #expect(!app.state.isRunning)
    }
}
