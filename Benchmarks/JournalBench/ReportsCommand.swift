import ArgumentParser
import Foundation
@_spi(Testing) import JournalModel
import JournalPrint

/// `journal-bench reports`: a class's сводная ведомость for a quarter, made and saved as CSV,
/// XLSX and PDF, in-process on an existing school (issue 13's speed goals).
struct ReportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reports", abstract: "Make a class's сводная ведомость for a quarter and save it as CSV, XLSX and PDF, in-process (issue 13).")

    @Option(help: "The school to measure (e.g. a `journal demo --size large` file); it is copied, since logging in writes the access log.")
    var db: String
    @Option(help: "Who makes the reports.")
    var login = "zavuch"
    @Option(help: "The demo accounts' password.")
    var password = "demo2026"
    @Option(name: .customLong("class"), help: "The class.")
    var schoolClass = "5А"
    @Option(help: "Times each is made.")
    var repetitions = 30

    func run() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("journal-reports-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let copy = work.appendingPathComponent("school.sqlite").path
        try FileManager.default.copyItem(atPath: db, toPath: copy)
        let clock = EnvironmentClock.fromEnvironment() ?? FixedClock(SchoolDate("2026-11-23")!)
        let journal = try Journal(path: copy, clock: clock, timeZone: TimeZone(identifier: "UTC")!)
        guard case .session(let session) = try journal.logIn(login: login, password: password, terminal: "bench") else {
            throw BenchFailure("\(login) must change the password first")
        }
        let request = ReportRequest(kind: .marks, classTitle: schoolClass, period: "1")
        var made = Timings(), csv = Timings(), xlsx = Timings(), pdf = Timings()
        var document = try session.makeReport(request)
        for index in 0..<repetitions {
            let file = work.appendingPathComponent("r\(index)").path
            let (fresh, making) = try measure { try session.makeReport(request) }
            document = fresh
            made.add(making)
            csv.add(try measure { try ReportFile.write(CSVReport().data(fresh), to: file + ".csv") }.milliseconds + making)
            xlsx.add(try measure { try XLSXReport().write(fresh, to: file + ".xlsx") }.milliseconds + making)
            pdf.add(try measure { try PDFReport().write(fresh, to: file + ".pdf") }.milliseconds + making)
        }
        let size = "\(document.tables.first?.rows.count ?? 0) students × \(max(0, (document.tables.first?.columns.count ?? 3) - 3)) subjects"
        print("Load average: \(Machine.loadAverage)")
        print("| figure | target | measured | verdict |\n| --- | --- | --- | --- |")
        let figures = [
            Figure(name: "\(schoolClass) сводная ведомость, 1st quarter (\(size)): made by the model", target: "(none)", measured: made.summary, met: nil),
            Figure(name: "the same, made and saved as CSV", target: "≤ 100 ms", measured: csv.summary, met: csv.p95 <= 100),
            Figure(name: "the same, made and saved as XLSX", target: "≤ 100 ms", measured: xlsx.summary, met: xlsx.p95 <= 100),
            Figure(name: "the same, made and saved as PDF", target: "≤ 500 ms", measured: pdf.summary, met: pdf.p95 <= 500),
        ]
        for figure in figures { print("| \(figure.name) | \(figure.target) | \(figure.measured) | \(figure.verdict) |") }
    }
}
