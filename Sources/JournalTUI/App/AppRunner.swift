/// Owns the loop: read a key (or time out), reduce, draw a fresh frame, present the changes.
///
/// The only glue between ``Terminal`` and ``AppState``; it stops when the user quits or a
/// termination signal arrives, then ends the session (recorded as a log-out) and always restores
/// the terminal.
@MainActor
public final class AppRunner {
    public private(set) var state: AppState
    private let terminal: Terminal
    private let refreshInterval: Int

    /// - Parameter refreshIntervalMs: how long to wait for a key before a `.tick` redraw.
    public init(terminal: Terminal, state: AppState, refreshIntervalMs: Int = 500) {
        self.terminal = terminal
        self.state = state
        self.refreshInterval = refreshIntervalMs
    }

    /// Runs until quit or SIGTERM/SIGHUP, then shuts the terminal down.
    public func run() {
        defer {
            state.closeSession()
            terminal.shutdown()
        }
        state.reduce(.resized(terminal.size))
        terminal.present(AppView(state: state).render(), full: true)
        while state.isRunning, !terminal.shutdownRequested {
            let key = terminal.readKey(timeoutMs: refreshInterval)
            if terminal.shutdownRequested { break }
            let changed = switch key {
            case .resize?: state.reduce(.resized(terminal.size))
            case let key?: state.reduce(.key(key))
            case nil: state.reduce(.tick)
            }
            guard state.isRunning else { break }
            guard changed else { continue }
            terminal.present(AppView(state: state).render(), full: state.needsFullRedraw)
            state.needsFullRedraw = false
        }
    }
}
