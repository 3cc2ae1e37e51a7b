import Foundation
@_spi(Testing) import JournalModel
import JournalTUI

/// The diary in-process on a large school: a student's (and a parent's) home after login, its
/// week loaded and drawn; every week of the year paged to; the marks and attendance pages.
enum DiaryBenchmarks {
    struct Result {
        /// The diary screen made (pupils, periods, this week, what is new) and its first frame drawn.
        var opening = Timings()
        /// PageUp/PageDown to another week: the key reduced (the week loaded) and the frame drawn.
        var weeks = Timings()
        /// F6 and F7: the period's marks by subject, and its attendance, loaded and drawn.
        var marks = Timings(), attendance = Timings()
        var lessonsInWeek = 0
        var subjects = 0
    }

    /// Logs in twice with the password (the second login has a previous visit, so what is new is
    /// looked for as it is at every real login) on a copy of the school, then measures.
    static func run(database: String, login: String, password: String, repetitions: Int) throws -> Result {
        let clock = EnvironmentClock.fromEnvironment() ?? FixedClock(SchoolDate("2026-11-23")!)
        let journal = try Journal(path: database, clock: clock, timeZone: TimeZone(identifier: "UTC")!)
        _ = try logIn(journal, login, password)
        let session = try logIn(journal, login, password)
        let keymap = KeymapLoader.load(preset: "default", userFile: nil, environment: [:]).keymap
        let environment = AppEnvironment(journal: journal, session: session)
        let size = Size(width: 100, height: 30)
        var result = Result()
        for _ in 0..<repetitions {
            let (screen, milliseconds) = measure { () -> DiaryScreen in
                let screen = DiaryScreen(session: session)
                _ = AppView(state: AppState(size: size, language: .russian, keymap: keymap, environment: environment, screen: screen)).render()
                return screen
            }
            if let status = screen.status { throw BenchFailure("the diary said: \(status.text.text(.english))") }
            result.opening.add(milliseconds)
            result.lessonsInWeek = screen.week?.lessons.count ?? 0
        }
        var state = AppState(size: size, language: .russian, keymap: keymap, environment: environment, screen: DiaryScreen(session: session))
        for _ in 0..<max(1, repetitions / 20) {
            // Back to the year's start and forward again: about 35 weeks each way.
            for key in Array(repeating: Key.pageUp, count: 12) + Array(repeating: Key.pageDown, count: 35) + Array(repeating: Key.pageUp, count: 23) {
                let (_, milliseconds) = measure {
                    state.reduce(.key(key))
                    _ = AppView(state: state).render()
                }
                result.weeks.add(milliseconds)
            }
        }
        for _ in 0..<repetitions {
            result.marks.add(measure { state.reduce(.key(.function(6))); _ = AppView(state: state).render() }.milliseconds)
            result.attendance.add(measure { state.reduce(.key(.function(7))); _ = AppView(state: state).render() }.milliseconds)
        }
        result.subjects = (state.screen as? DiaryScreen)?.marks?.subjects.count ?? 0
        return result
    }

    private static func logIn(_ journal: Journal, _ login: String, _ password: String) throws -> JournalSession {
        guard case .session(let session) = try journal.logIn(login: login, password: password, terminal: "bench") else {
            throw BenchFailure("\(login) must change a temporary password first")
        }
        return session
    }
}
