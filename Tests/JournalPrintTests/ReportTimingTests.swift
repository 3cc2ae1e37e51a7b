import Foundation
import JournalModel
import Testing
import JournalPrint

/// How long a class's summary takes to write (printed, not asserted: the figure depends on the
/// machine and the build).
@Suite struct ReportTimingTests {
    static let repetitions = 5

    @Test(arguments: ReportFixtures.Format.allCases)
    func thirtyStudentsFifteenSubjects(format: ReportFixtures.Format) throws {
        let document = ReportFixtures.classSummary(students: 30, subjects: 15)
        let file = try ReportFixtures.folder("timing").appendingPathComponent("отчёт")
        let clock = ContinuousClock()
        var durations: [Duration] = []
        for _ in 0..<Self.repetitions {
            durations.append(try clock.measure { try format.write(document, to: file.path) })
        }
        let milliseconds = durations.map { String(format: "%.1f", Double($0.components.attoseconds) / 1e15 + Double($0.components.seconds) * 1000) }
        print("ReportTimingTests: 30 students × 15 subjects as \(format), ms per write in turn: \(milliseconds.joined(separator: ", "))")
        #expect(try Data(contentsOf: file).count > 1000)
    }
}
