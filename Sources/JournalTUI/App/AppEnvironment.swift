import Foundation
import JournalModel

/// The outside world the screens may ask: the journal to log in to, the session of whoever is in,
/// and the size of the screen's body.
///
/// The app state owns it; every screen receives it in ``Screen/handle(_:environment:)``, so no
/// screen keeps the session or the journal of its own.
public struct AppEnvironment {
    /// The school's journal (the login screen opens sessions on it).
    public var journal: Journal
    /// The logged-in person's session; nil on the login screen.
    public var session: JournalSession?
    /// The size of the current screen's body (between the title bar and the status line):
    /// reducers page lists and grids by it.
    public var viewport: Size
    /// Where the program runs from, as the access log records logins (`SSH_CLIENT` or the tty).
    public var terminal: String
    /// Seconds on a clock that only goes forward, for the idle lock.
    public var uptime: @Sendable () -> TimeInterval

    public init(journal: Journal, session: JournalSession? = nil, viewport: Size = Size(width: 80, height: 22),
                terminal: String = TerminalName.current(), uptime: @escaping @Sendable () -> TimeInterval = AppEnvironment.monotonicSeconds) {
        self.journal = journal
        self.session = session
        self.viewport = viewport
        self.terminal = terminal
        self.uptime = uptime
    }

    /// The system's monotonic clock in seconds.
    @Sendable public static func monotonicSeconds() -> TimeInterval {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return TimeInterval(now.tv_sec) + TimeInterval(now.tv_nsec) / 1_000_000_000
    }
}
