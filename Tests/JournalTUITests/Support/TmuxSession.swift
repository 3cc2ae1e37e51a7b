import Foundation

/// Drives a command inside a detached tmux session, for end-to-end tests of the real terminal.
///
/// `tmux new-session -d -x 100 -y 30` gives the program a real pty of a known size; keys go in with
/// `send-keys`, and `capture-pane -p` reads back what is on screen.
final class TmuxSession {
    let name: String
    private let socket: String

    /// Whether tmux is installed (tests skip themselves otherwise).
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// Starts `command` (run by `sh -c`) in a new session of the given size.
    init(command: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        name = "journal-test-\(UUID().uuidString.prefix(8))"
        // A private server socket keeps tests away from the user's own tmux sessions.
        socket = "journal-tests-\(getpid())"
        let exports = environment.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        try tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height),
                  "env \(exports) sh -c '\(command)'; sleep 60"])
    }

    /// Sends keys as tmux names them (`"Enter"`, `"C-q"`, `"F1"`) or literal text with `literal: true`.
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// The visible pane as lines.
    func capture() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", name]).components(separatedBy: "\n")
    }

    /// Polls the pane until `text` appears or `timeout` seconds pass; returns the last capture.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 5) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var lines = try capture()
        while !lines.joined(separator: "\n").contains(text), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            lines = try capture()
        }
        return lines
    }

    /// Changes the window size (exercises KEY_RESIZE).
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// Kills the session.
    func close() {
        _ = try? tmux(["kill-session", "-t", name])
    }

    deinit { close() }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        process.arguments = ["-L", socket] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
