/// Owns the loop: read a key (or time out), reduce, draw a fresh frame, present the changes.
///
/// The only stateful glue between ``Terminal`` and the pure ``AppState``; it stops when the user
/// quits or a termination signal arrives, and always restores the terminal.
@MainActor
public final class AppRunner {
    public private(set) var state: AppState
    private let terminal: Terminal
    private let environment: AppEnvironment
    private let refreshInterval: Int

    /// - Parameter refreshIntervalMs: how long to wait for a key before a `.tick` redraw.
    public init(terminal: Terminal, state: AppState, environment: AppEnvironment, refreshIntervalMs: Int = 500) {
        self.terminal = terminal
        self.state = state
        self.environment = environment
        self.refreshInterval = refreshIntervalMs
    }

    /// Runs until quit or SIGTERM/SIGHUP, then shuts the terminal down.
    public func run() {
        defer { terminal.shutdown() }
        state.reduce(.resized(terminal.size), environment: environment)
        terminal.present(AppView(state: state).render(), full: true)
        while state.isRunning, !terminal.shutdownRequested {
            let key = terminal.readKey(timeoutMs: refreshInterval)
            if terminal.shutdownRequested { break }
            let changed = switch key {
            case .resize?: state.reduce(.resized(terminal.size), environment: environment)
            case let key?: state.reduce(.key(key), environment: environment)
            case nil: state.reduce(.tick, environment: environment)
            }
            guard state.isRunning else { break }
            guard changed else { continue }
            terminal.present(AppView(state: state).render(), full: state.needsFullRedraw)
            state.needsFullRedraw = false
        }
    }
}
