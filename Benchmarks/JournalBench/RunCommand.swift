import ArgumentParser
import Foundation

/// `journal-bench` (`run`): every figure of issue 5 that does not need the terminal front end.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Measure everything on the large demo school and print (and record) the figures.")

    @OptionGroup var school: SchoolOptions
    @Option(help: "An existing large demo school to measure (copied first); default: the first generated one.")
    var schoolDB: String?
    @Flag(help: "Short runs (CI): one generation, fewer repetitions, 10-second load.")
    var quick = false
    @Option(help: "Times to run `journal demo --size large` (default 3, quick 1; 0 with --school-db skips it).")
    var generationRuns: Int?
    @Option(help: "Times to run `journal verify` (default 3, quick 1).")
    var verifyRuns: Int?
    @Option(help: "Passes over every gradebook (default 3, quick 1).")
    var gradebookRepetitions: Int?
    @Option(help: "Marks saved one after another (default 1000, quick 200).")
    var marks: Int?
    @Option var workers = 64
    @Option(help: "Seconds of the concurrent load (default 60, quick 10).")
    var seconds: Double?
    @Option(help: "Write the figures into this Markdown file between its markers (e.g. BENCHMARKS.md).")
    var report: String?

    func run() throws {
        let directory = try school.makeWorkDirectory()
        defer { school.cleanUp(directory) }
        let journal = school.journalBinary
        var output = Report()
        output.command = "journal-bench " + CommandLine.arguments.dropFirst().joined(separator: " ")
        output.machine = Machine.describe(workDirectory: directory)
        output.loadBefore = Machine.loadAverage
        say("Machine: " + output.machine.joined(separator: "; ") + "; load " + output.loadBefore)

        // 1. Generation of the large demo school by the real binary, with real password hashing.
        let runs = generationRuns ?? (quick ? 1 : 3)
        var source = schoolDB
        if runs > 0 {
            var timings = Timings()
            var cpu = Timings()
            for run in 0..<runs {
                let path = "\(directory)/generated-\(run).sqlite"
                let outcome = try school.generateDemo(at: path, size: "large", realPasswords: true)
                timings.add(outcome.seconds * 1_000)
                cpu.add(outcome.cpuSeconds * 1_000)
                say("journal demo --size large, run \(run + 1): \(String(format: "%.1f s (CPU %.1f s)", outcome.seconds, outcome.cpuSeconds))")
                if run == 0 {
                    output.details.append("Large demo school: " + (outcome.standardOutput.split(separator: "\n").dropFirst().first.map(String.init) ?? ""))
                    if source == nil { source = path }
                } else {
                    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                }
            }
            output.figures.append(Figure(
                name: "`journal demo --size large` generation (wall time of the release binary)", target: "≤ 60 s",
                measured: "median \(seconds(timings.median)), max \(seconds(timings.max)), n = \(timings.count) (CPU time median \(seconds(cpu.median)))",
                met: timings.median <= 60_000))
        }
        guard let source else { throw BenchFailure("no school: give --school-db or let it generate one") }
        let database = "\(directory)/school.sqlite"
        try school.copyDatabase(source, to: database)
        if let size = try? FileManager.default.attributesOfItem(atPath: database)[.size] as? Int {
            output.details.append("Database file: \(size / 1_048_576) MiB")
        }

        // 2. journal verify on the whole school.
        var verifyTimings = Timings()
        var verifyCPU = Timings()
        for _ in 0..<(verifyRuns ?? (quick ? 1 : 3)) {
            let outcome = try Subprocess.run(journal, ["verify", "--db", database])
            guard outcome.status == 0 else { throw BenchFailure("journal verify failed: \(outcome.standardError)") }
            verifyTimings.add(outcome.seconds * 1_000)
            verifyCPU.add(outcome.cpuSeconds * 1_000)
            if verifyTimings.count == 1 { output.details.append("Verified: " + outcome.standardOutput.split(separator: "\n").first.map(String.init)!) }
        }
        say("journal verify: \(verifyTimings.summary)")
        output.figures.append(Figure(name: "`journal verify` on the large school", target: "(none)",
                                     measured: "median \(seconds(verifyTimings.median)), max \(seconds(verifyTimings.max)), n = \(verifyTimings.count) (CPU time median \(seconds(verifyCPU.median)))",
                                     met: nil))

        // 3. Opening gradebooks in-process.
        let gradebooks = try GradebookOpening.run(database: database, repetitions: gradebookRepetitions ?? (quick ? 1 : 3))
        say("gradebook: \(gradebooks.timings.summary)")
        output.figures.append(Figure(
            name: "open a gradebook (class × subject × quarter), model load only", target: "≤ 30 ms p95",
            measured: gradebooks.timings.summary, met: gradebooks.timings.p95 <= 30))
        output.details.append("Gradebooks: \(gradebooks.pairs) class × subject (× subgroup) pairs of the workload × \(gradebooks.quarters) quarters; the largest: \(gradebooks.largest)")

        // 4. One mark saved durably by the demo teacher on today's lesson.
        let marking = try MarkSaving.run(database: database, login: "teacher", count: marks ?? (quick ? 200 : 1_000))
        say("addMark: \(marking.summary)")
        output.figures.append(Figure(
            name: "one mark saved durably (FULL sync), `addMark` call to commit, one process", target: "≤ 10 ms p95",
            measured: marking.summary, met: marking.p95 <= 10))

        // 5. Resident memory of a fresh process with the teacher's gradebooks loaded.
        let memory = try Subprocess.run(Subprocess.selfPath, ["memory", "--db", database])
        guard memory.status == 0 else { throw BenchFailure("memory probe failed: \(memory.standardError)") }
        let fields = Dictionary(uniqueKeysWithValues: memory.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
            .split(separator: " ").compactMap { pair -> (String, Int)? in
                let parts = pair.split(separator: "=")
                return parts.count == 2 ? (String(parts[0]), Int(parts[1]) ?? -1) : nil
            })
        let peak = Double(fields["hwm_kb"] ?? -1) / 1_024
        say("memory: \(memory.standardOutput)")
        output.figures.append(Figure(
            name: "resident memory, logged in with the teacher's gradebooks of this quarter loaded (no grid yet)", target: "≤ 60 MB",
            measured: String(format: "VmHWM %.1f MiB (VmRSS %.1f MiB; %.1f MiB before opening; %d gradebooks, %d cells)",
                             peak, Double(fields["rss_kb"] ?? -1) / 1_024, Double(fields["baseline_kb"] ?? -1) / 1_024,
                             fields["gradebooks"] ?? 0, fields["cells"] ?? 0),
            met: peak <= 60))

        // 6. Concurrent sessions, each its own process.
        let load = try ManyWriters.run(database: database, workers: workers, seconds: seconds ?? (quick ? 10 : 60),
                                       workDirectory: directory, journalBinary: journal)
        say("load: \(load.summary)")
        for error in load.errors.prefix(5) { say("  error: \(error)") }
        output.figures.append(Figure(
            name: "\(workers) concurrent sessions (processes), a mark each about once a second for \(Int(load.seconds)) s",
            target: "p99 ≤ 150 ms, 0 errors, 0 lost",
            measured: "p99 \(Timings.format(load.latencies.p99)) ms (median \(Timings.format(load.latencies.median)), p95 \(Timings.format(load.latencies.p95)), max \(Timings.format(load.latencies.max))); \(load.confirmed) confirmed, \(load.errors.count) errors, \(load.lost.count) lost; verify \(load.verify?.status == 0 ? "passed" : "FAILED")",
            met: load.passed && load.latencies.p99 <= 150))

        output.loadAfter = Machine.loadAverage
        print("\n" + output.markdown)
        if let report { try output.update(file: report) }
    }

    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private func seconds(_ milliseconds: Double) -> String { String(format: "%.1f s", milliseconds / 1_000) }
}
