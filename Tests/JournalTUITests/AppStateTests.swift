import JournalModel
import Testing
@testable import JournalTUI

@Suite("App state")
struct AppStateTests {
    let environment = AppEnvironment(authenticator: FakeAuthenticator())

    func appState(size: Size = Size(width: 80, height: 24), language: Language = .russian) -> AppState {
        AppState(size: size, language: language, keymap: defaultKeymap(), screen: LoginScreen())
    }

    @Test func quitStopsTheProgram() {
        var state = appState()
        state.reduce(.key(.function(10)), environment: environment)
        #expect(!state.isRunning)
    }

    @Test func helpOpensWithF1AndClosesWithEsc() {
        var state = appState()
        state.reduce(.key(.function(1)), environment: environment)
        #expect(state.help != nil)
        #expect(state.activeContexts == [.help, .app])
        state.reduce(.key(.character("j")), environment: environment)
        #expect(state.help?.scroll == 1)
        state.reduce(.key(.escape), environment: environment)
        #expect(state.help == nil)
        #expect(state.screen is LoginScreen)
    }

    @Test func helpScrollsWithinBounds() {
        var state = appState()
        state.reduce(.key(.function(1)), environment: environment)
        state.reduce(.key(.end), environment: environment)
        let bottom = state.help?.scroll ?? 0
        #expect(bottom == (state.help?.entries.count ?? 0) - HelpView.pageSize(for: state.size))
        state.reduce(.key(.down), environment: environment)
        #expect(state.help?.scroll == bottom)
        state.reduce(.key(.home), environment: environment)
        state.reduce(.key(.up), environment: environment)
        #expect(state.help?.scroll == 0)
    }

    @Test func resizeIsRememberedAndTooSmallIsExplained() {
        var state = appState()
        state.reduce(.resized(Size(width: 60, height: 20)), environment: environment)
        let lines = AppView(state: state).render().lines(trimmingTrailingSpaces: true)
        #expect(lines.contains { $0.contains("Окно терминала мало: 60×20.") })
        #expect(lines.contains { $0.contains("Terminal too small: 60×20.") })
    }

    @Test func redrawAsksForAFullRepaint() {
        var state = appState()
        state.reduce(.key(.ctrl("l")), environment: environment)
        #expect(state.needsFullRedraw)
    }

    @Test func keymapErrorsShowInTheStatusLine() {
        var state = appState(language: .english)
        state.status = .error(KeymapError(file: "k.toml", line: 3, kind: .unknownKey("pgdwn")).message)
        let lines = AppView(state: state).render().lines()
        #expect(lines[23].contains("unknown key name \"pgdwn\""))
    }
}
