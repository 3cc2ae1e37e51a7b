import JournalModel
import Testing
@testable import JournalTUI

@Suite("Screen snapshots")
struct SnapshotTests {
    let environment = AppEnvironment(authenticator: FakeAuthenticator(login: .mustChangePassword(reason: nil)))

    func loginState(_ language: Language) -> AppState {
        AppState(size: Size(width: 80, height: 24), language: language, keymap: defaultKeymap(), screen: LoginScreen())
    }

    @Test(arguments: [Language.russian, .english])
    func loginScreen(language: Language) {
        var state = loginState(language)
        for character in "ivanova" { state.reduce(.key(.character(character)), environment: environment) }
        state.reduce(.key(.tab), environment: environment)
        for character in "пароль" { state.reduce(.key(.character(character)), environment: environment) }
        Snapshot.assertMatches(AppView(state: state).render(), named: "login-80x24-\(language.rawValue)")
    }

    @Test(arguments: [Language.russian, .english])
    func changePasswordScreen(language: Language) {
        var state = loginState(language)
        for character in "ivanova" { state.reduce(.key(.character(character)), environment: environment) }
        state.reduce(.key(.tab), environment: environment)
        state.reduce(.key(.character("x")), environment: environment)
        state.reduce(.key(.enter), environment: environment)
        state.reduce(.key(.character("a")), environment: environment)
        state.reduce(.key(.tab), environment: environment)
        state.reduce(.key(.character("b")), environment: environment)
        state.reduce(.key(.enter), environment: environment)
        Snapshot.assertMatches(AppView(state: state).render(), named: "change-password-80x24-\(language.rawValue)")
    }

    @Test(arguments: [Language.russian, .english])
    func helpScreen(language: Language) {
        var state = loginState(language)
        state.reduce(.key(.function(1)), environment: environment)
        Snapshot.assertMatches(AppView(state: state).render(), named: "help-80x24-\(language.rawValue)")
        state.reduce(.key(.pageDown), environment: environment)
        Snapshot.assertMatches(AppView(state: state).render(), named: "help-80x24-\(language.rawValue)-page2")
    }

    @Test func tooSmallTerminal() {
        var state = loginState(.russian)
        state.reduce(.resized(Size(width: 50, height: 12)), environment: environment)
        Snapshot.assertMatches(AppView(state: state).render(), named: "too-small-50x12")
    }
}
