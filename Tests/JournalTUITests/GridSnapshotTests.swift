@testable import JournalModel
import Testing
import JournalTestSupport
@testable import JournalTUI

/// Golden screens of the gradebook grid (fixed clock: Monday 23.11.2026).
@Suite("Grid snapshots")
struct GridSnapshotTests {

    @Test func teacherAt80x24AfterEntering() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(try school.grid(school.teacher(school.mathTeacher)), as: school.teacher(school.mathTeacher))
        for key: Key in [.character("5"), .character("4"), .enter, .character("н")] { state.reduce(.key(key)) }
        Snapshot.assertMatches(AppView(state: state).render(), named: "grid-80x24-ru")
    }

    @Test func teacherAt132x40WithTheForecast() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(try school.grid(school.teacher(school.mathTeacher)), as: school.teacher(school.mathTeacher), size: Size(width: 132, height: 40), language: .english)
        for key: Key in [.character("5"), .up, .function(3)] { state.reduce(.key(key)) }
        Snapshot.assertMatches(AppView(state: state).render(), named: "grid-132x40-en-forecast")
    }

    @Test func directorSeesItReadOnly() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(try school.grid(school.director), as: school.director)
        state.reduce(.key(.character("5")))
        let buffer = AppView(state: state).render()
        Snapshot.assertMatches(buffer, named: "grid-80x24-ru-director-read-only")
        // Read-only cells are drawn dim (the text snapshot cannot show styles).
        let cellX = GridScreen.nameWidth(for: 80) + 2 * GridScreen.lessonWidth
        #expect(buffer[cellX, 5].style.dim)
    }

    @Test func aRefusedEditPastTheWindow() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        var state = school.app(try school.grid(school.teacher(school.mathTeacher)), as: school.teacher(school.mathTeacher))
        for key: Key in [.home, .down, .character("5")] { state.reduce(.key(key)) }
        Snapshot.assertMatches(AppView(state: state).render(), named: "grid-80x24-ru-refused")
    }
}
