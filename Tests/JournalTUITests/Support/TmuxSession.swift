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
        try send(contentsOf: keys, literal: literal)
    }

    /// Sends a list of keys (e.g. a key repeated) in one tmux command.
    func send(contentsOf keys: [String], literal: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// The visible pane as lines.
    func capture() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", name]).components(separatedBy: "\n")
    }

    /// Polls the pane until `text` appears and returns that capture; throws, with the last
    /// capture, when `timeout` seconds pass without it.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15) throws -> [String] {
        try waitUntil(text, timeout: timeout) { $0.joined(separator: "\n").contains(text) }
    }

    /// Polls the pane until `isShown` holds for its lines (`what` names it in the error).
    @discardableResult
    func waitUntil(_ what: String, timeout: Double = 15, _ isShown: ([String]) -> Bool) throws -> [String] {
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
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// Kills the session and, with it, this test process's private tmux server.
    func close() {
        _ = try? tmux(["kill-session", "-t", name])
    }

    deinit { close() }

    /// Runs one tmux client command and returns its output.
    ///
    /// Uses `posix_spawn` + `waitpid` rather than Foundation's `Process`: inside the test runner
    /// `Process.waitUntilExit` never saw the tmux client exit, and the forked tmux server inherited
    /// the runner's blocked signals. Output goes through a temporary file, not a pipe, because the
    /// server that `new-session` forks would keep a pipe open.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID()).out").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let argv = ["/usr/bin/tmux", "-L", socket] + arguments
        let status = try Self.spawnAndWait(argv, stdoutPath: outputPath)
        guard status == 0 || arguments.first == "kill-session" else { throw TmuxError.failed(arguments, status: status) }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    private static func spawnAndWait(_ argv: [String], stdoutPath: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, &cArguments, environ)
        guard spawned == 0 else { throw TmuxError.failed(argv, status: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status >> 8) & 0xFF
    }
}

/// A tmux command that did not succeed.
enum TmuxError: Error {
    case failed([String], status: Int32)
    /// `waitFor` gave up: the text never appeared; the screen as last captured.
    case notShown(String, screen: [String])
}
