import Foundation

/// A command in a detached tmux session on a private tmux server: a real terminal of a known
/// size, keys typed with `send-keys`, the screen read with `capture-pane`.
///
/// The same idea as `TmuxSession` of the TUI tests (a test target cannot import another's
/// support files), cut down to what the SSH test needs.
final class TmuxTerminal {
    /// The private server's socket, a path of the test's own (tmux leaves a `-L` socket behind in /tmp/tmux-UID).
    private let socket = FileManager.default.temporaryDirectory.appendingPathComponent("journal-tmux-\(UUID().uuidString).sock").path

    /// Starts `command` (a shell command line) in a `width` × `height` window; `sleep` keeps the
    /// window, and what the command last printed, after it exits.
    init(command: String, width: Int = 100, height: Int = 30) throws {
        try tmux(["new-session", "-d", "-s", "main", "-x", String(width), "-y", String(height), "\(command); sleep 60"])
    }

    /// Sends keys as tmux names them (`"Enter"`, `"Tab"`, `"F10"`), or literal text.
    func send(_ keys: String, literal: Bool = false) throws {
        try tmux(["send-keys", "-t", "main"] + (literal ? ["-l"] : []) + [keys])
    }

    /// The visible screen, as one string of lines.
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "main"]) }

    /// Polls the screen until it shows one of `texts`; returns that screen, or throws with the last one.
    @discardableResult
    func waitFor(_ texts: String..., timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var shown = try screen()
        while !texts.contains(where: shown.contains) {
            guard Date() < deadline else { throw TmuxTerminalError.notShown(texts, screen: shown) }
            usleep(50_000)
            shown = try screen()
        }
        return shown
    }

    /// Ends the private tmux server and everything running in it.
    func close() {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: socket)
    }

    deinit { close() }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try ChildProcess.run(["/usr/bin/tmux", "-S", socket] + arguments, timeout: 10)
        guard result.status == 0 || arguments == ["kill-server"] else {
            throw TmuxTerminalError.failed(arguments, status: result.status, message: result.standardError)
        }
        return result.standardOutput
    }
}

enum TmuxTerminalError: Error {
    case failed([String], status: Int32, message: String)
    /// None of the texts appeared in time; the screen as last captured.
    case notShown([String], screen: String)
}
