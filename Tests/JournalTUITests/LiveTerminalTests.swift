import Foundation
import JournalTestSupport
@testable import JournalModel
import Testing
@testable import JournalTUI

/// End-to-end: the real ``Terminal`` and ``AppRunner`` in a tmux pane, driven by keys.
///
/// The test binary runs itself inside tmux with `JOURNAL_TUI_LIVE=1`, which enables the
/// `liveLoginSession` test: it runs ``TerminalApp/run`` on the real terminal until F10. The outer
/// test types into the pane and reads it back, so this covers locale set-up, `get_wch` decoding of
/// Cyrillic and function keys, resize, and drawing through ncurses.
@Suite("Live terminal (tmux)")
struct LiveTerminalTests {
    static var isChild: Bool { ProcessInfo.processInfo.environment["JOURNAL_TUI_LIVE"] == "1" }

    @MainActor
    @Test(.enabled(if: LiveTerminalTests.isChild))
    func liveLoginSession() throws {
        let school = try SchoolFixture(with: .mathPlan)  // no accounts: every login is refused
        if let pidFile = ProcessInfo.processInfo.environment["JOURNAL_TUI_PIDFILE"] {
            try String(getpid()).write(toFile: pidFile, atomically: true, encoding: .utf8)
        }
        // The same entry point main.swift uses, so keymap loading and start-up are covered too.
        let status = TerminalApp.run(journal: school.journal)
        #expect(status == Int32(ProcessInfo.processInfo.environment["JOURNAL_TUI_EXPECT_STATUS"] ?? "0"))
        print("LIVE SESSION ENDED")
    }

    @Test(.enabled(if: TmuxSession.isAvailable && !LiveTerminalTests.isChild), .timeLimit(.minutes(1)))
    func loginThroughTmux() throws {
        let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let session = try TmuxSession(
            command: "\(binary) --testing-library swift-testing --filter liveLoginSession",
            environment: ["JOURNAL_TUI_LIVE": "1", "LANG": "ru_RU.UTF-8", "TERM": "tmux-256color", "XDG_CONFIG_HOME": "/nonexistent"])
        defer { session.close() }

        var screen = try session.waitFor("Вход в электронный журнал").joined(separator: "\n")
        #expect(screen.contains("Вход в электронный журнал"))

        try session.send("ivanova", literal: true)
        try session.send("Tab")
        try session.send("пароль", literal: true)
        screen = try session.waitFor("******").joined(separator: "\n")
        #expect(screen.contains("[ivanova"))
        #expect(!screen.contains("пароль ") && screen.contains("******"))

        try session.send("Enter")
        screen = try session.waitFor("Неверный логин").joined(separator: "\n")
        #expect(screen.contains("Неверный логин или пароль."))

        try session.send("F1")
        screen = try session.waitFor("Справка по клавишам").joined(separator: "\n")
        #expect(screen.contains("Справка по клавишам"))
        try session.send("Escape")
        screen = try session.waitFor("Вход в электронный журнал").joined(separator: "\n")
        #expect(!screen.contains("Справка по клавишам"))

        try session.resize(width: 60, height: 20)
        screen = try session.waitFor("Terminal too small").joined(separator: "\n")
        #expect(screen.contains("Окно терминала мало: 60×20."))
        try session.resize(width: 100, height: 30)
        screen = try session.waitFor("Вход в электронный журнал").joined(separator: "\n")
        #expect(!screen.contains("Terminal too small"))

        try session.send("F10")
        screen = try session.waitFor("LIVE SESSION ENDED").joined(separator: "\n")
        #expect(screen.contains("LIVE SESSION ENDED"))
    }

    @Test(.enabled(if: TmuxSession.isAvailable && !LiveTerminalTests.isChild), .timeLimit(.minutes(1)))
    func sigtermEndsCleanlyOnAMonochromeTerminal() throws {
        let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let pidFile = FileManager.default.temporaryDirectory.appendingPathComponent("journal-live-\(UUID()).pid").path
        defer { try? FileManager.default.removeItem(atPath: pidFile) }
        let session = try TmuxSession(
            command: "\(binary) --testing-library swift-testing --filter liveLoginSession",
            environment: ["JOURNAL_TUI_LIVE": "1", "LANG": "C", "TERM": "vt100", "NO_COLOR": "1", "JOURNAL_TUI_PIDFILE": pidFile, "XDG_CONFIG_HOME": "/nonexistent"])
        defer { session.close() }

        var screen = try session.waitFor("Log in to the class journal").joined(separator: "\n")
        #expect(screen.contains("Log in to the class journal"))
        try session.send("F1")
        screen = try session.waitFor("Key help").joined(separator: "\n")
        #expect(screen.contains("Key help"))

        let pid = try #require(Int32((try? String(contentsOfFile: pidFile, encoding: .utf8)) ?? ""))
        kill(pid, SIGTERM)
        screen = try session.waitFor("LIVE SESSION ENDED").joined(separator: "\n")
        #expect(screen.contains("LIVE SESSION ENDED"))
    }

    @Test(.enabled(if: TmuxSession.isAvailable && !LiveTerminalTests.isChild), .timeLimit(.minutes(1)))
    func unknownTermIsReportedInsteadOfExiting() throws {
        let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let session = try TmuxSession(
            command: "\(binary) --testing-library swift-testing --filter liveLoginSession",
            environment: ["JOURNAL_TUI_LIVE": "1", "TERM": "no-such-terminal", "JOURNAL_TUI_EXPECT_STATUS": "1"])
        defer { session.close() }
        let screen = try session.waitFor("LIVE SESSION ENDED").joined(separator: "\n")
        #expect(screen.contains("Неизвестный тип терминала TERM=\"no-such-terminal\""))
        #expect(screen.contains("Unknown terminal type TERM=\"no-such-terminal\""))
    }
}
