@testable import JournalModel
import Testing
import JournalTestSupport
@testable import JournalTUI

@Suite("App state")
struct AppStateTests {

    func appState(size: Size = Size(width: 80, height: 24), language: Language = .russian) throws -> AppState {
        var state = try SchoolFixture(with: .mathPlan).loginApp(language: language)
        state.reduce(.resized(size))
        return state
    }

    @Test func quitStopsTheProgram() throws {
        var state = try appState()
        state.reduce(.key(.function(10)))
        #expect(!state.isRunning)
    }

    @Test func helpOpensWithF1AndClosesWithEsc() throws {
        var state = try appState()
        state.reduce(.key(.function(1)))
        #expect(state.help != nil)
        #expect(state.activeContexts == [.help, .app])
        state.reduce(.key(.character("j")))
        #expect(state.help?.scroll == 1)
        state.reduce(.key(.escape))
        #expect(state.help == nil)
        #expect(state.screen is LoginScreen)
    }

    @Test func helpScrollsWithinBounds() throws {
        var state = try appState()
        state.reduce(.key(.function(1)))
        state.reduce(.key(.end))
        let bottom = state.help?.scroll ?? 0
        #expect(bottom == (state.help?.entries.count ?? 0) - HelpView.pageSize(for: state.size))
        state.reduce(.key(.down))
        #expect(state.help?.scroll == bottom)
        state.reduce(.key(.home))
        state.reduce(.key(.up))
        #expect(state.help?.scroll == 0)
    }

    @Test func resizeIsRememberedAndTooSmallIsExplained() throws {
        var state = try appState()
        state.reduce(.resized(Size(width: 60, height: 20)))
        let lines = AppView(state: state).render().lines(trimmingTrailingSpaces: true)
        #expect(lines.contains { $0.contains("Окно терминала мало: 60×20.") })
        #expect(lines.contains { $0.contains("Terminal too small: 60×20.") })
    }

    @Test func redrawAsksForAFullRepaint() throws {
        var state = try appState()
        state.reduce(.key(.ctrl("l")))
        #expect(state.needsFullRedraw)
    }

    @Test func keymapErrorsShowInTheStatusLine() throws {
        var state = try appState(language: .english)
        state.status = .error(KeymapError(file: "k.toml", line: 3, kind: .unknownKey("pgdwn")).message)
        let lines = AppView(state: state).render().lines()
        #expect(lines[23].contains("unknown key name \"pgdwn\""))
    }
}
