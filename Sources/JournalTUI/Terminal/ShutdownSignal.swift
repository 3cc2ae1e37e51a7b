import Foundation
import Synchronization

/// Set from the SIGTERM/SIGHUP handler; read by the run loop between keys.
///
/// A signal handler may only do async-signal-safe work, so it stores to a lock-free atomic and
/// returns; the loop notices within one key timeout and shuts down through the normal path.
private let shutdownRequested = Atomic<Bool>(false)

/// The termination signals the terminal turns into a clean shutdown.
enum ShutdownSignal {
    /// Installs the handlers (idempotent).
    static func install() {
        signal(SIGTERM) { _ in shutdownRequested.store(true, ordering: .relaxed) }
        signal(SIGHUP) { _ in shutdownRequested.store(true, ordering: .relaxed) }
        // A parent (a test runner, a supervisor) may have left these blocked; then the handler
        // would never run and the program could not be stopped cleanly.
        var termination = sigset_t()
        sigemptyset(&termination)
        sigaddset(&termination, SIGTERM)
        sigaddset(&termination, SIGHUP)
        pthread_sigmask(SIG_UNBLOCK, &termination, nil)
    }

    /// Puts the default handlers back, after `endwin`.
    static func uninstall() {
        signal(SIGTERM, SIG_DFL)
        signal(SIGHUP, SIG_DFL)
    }

    /// True once a termination signal has arrived.
    static var isRequested: Bool { shutdownRequested.load(ordering: .relaxed) }
}
