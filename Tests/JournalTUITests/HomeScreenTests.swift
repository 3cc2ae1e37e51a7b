@testable import JournalModel
import Testing
import JournalTestSupport
@testable import JournalTUI

/// The management's home screen: the school's gradebooks grouped by class, closed until opened,
/// and searched as typed.
@Suite struct HomeScreenTests {
    private func press(_ keys: Key..., in state: inout AppState) {
        for key in keys { state.reduce(.key(key)) }
    }

    private func home(_ state: AppState) throws -> HomeScreen {
        try #require(state.screen as? HomeScreen)
    }

    /// What each row says: a class heading with its count, or a gradebook's subject.
    private func rowTexts(_ screen: HomeScreen) -> [String] {
        screen.rows.map { row in
            switch row {
            case let .group(_, title, count, isOpen): "\(isOpen ? "-" : "+")\(title) (\(count))"
            case let .item(index): screen.items[index].choice.subjectName
            }
        }
    }

    @Test func theDeputySeesClassesThatOpenOnEnter() throws {
        // Given the deputy's home screen
        let school = try SchoolFixture(with: .mathPlan)
        let deputy = school.actor([.deputy])
        var state = school.app(HomeScreen(session: deputy), as: deputy)
        let headings = try home(state).rows.filter { if case .group = $0 { true } else { false } }
        #expect(headings.count == 2)
        #expect(try home(state).rows.count == 2)
        #expect(try home(state).selectedItem == nil)

        // When the deputy presses Enter on the first class / Then its gradebooks show under it
        let first = try rowTexts(home(state))[0]
        press(.enter, in: &state)
        let open = try rowTexts(home(state))
        #expect(open[0] == "-" + first.dropFirst())
        #expect(open.count > 2)

        // And Enter again closes it
        press(.enter, in: &state)
        #expect(try rowTexts(home(state)).count == 2)
    }

    @Test func aSearchShowsTheMatchingGradebooksUnderTheirClasses() throws {
        // Given the deputy's home screen, classes closed
        let school = try SchoolFixture(with: .mathPlan)
        let deputy = school.actor([.deputy])
        var state = school.app(HomeScreen(session: deputy), as: deputy)

        // When they type / and «МАТЕМ» / Then only 5А's mathematics shows, its class open
        press(.character("/"), in: &state)
        for character in "МАТЕМ" { press(.character(character), in: &state) }
        #expect(try rowTexts(home(state)) == ["-5А (1)", "Математика"])
        #expect(try AppView(state: state).render().lines(trimmingTrailingSpaces: true).contains { $0.contains("Поиск: МАТЕМ") })

        // And Down, Enter opens that gradebook read-only
        press(.down, .enter, in: &state)
        let grid = try #require(state.screen as? GridScreen)
        #expect(grid.choice.subjectID == school.math.id && !grid.choice.mayEdit)
    }

    @Test func aSearchMatchingNothingSaysSoAndEscShowsEverythingAgain() throws {
        let school = try SchoolFixture(with: .mathPlan)
        let deputy = school.actor([.deputy])
        var state = school.app(HomeScreen(session: deputy), as: deputy)
        press(.character("/"), in: &state)
        for character in "хим" { press(.character(character), in: &state) }
        #expect(try home(state).rows.isEmpty)
        press(.escape, in: &state)
        #expect(try !home(state).filter.isActive && home(state).rows.count == 2)
        #expect(state.screen is HomeScreen)
    }
}
