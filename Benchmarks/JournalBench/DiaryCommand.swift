import ArgumentParser
import Foundation

/// `journal-bench diary`: the diary of the demo student and parent in-process on an existing school.
struct DiaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diary", abstract: "Open the diary of the demo student and parent, page through the weeks, open marks and attendance, in-process (issue 14).")

    @Option(help: "The school to measure (e.g. a `journal demo --size large` file); it is copied, since logging in writes the access log.")
    var db: String
    @Option(parsing: .upToNextOption, help: "The accounts whose diary is opened.")
    var logins = ["student", "parent"]
    @Option(help: "The demo accounts' password.")
    var password = "demo2026"
    @Option(help: "Times the diary is opened per account.")
    var repetitions = 200

    func run() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("journal-diary-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let copy = work.appendingPathComponent("school.sqlite").path
        try FileManager.default.copyItem(atPath: db, toPath: copy)
        print("Load average: \(Machine.loadAverage)")
        print("| figure | target | measured | verdict |\n| --- | --- | --- | --- |")
        for login in logins {
            let result = try DiaryBenchmarks.run(database: copy, login: login, password: password, repetitions: repetitions)
            let figures = [
                Figure(name: "\(login): the diary opens on this week (\(result.lessonsInWeek) lessons; loaded + first frame, 100×30), in-process",
                       target: "≤ 30 ms p95", measured: result.opening.summary, met: result.opening.p95 <= 30),
                Figure(name: "\(login): another week (PageUp/PageDown: loaded + frame drawn)", target: "≤ 30 ms p95",
                       measured: result.weeks.summary, met: result.weeks.p95 <= 30),
                Figure(name: "\(login): the quarter's marks by subject (\(result.subjects) subjects, with forecasts; F6)", target: "(none)",
                       measured: result.marks.summary, met: nil),
                Figure(name: "\(login): the quarter's absences (F7)", target: "(none)", measured: result.attendance.summary, met: nil),
            ]
            for figure in figures { print("| \(figure.name) | \(figure.target) | \(figure.measured) | \(figure.verdict) |") }
        }
    }
}
