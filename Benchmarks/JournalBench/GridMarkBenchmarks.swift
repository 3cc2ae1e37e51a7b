import Foundation
@_spi(Testing) import JournalModel
import JournalTUI

/// Marks typed into the grid in-process, on a copy of the school: the CPU time of one mark (the
/// key reduced, which saves it through the model, plus the frame drawn and diffed) and of one idle
/// tick (the periodic check for other sessions' changes, plus its frame if it asks for one). CPU
/// time, not wall time: the `synchronous = FULL` commit waits for the disk, which costs the
/// process nothing. The marks are typed `pause` apart, as a teacher (and tui_bench.py) types
/// them: back to back, with the caches warm, a mark costs less (0.6 against 1.5 ms, BENCHMARKS.md).
enum GridMarkBenchmarks {
    struct Result {
        var marks = Timings(), ticks = Timings()
        var refused = 0
    }

    static func run(database: String, login: String, marks count: Int, pauseMs: Int) throws -> Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("journal-bench-marks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("school.sqlite").path
        try FileManager.default.copyItem(atPath: database, toPath: copy)

        let clock = EnvironmentClock.fromEnvironment() ?? FixedClock(SchoolDate("2026-11-23")!)
        let journal = try Journal(path: copy, clock: clock, timeZone: TimeZone(identifier: "UTC")!)
        let session = try JournalSession.opened(journal, login: login)
        let environment = AppEnvironment(journal: journal, session: session)
        let keymap = KeymapLoader.load(preset: "default", userFile: nil, environment: [:]).keymap
        // The gradebook of the teacher's first lesson today, as the home screen's Enter opens it.
        let home = HomeScreen(session: session)
        var state = AppState(size: Size(width: 100, height: 30), language: .russian, keymap: keymap, environment: environment, screen: home)
        state.reduce(.key(.enter))
        guard state.screen is GridScreen else { throw BenchFailure("Enter on the home screen did not open a grid") }
        var previous = AppView(state: state).render()
        func step(_ event: AppEvent) -> Double {
            threadCPUMilliseconds {
                guard state.reduce(event) else { return }
                let frame = AppView(state: state).render()
                _ = frame.diff(from: previous).count
                previous = frame
            }
        }

        var result = Result()
        for index in 0..<count {
            if index > 0, index % 30 == 0 { for _ in 0..<3 { _ = step(.key(.pageUp)) } }  // back to the top row
            usleep(useconds_t(pauseMs * 1000))
            result.marks.add(step(.key(.character(Array("5432")[index % 4]))))
            if (state.screen as? GridScreen)?.status?.kind != .success { result.refused += 1 }
            usleep(useconds_t(pauseMs * 1000))
            result.ticks.add(step(.tick))
        }
        return result
    }

    /// CPU time of the calling thread spent in `body`, in milliseconds.
    static func threadCPUMilliseconds(_ body: () -> Void) -> Double {
        var start = timespec(), end = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
        body()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
        return Double(end.tv_sec - start.tv_sec) * 1000 + Double(end.tv_nsec - start.tv_nsec) / 1_000_000
    }
}
