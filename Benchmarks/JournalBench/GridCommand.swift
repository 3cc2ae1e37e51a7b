import ArgumentParser
import Foundation

/// `journal-bench grid`: the terminal front end in-process on an existing school (no terminal I/O).
struct GridCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grid", abstract: "Open every gradebook of a teacher as a grid and move the cursor, in-process (figures 2 and 4 of the TUI half of issue 5).")

    @Option(help: "The school to measure (e.g. a `journal demo --size large` file); opened read-mostly; marks are typed into a copy.")
    var db: String
    @Option var login = "teacher"
    @Option(help: "Passes over the teacher's gradebooks.")
    var repetitions = 20
    @Option(help: "Cursor moves timed in the largest grid.")
    var moves = 20_000
    @Option(help: "Marks typed into the grid of the teacher's first lesson today, on a copy of the school (CPU time).")
    var marks = 60
    @Option(help: "Milliseconds between two marks (a teacher's pace; caches go cold meanwhile).")
    var pause = 150

    func run() throws {
        let result = try GridBenchmarks.run(database: db, login: login, repetitions: repetitions, moves: moves)
        let figures = [
            Figure(name: "open a gradebook as the grid (model load + first whole frame, 100×30), in-process", target: "≤ 30 ms p95",
                   measured: result.opening.summary, met: result.opening.p95 <= 30),
            Figure(name: "one cursor move in the grid (key reduced + whole frame drawn + diffed), in-process", target: "≤ 1 ms p99",
                   measured: result.moves.summary, met: result.moves.p99 <= 1),
        ]
        let typed = try GridMarkBenchmarks.run(database: db, login: login, marks: marks, pauseMs: pause)
        print("CPU time of one mark typed (saved through the model, frame drawn and diffed): \(typed.marks.summary)"
              + (typed.refused > 0 ? "; \(typed.refused) refused" : ""))
        print("CPU time of one idle tick (check for other sessions' changes, frame drawn and diffed): \(typed.ticks.summary)")
        print("Parts of a move (medians): reduce \(Timings.format(result.reduce.median)) ms, draw \(Timings.format(result.render.median)) ms, diff \(Timings.format(result.diff.median)) ms")
        print("Load average: \(Machine.loadAverage)")
        print("Gradebooks of \(login): \(result.gradebooks); the largest: \(result.largest)")
        print("| figure | target | measured | verdict |\n| --- | --- | --- | --- |")
        for figure in figures { print("| \(figure.name) | \(figure.target) | \(figure.measured) | \(figure.verdict) |") }
    }
}
