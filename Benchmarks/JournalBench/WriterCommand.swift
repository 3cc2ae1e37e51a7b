import ArgumentParser
import Foundation
@_spi(Testing) import JournalModel

/// Hidden mode: one teacher's session saving marks, as a separate OS process.
///
/// Prints `ok <mark id> <milliseconds> <wall seconds>` after each confirmed commit and `error <milliseconds>
/// <message>` for each refusal, line by line, so that whoever kills the process knows exactly
/// which marks had been confirmed.
struct WriterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "writer", abstract: "One writing session (used by load and crash).", shouldDisplay: false)

    @Option var db: String
    @Option var login: String
    @Option var lesson: String
    @Option(help: "Comma-separated student ids of the lesson.")
    var students: String
    @Option(help: "Seconds between marks (0: as fast as possible).")
    var interval: Double = 1
    @Option(help: "Seconds to keep writing.")
    var seconds: Double = 60
    @Option(help: "Wall-clock time (seconds since 1970) to begin at, so all sessions start together.")
    var startAt: Double = 0

    func run() throws {
        let journal = try Journal(path: db)
        let session = try JournalSession.opened(journal, login: login)
        let studentIDs = students.split(separator: ",").map(String.init)
        guard !studentIDs.isEmpty else { throw BenchFailure("no students") }
        let values = ["5", "4", "3", "2"]
        if startAt > 0 { sleep(until: startAt) }
        let begin = max(startAt, wallSeconds())
        // A random phase spreads sessions over the second, like people pressing keys.
        let phase = interval > 0 ? Double.random(in: 0..<interval) : 0
        var index = 0
        while wallSeconds() < begin + seconds {
            if interval > 0 { sleep(until: begin + phase + Double(index) * interval) }
            index += 1
            let student = studentIDs.randomElement()!
            let value = values.randomElement()!
            let start = DispatchTime.now().uptimeNanoseconds
            do {
                let mark = try session.addMark(lessonID: lesson, studentID: student, value: value)
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
                emitLine("ok \(mark.id) \(elapsed) \(wallSeconds())")
            } catch {
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
                emitLine("error \(elapsed) \(error.message.english)")
            }
        }
    }

    /// One whole line straight to the file descriptor (no buffer a SIGKILL could lose).
    private func emitLine(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private func sleep(until moment: Double) {
        let wait = moment - wallSeconds()
        if wait > 0 { usleep(useconds_t(wait * 1_000_000)) }
    }
}
