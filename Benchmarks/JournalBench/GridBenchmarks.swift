import Foundation
@_spi(Testing) import JournalModel
import JournalTUI

/// The terminal front end in-process: opening the grid (model load + first frame) and one key
/// in the grid (screen update + full frame drawn + diff against the previous frame), no terminal I/O.
enum GridBenchmarks {
    struct Result {
        var opening = Timings()
        var moves = Timings()
        /// The parts of a move: the key reduced, the frame drawn, the frame diffed.
        var reduce = Timings(), render = Timings(), diff = Timings()
        var gradebooks = 0
        var largest = ""
    }

    static func run(database: String, login: String, repetitions: Int, moves: Int) throws -> Result {
        // Today fixed as the tmux figures have it (JOURNAL_NOW, default 2026-11-23).
        let clock = EnvironmentClock.fromEnvironment() ?? FixedClock(SchoolDate("2026-11-23")!)
        let journal = try Journal(path: database, clock: clock, timeZone: TimeZone(identifier: "UTC")!)
        let session = try JournalSession.opened(journal, login: login)
        let keymap = KeymapLoader.load(preset: "default", userFile: nil, environment: [:]).keymap
        let environment = AppEnvironment(journal: journal, session: session)
        let size = Size(width: 100, height: 30)
        let periods = try session.periods(ofYearContaining: journal.today)
        guard let period = Period.defaultPeriod(among: periods, on: journal.today) else { throw BenchFailure("no current period") }
        let choices = try session.openableGradebooks()
        var result = Result(gradebooks: choices.count)
        var largestCells = 0
        var biggest: GridScreen?

        // Opening: the grid's construction (its gradebook load) and the first whole frame.
        for _ in 0..<repetitions {
            for choice in choices {
                let (grid, milliseconds) = try measure { () throws -> GridScreen in
                    let grid = try GridScreen(session: session, choice: choice, period: period)
                    _ = AppView(state: AppState(size: size, language: .russian, keymap: keymap, environment: environment, screen: grid)).render()
                    return grid
                }
                result.opening.add(milliseconds)
                let cells = grid.gradebook.students.count * grid.gradebook.lessons.count
                if cells > largestCells {
                    largestCells = cells
                    biggest = grid
                    result.largest = "\(grid.gradebook.schoolClass.title) \(grid.gradebook.subject.name): \(grid.gradebook.students.count) students × \(grid.gradebook.lessons.count) lessons"
                }
            }
        }

        // One key: the largest grid, cursor down (and right at the bottom, back to the top), each
        // key reduced by the app, the frame redrawn whole and diffed against the previous one.
        guard let grid = biggest else { throw BenchFailure("no gradebook for \(login)") }
        var state = AppState(size: size, language: .russian, keymap: keymap, environment: environment, screen: grid)
        var previous = AppView(state: state).render()
        let (down, right, up) = (Key.down, Key.right, Key.up)  // bound to grid.move-down/-right/-up
        var goingDown = true
        var steps = 0
        let students = grid.gradebook.students.count
        for index in 0..<(moves + 100) {
            let key: Key
            if steps == students - 1 {
                key = right
                goingDown.toggle()
                steps = 0
            } else {
                key = goingDown ? down : up
                steps += 1
            }
            let (_, reduce) = measure { state.reduce(.key(key)) }
            let (frame, render) = measure { AppView(state: state).render() }
            let (_, diff) = measure { frame.diff(from: previous).count }
            previous = frame
            if index >= 100 {
                result.moves.add(reduce + render + diff)
                result.reduce.add(reduce)
                result.render.add(render)
                result.diff.add(diff)
            }
        }
        return result
    }
}
