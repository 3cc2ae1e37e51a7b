import Foundation
import JournalTestSupport
@testable import JournalModel
import Testing
@testable import JournalTUI

/// The reports menu and the preview, driven by keys: the class teacher makes their class's
/// ведомость, scrolls it and saves it; what the model refuses stays typed.
@Suite struct ReportScreenTests {
    private func press(_ keys: Key..., in state: inout AppState) {
        for key in keys { state.reduce(.key(key)) }
    }

    private func type(_ text: String, in state: inout AppState) {
        for character in text { state.reduce(.key(.character(character))) }
    }

    /// The class teacher of 5А with two period marks in Russian, F9 pressed on the home screen.
    private func reports(_ school: SchoolFixture) throws -> AppState {
        let teacher = school.teacher(school.classTeacher)
        try teacher.setFinalMark(studentID: school.students[0].id, subjectID: school.russian.id, periodID: school.quarter2.id, value: "5")
        try teacher.setFinalMark(studentID: school.students[1].id, subjectID: school.russian.id, periodID: school.quarter2.id, value: "3")
        var state = school.app(HomeScreen(session: teacher), as: teacher)
        press(.function(9), in: &state)
        return state
    }

    @Test func theClassTeacherMakesTheirClassesVedomostAndSavesIt() throws {
        let school = try SchoolFixture()
        var state = try reports(school)
        #expect(state.screen is ReportsScreen)
        press(.enter, in: &state)
        let form = try #require((state.screen as? ReportsScreen)?.form)
        #expect(form[0] == "5А")  // their own class, offered
        press(.tab, in: &state)
        type("9", in: &state)
        press(.enter, in: &state)
        #expect((state.screen as? ReportsScreen)?.status?.kind == .error)
        #expect((state.screen as? ReportsScreen)?.form?[1] == "9")  // kept as typed
        press(.ctrl("u"), in: &state)
        type("2", in: &state)
        press(.enter, in: &state)

        let preview = try #require(state.screen as? ReportPreviewScreen)
        #expect(preview.document.tables[0].rows.map { $0[4].text } == ["5", "3", ""])  // Рус
        // The log's head hash changes with every run (record ids carry the time): shown as «…» in the golden screen.
        let stamp = preview.document.stamp
        let checkpoint = "журнал: \(stamp.logPosition):"
        let screen = AppView(state: state).render().lines(trimmingTrailingSpaces: true).map { line in
            guard let start = line.range(of: checkpoint) else { return line }
            #expect(stamp.headHash.hasPrefix(line[start.upperBound...]))
            return line[..<start.upperBound] + "…"
        }
        Snapshot.assertMatches(lines: screen, named: "report-preview-80x24-ru")

        // Scrolled down past the header, it stays on top; scrolled right, the names stay at the left
        for _ in 0..<6 { press(.down, in: &state) }
        press(.right, in: &state)
        let scrolled = AppView(state: state).render().lines(trimmingTrailingSpaces: true)
        #expect(scrolled[2].hasPrefix("№   Обучающийся"))
        #expect(scrolled.contains { $0.hasPrefix("  3 Ёлкин Дмитрий Ефимович") })

        let directory = try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask,
                                                    appropriateFor: URL(fileURLWithPath: NSTemporaryDirectory()), create: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("ведомость.csv").path
        press(.function(2), in: &state)
        press(.ctrl("u"), in: &state)
        type(path, in: &state)
        press(.enter, in: &state)
        #expect((state.screen as? ReportPreviewScreen)?.status?.kind == .success)
        let saved = try String(decoding: Data(contentsOf: URL(fileURLWithPath: path)).dropFirst(3), as: UTF8.self)
        #expect(saved.contains("\r\n1;Алексеев Борис Викторович;;;5;;5,00\r\n"))

        // A second save to the same file is refused, and the form stays
        press(.function(2), in: &state)
        press(.ctrl("u"), in: &state)
        type(path, in: &state)
        press(.enter, in: &state)
        #expect((state.screen as? ReportPreviewScreen)?.status?.kind == .error)
        #expect((state.screen as? ReportPreviewScreen)?.saveForm != nil)
    }

    @Test func aSubjectTeacherIsNotOfferedTheReports() throws {
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        var state = school.app(HomeScreen(session: teacher), as: teacher)
        #expect(!AppView(state: state).render().lines().joined().contains("F9"))
        press(.function(9), in: &state)
        #expect(state.screen is HomeScreen)
        #expect((state.screen as? HomeScreen)?.status?.kind == .error)
    }
}
