import Foundation
import JournalTestSupport

/// The README's school server, built for one test on 127.0.0.1: a service account of its own
/// (a name unique to the run) that owns a demo school, and an sshd of the test's own whose
/// `Match User` block forces every login of that account into the journal.
///
/// Everything it makes is undone by `tearDown()` (also when the set-up fails half-way): sshd is
/// stopped by its pid, the account's leftover processes are ended by pid, the account and its
/// home are removed, the temporary directory goes.
final class LoopbackSchoolServer {
    /// Whether sshd can be started here at all: it is installed and this process is root.
    static var canRun: Bool { FileManager.default.isExecutableFile(atPath: sshd) && getuid() == 0 }

    static let sshd = "/usr/sbin/sshd"
    /// The demo school's "today" (a Monday with lessons), so the grid opens on a lesson of the day.
    static let today = "2026-11-23"

    let account = "jt\(UInt32.random(in: 100_000...999_999))"
    let directory: URL
    var home: String { directory.appendingPathComponent("home").path }
    var binary: String { home + "/bin/journal" }
    var database: String { home + "/db/journal.sqlite" }
    private var sshdDirectory: String { directory.appendingPathComponent("sshd").path }
    var clientKey: String { sshdDirectory + "/client_key" }
    var log: String { sshdDirectory + "/sshd.log" }
    private(set) var port: UInt16 = 0
    private var accountMade = false
    private var daemon: ChildProcess?

    init(journalBinary: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("journal-ssh-\(UUID().uuidString)")
        do {
            try makeAccount(journalBinary: journalBinary)
            try makeSchool()
            try startSSHD()
        } catch {
            tearDown()
            throw error
        }
    }

    deinit { tearDown() }

    /// The ssh client's arguments for a login to the account (no user or system ssh config,
    /// no host key checks: the host key is new each run).
    func ssh(_ options: [String], logLevel: String = "ERROR") -> [String] {
        ["/usr/bin/ssh", "-F", "/dev/null", "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-o", "ConnectTimeout=5",
         "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=\(logLevel)",
         "-i", clientKey, "-p", String(port)] + options + ["\(account)@127.0.0.1"]
    }

    /// Runs a command as the service account (as an administrator would with `sudo -u`).
    func runAsAccount(_ argv: [String]) throws -> ChildProcess.Output {
        try ChildProcess.run(["/usr/sbin/runuser", "-u", account, "--", "/usr/bin/env", "LANG=C.UTF-8"] + argv)
    }

    /// One value from the school's database, read by the account with the sqlite3 tool.
    func query(_ sql: String) throws -> String {
        let result = try runAsAccount(["/usr/bin/sqlite3", database, sql])
        guard result.status == 0 else { throw ServerError.failed(["sqlite3", sql], status: result.status, message: result.standardError) }
        return result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The account, with a home of its own (0700) holding a copy of the binary it may run.
    /// Its password field is `*` rather than useradd's locked `!`: with `UsePAM no`, sshd refuses
    /// any login, keys included, to an account whose password is locked.
    private func makeAccount(journalBinary: String) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        try check(["/usr/sbin/useradd", "--system", "--create-home", "--home-dir", home, "--shell", "/bin/sh",
                   "--password", "*", account])
        accountMade = true
        try FileManager.default.createDirectory(atPath: home + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: journalBinary, toPath: binary)
        try check(["/usr/bin/chown", "-R", "\(account):", home])
        try check(["/usr/bin/chmod", "0700", home])
    }

    /// The demo school, made by the account itself in a directory of its own (0700).
    private func makeSchool() throws {
        try check(["/usr/sbin/runuser", "-u", account, "--", "/usr/bin/install", "-d", "-m", "0700", home + "/db"])
        try check(["/usr/sbin/runuser", "-u", account, "--", "/usr/bin/env", "LANG=C.UTF-8", "JOURNAL_NOW=\(Self.today)", "TZ=UTC",
                   binary, "demo", "--db", database, "--size", "small", "--password-rounds", "1000"])
    }

    /// sshd in the foreground (`-D`, so this process reaps it) on a free port of 127.0.0.1.
    private func startSSHD() throws {
        try FileManager.default.createDirectory(atPath: sshdDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        // sshd refuses to start without its privilege-separation directory.
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        for key in ["host_key", "client_key"] {
            try check(["/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", sshdDirectory + "/" + key])
        }
        // Read by sshd as the account, so readable by it.
        try FileManager.default.copyItem(atPath: clientKey + ".pub", toPath: sshdDirectory + "/authorized_keys")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: sshdDirectory + "/authorized_keys")
        port = try LoopbackPort.free()
        let config = sshdDirectory + "/sshd_config"
        try sshdConfig.write(toFile: config, atomically: true, encoding: .utf8)
        try check([Self.sshd, "-t", "-f", config])
        daemon = try ChildProcess([Self.sshd, "-D", "-f", config, "-E", log])
        let deadline = Date().addingTimeInterval(5)
        while LoopbackPort.greeting(port)?.hasPrefix("SSH-2.0-") != true {
            guard Date() < deadline, daemon?.wait(timeout: 0) == nil else {
                throw ServerError.notStarted(log: (try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
            }
            usleep(50_000)
        }
    }

    /// The configuration the README gives, with the test's paths, port and keys.
    private var sshdConfig: String {
        """
        Port \(port)
        ListenAddress 127.0.0.1
        HostKey \(sshdDirectory)/host_key
        PidFile \(sshdDirectory)/sshd.pid
        AuthorizedKeysFile \(sshdDirectory)/authorized_keys
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        UsePAM no
        StrictModes no
        AllowUsers \(account)

        Match User \(account)
            ForceCommand \(binary)
            SetEnv JOURNAL_DB=\(database) JOURNAL_NOW=\(Self.today) TZ=UTC LANG=C.UTF-8 XDG_CONFIG_HOME=/nonexistent
            DisableForwarding yes
            AllowTcpForwarding no
            AllowStreamLocalForwarding no
            AllowAgentForwarding no
            X11Forwarding no
            PermitTunnel no
            PermitUserRC no
            PermitTTY yes

        """
    }

    /// Stops sshd, ends what is left of the account's sessions, removes the account and the files.
    func tearDown() {
        daemon?.stop()
        daemon = nil
        if accountMade {
            endProcessesOfAccount()
            _ = try? ChildProcess.run(["/usr/sbin/userdel", "--remove", account])
            accountMade = false
        }
        try? FileManager.default.removeItem(at: directory)
    }

    /// The account's processes (a journal whose session is still closing), ended by pid.
    private func endProcessesOfAccount() {
        let deadline = Date().addingTimeInterval(3)
        var pids = processesOfAccount()
        while !pids.isEmpty && Date() < deadline {
            usleep(50_000)
            pids = processesOfAccount()
        }
        for pid in pids { kill(pid, SIGKILL) }
    }

    /// Live ones only: sshd's exited session children linger as zombies until init reaps them.
    private func processesOfAccount() -> [pid_t] {
        guard let output = try? ChildProcess.run(["/usr/bin/ps", "-u", account, "-o", "pid=,stat="]) else { return [] }
        return output.standardOutput.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            return fields.count == 2 && !fields[1].hasPrefix("Z") ? pid_t(fields[0]) : nil
        }
    }

    private func check(_ argv: [String]) throws {
        let result = try ChildProcess.run(argv, timeout: 60)
        guard result.status == 0 else { throw ServerError.failed(argv, status: result.status, message: result.standardError) }
    }

    enum ServerError: Error {
        case failed([String], status: Int32, message: String)
        case notStarted(log: String)
    }
}

/// TCP on 127.0.0.1: a free port, and what a server there says first.
enum LoopbackPort {
    /// A port nothing listens on now (the kernel's choice for port 0).
    static func free() throws -> UInt16 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else { throw POSIXError(.EADDRNOTAVAIL) }
        return UInt16(bigEndian: address.sin_port)
    }

    /// Connects to `port` and returns what arrives within `timeout` seconds: nil when the
    /// connection is refused, "" when it is closed (or stays silent) without a byte.
    static func greeting(_ port: UInt16, timeout: Int = 2) -> String? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = loopback(port: port)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
        guard connected else { return nil }
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : ""
    }

    private static func loopback(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
