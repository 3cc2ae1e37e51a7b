import Foundation

/// Drives a command inside a detached tmux session, for end-to-end tests of the real terminal.
///
/// `tmux new-session -d -x 100 -y 30` gives the program a real pty of a known size; keys go in with
/// `send-keys`, and `capture-pane -p` reads back what is on screen.
public final class TmuxSession {
    public let name: String
    private let socket: String

    /// Whether tmux is installed (tests skip themselves otherwise).
    public static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// Starts `command` (run by `sh -c`) in a new session of the given size.
    public init(command: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        name = "journal-test-\(UUID().uuidString.prefix(8))"
        // A private server socket keeps tests away from the user's own tmux sessions.
        socket = "journal-tests-\(getpid())"
        let exports = environment.map { "\($0.key)=" + Self.quoted($0.value) }.joined(separator: " ")
        try tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height),
                  "env \(exports) sh -c \(Self.quoted(command)); sleep 60"])
    }

    /// Sends keys as tmux names them (`"Enter"`, `"C-q"`, `"F1"`) or literal text with `literal: true`.
    public func send(_ keys: String..., literal: Bool = false) throws {
        try send(contentsOf: keys, literal: literal)
    }

    /// Sends a list of keys (e.g. a key repeated) in one tmux command.
    public func send(contentsOf keys: [String], literal: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// The visible pane as lines.
    public func capture() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", name]).components(separatedBy: "\n")
    }

    /// Polls the pane until `text` appears and returns that capture; throws, with the last
    /// capture, when `timeout` seconds pass without it.
    @discardableResult
    public func waitFor(_ text: String, timeout: Double = 15) throws -> [String] {
        try waitUntil(text, timeout: timeout) { $0.joined(separator: "\n").contains(text) }
    }

    /// Polls the pane until `isShown` holds for its lines (`what` names it in the error).
    @discardableResult
    public func waitUntil(_ what: String, timeout: Double = 15, _ isShown: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var lines = try capture()
        while !isShown(lines) {
            guard Date() < deadline else { throw TmuxError.notShown(what, screen: lines) }
            Thread.sleep(forTimeInterval: 0.05)
            lines = try capture()
        }
        return lines
    }

    /// Changes the window size (exercises KEY_RESIZE).
    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// Kills the session and, with it, this test process's private tmux server.
    public func close() {
        _ = try? tmux(["kill-session", "-t", name])
    }

    deinit { close() }

    /// `text` as one shell word, whatever quotes it holds.
    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs one tmux client command (a ``ChildProcess``) and returns its output.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try ChildProcess.run(["/usr/bin/tmux", "-L", socket] + arguments, timeout: 10)
        guard result.status == 0 || arguments.first == "kill-session" else { throw TmuxError.failed(arguments, status: result.status) }
        return result.standardOutput
    }
}

/// A tmux command that did not succeed.
public enum TmuxError: Error {
    case failed([String], status: Int32)
    /// `waitFor` gave up: the text never appeared; the screen as last captured.
    case notShown(String, screen: [String])
}
