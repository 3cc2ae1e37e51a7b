import Testing
import JournalTestSupport

@Suite("tmux harness")
struct TmuxHarnessTests {
    @Test(.enabled(if: TmuxSession.isAvailable), .timeLimit(.minutes(1)))
    func runsACommandAndReadsThePane() throws {
        let session = try TmuxSession(command: "printf ready; read line; echo got:$line", width: 40, height: 5)
        defer { session.close() }
        try session.waitFor("ready")
        try session.send("привет", literal: true)
        try session.send("Enter")
        let lines = try session.waitFor("got:привет")
        #expect(lines.contains("got:привет"))
    }
}
