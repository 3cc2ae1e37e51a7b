@testable import JournalModel
import Testing
import JournalTestSupport
@testable import JournalTUI

@Suite("Screen snapshots")
struct SnapshotTests {
    func loginState(_ language: Language) throws -> AppState {
        let school = try SchoolFixture(with: .mathPlan)
        try school.account("ivanova", for: school.mathTeacher, temporary: "x")
        return school.loginApp(language: language)
    }

    @Test(arguments: [Language.russian, .english])
    func loginScreen(language: Language) throws {
        var state = try loginState(language)
        for character in "ivanova" { state.reduce(.key(.character(character))) }
        state.reduce(.key(.tab))
        for character in "пароль" { state.reduce(.key(.character(character))) }
        Snapshot.assertMatches(AppView(state: state).render(), named: "login-80x24-\(language.rawValue)")
    }

    @Test(arguments: [Language.russian, .english])
    func changePasswordScreen(language: Language) throws {
        var state = try loginState(language)
        for character in "ivanova" { state.reduce(.key(.character(character))) }
        state.reduce(.key(.tab))
        state.reduce(.key(.character("x")))
        state.reduce(.key(.enter))
        state.reduce(.key(.character("a")))
        state.reduce(.key(.tab))
        state.reduce(.key(.character("b")))
        state.reduce(.key(.enter))
        Snapshot.assertMatches(AppView(state: state).render(), named: "change-password-80x24-\(language.rawValue)")
    }

    @Test(arguments: [Language.russian, .english])
    func helpScreen(language: Language) throws {
        var state = try loginState(language)
        state.reduce(.key(.function(1)))
        Snapshot.assertMatches(AppView(state: state).render(), named: "help-80x24-\(language.rawValue)")
        state.reduce(.key(.pageDown))
        Snapshot.assertMatches(AppView(state: state).render(), named: "help-80x24-\(language.rawValue)-page2")
    }

    @Test func tooSmallTerminal() throws {
        var state = try loginState(.russian)
        state.reduce(.resized(Size(width: 50, height: 12)))
        Snapshot.assertMatches(AppView(state: state).render(), named: "too-small-50x12")
    }
}
