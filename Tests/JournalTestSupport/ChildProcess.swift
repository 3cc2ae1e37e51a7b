import Foundation

/// A program the tests start (tmux, sshd, ssh, runuser…), with its output in files.
///
/// `posix_spawn` + `waitpid` rather than Foundation's `Process`: inside the test runner
/// `Process.waitUntilExit` never saw a tmux client exit, and the forked tmux server inherited the
/// runner's blocked signals. So the child gets an empty signal mask, and its output goes to
/// files, not pipes, which a server it forks (tmux) would keep open.
public final class ChildProcess {
    public struct Output {
        public let status: Int32
        public let standardOutput: String
        public let standardError: String
    }

    public let pid: pid_t
    private let outputPath: String
    private let errorPath: String
    private var exitStatus: Int32?

    /// Starts `argv` (an absolute path first) with the runner's environment.
    public init(_ argv: [String]) throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("journal-child-\(UUID().uuidString)").path
        outputPath = base + ".out"
        errorPath = base + ".err"

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

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
        guard spawned == 0 else { throw ChildProcessError.cannotStart(argv, errno: spawned) }
        self.pid = pid
    }

    /// Runs `argv` to its end (killed after `timeout` seconds) and returns its status and output.
    public static func run(_ argv: [String], timeout: Double = 30) throws -> Output {
        let child = try ChildProcess(argv)
        guard let status = child.wait(timeout: timeout) else {
            child.stop()
            throw ChildProcessError.timedOut(argv, output: child.output())
        }
        return child.output(status: status)
    }

    /// Waits up to `timeout` seconds for the exit; the exit status (128 + signal when killed), or nil.
    public func wait(timeout: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while exitStatus == nil {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                let signal = status & 0x7F
                exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
            } else if result == -1 && errno != EINTR {
                exitStatus = -1
            } else if Date() >= deadline {
                return nil
            } else {
                usleep(20_000)
            }
        }
        return exitStatus
    }

    /// Ends the process by its pid (SIGTERM, then SIGKILL after two seconds) and reaps it.
    public func stop() {
        guard exitStatus == nil else { return }
        kill(pid, SIGTERM)
        if wait(timeout: 2) == nil {
            kill(pid, SIGKILL)
            _ = wait(timeout: 5)
        }
    }

    /// What the process wrote so far, with its exit status (or -1 while it runs).
    public func output(status: Int32? = nil) -> Output {
        Output(status: status ?? exitStatus ?? -1,
               standardOutput: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
               standardError: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: outputPath)
        try? FileManager.default.removeItem(atPath: errorPath)
    }
}

public enum ChildProcessError: Error {
    case cannotStart([String], errno: Int32)
    case timedOut([String], output: ChildProcess.Output)
}
