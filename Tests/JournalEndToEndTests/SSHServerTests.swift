import Foundation
import JournalTestSupport
import Testing

/// The README's "On a school server", end to end on 127.0.0.1: a service account that owns the
/// school, an sshd whose `Match User` block forces the account's logins into the journal, and a
/// teacher who logs in at the journal's own login screen over `ssh -tt` in tmux.
struct SSHServerTests {
    @Test(.enabled(if: LoopbackSchoolServer.canRun, "needs root and /usr/sbin/sshd (`make deps` installs openssh-server)"),
          .timeLimit(.minutes(1)))
    func schoolServerOverSSH() throws {
        let server = try LoopbackSchoolServer(journalBinary: CommandRunner.journalBinary)
        defer { server.tearDown() }
        try teacherLogsInAndTheMarkIsLoggedAsTheirs(on: server)
        try serviceAccountGivesNoShellAndNoForwarding(on: server)
    }

    /// Over `ssh -tt` in tmux: the journal's login screen, the demo teacher's login, a mark typed in
    /// today's column; then the database: the mark, logged with the teacher's account, and `verify`.
    private func teacherLogsInAndTheMarkIsLoggedAsTheirs(on server: LoopbackSchoolServer) throws {
        let teacher = try server.query("SELECT id FROM account WHERE login = 'teacher'")
        try #require(!teacher.isEmpty)
        let lastSeq = try server.query("SELECT MAX(seq) FROM operation_log")

        let terminal = try TmuxSession(command: shellLine(server.ssh(["-tt"])) + "; echo SSH EXITED $?")
        defer { terminal.close() }
        try terminal.waitFor("Log in to the class journal")
        try terminal.send("teacher", literal: true)
        try terminal.send("Tab")
        try terminal.send("demo2026", literal: true)
        try terminal.send("Enter")
        try terminal.waitFor("Hello,")
        try terminal.send("Enter")  // the first line of the home screen: today's lesson, its gradebook
        try terminal.waitFor("entry: ↓")
        try terminal.send("4", literal: true)  // the cursor stands on today's column, the first student
        try terminal.waitFor("Saved.")
        try terminal.send("F10")
        #expect(try terminal.waitFor("SSH EXITED").joined(separator: "\n").contains("SSH EXITED 0"))

        // Every change of the session is the teacher's own: one new mark, logged with their account.
        let changes = try server.query("""
            SELECT l.actor_id || ' ' || m.value || ' ' || m.state FROM operation_log l JOIN mark m ON m.id = l.target_id
            WHERE l.seq > \(lastSeq) AND l.target_table = 'mark' AND l.field IS NULL
            """)
        #expect(changes == "\(teacher) 4 active")
        #expect(try server.query("SELECT DISTINCT actor_id FROM operation_log WHERE seq > \(lastSeq)") == teacher)

        // The files stay the account's own: the directory 0700, the database (and any -wal, -shm) 0600.
        let files = FileManager.default
        let directory = (server.database as NSString).deletingLastPathComponent
        #expect((try files.attributesOfItem(atPath: directory)[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        for name in try files.contentsOfDirectory(atPath: directory) {
            let attributes = try files.attributesOfItem(atPath: directory + "/" + name)
            #expect(attributes[.ownerAccountName] as? String == server.account, "\(name)")
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600, "\(name)")
        }
        let verify = try server.runAsAccount([server.binary, "verify", "--db", server.database])
        #expect(verify.status == 0 && verify.standardOutput.contains("Verification passed"), "\(verify.standardOutput)\(verify.standardError)")
    }

    /// The trust boundary: the account runs nothing but the journal, and opens no tunnel either way.
    private func serviceAccountGivesNoShellAndNoForwarding(on server: LoopbackSchoolServer) throws {
        // A command asked for is not run: the forced journal runs instead and, with no terminal, refuses.
        let command = try ChildProcess.run(server.ssh(["-T"]) + ["sh -c id"], timeout: 15)
        #expect(!(command.standardOutput + command.standardError).contains("uid="))
        #expect(command.status != 0)
        #expect(command.standardError.contains("The journal must run in a terminal"), "\(command.standardError)")

        // A local forward to sshd's own port: straight there it greets with "SSH-2.0-", through the
        // tunnel the connection closes without a byte, because sshd refuses the channel.
        let localPort = try LoopbackPort.free()
        let tunnel = try ChildProcess(server.ssh(["-N", "-o", "ExitOnForwardFailure=yes",
                                                  "-L", "\(localPort):127.0.0.1:\(server.port)"], logLevel: "INFO"))
        defer { tunnel.stop() }
        let deadline = Date().addingTimeInterval(5)
        var throughTunnel = LoopbackPort.greeting(localPort)
        while throughTunnel == nil && Date() < deadline && tunnel.wait(timeout: 0) == nil {
            usleep(50_000)
            throughTunnel = LoopbackPort.greeting(localPort)
        }
        #expect(LoopbackPort.greeting(server.port)?.hasPrefix("SSH-2.0-") == true)
        #expect(throughTunnel == "", "the tunnel answered \(throughTunnel ?? "nothing: ssh never listened")")
        tunnel.stop()
        #expect(tunnel.output().standardError.contains("administratively prohibited"), "\(tunnel.output().standardError)")
        #expect(try String(contentsOfFile: server.log, encoding: .utf8).contains("refused local port forward"))

        // A remote forward: refused at once, and ExitOnForwardFailure makes ssh exit with 255.
        let remote = try ChildProcess.run(server.ssh(["-N", "-o", "ExitOnForwardFailure=yes",
                                                      "-R", "0:127.0.0.1:\(server.port)"]), timeout: 10)
        #expect(remote.status == 255)
        #expect(remote.standardError.contains("remote port forwarding failed"), "\(remote.standardError)")
    }

    /// A command line for `sh`, each argument single-quoted.
    private func shellLine(_ argv: [String]) -> String {
        argv.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    }
}
