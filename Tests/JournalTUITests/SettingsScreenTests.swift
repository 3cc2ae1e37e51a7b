import Foundation
import JournalTestSupport
@testable import JournalModel
import Testing
@testable import JournalTUI

/// The school's settings: ←/→ save the selected setting one step on, one audited change each; a
/// value the model refuses stays as stored, with the model's message in the status line.
@Suite struct SettingsScreenTests {

    private func press(_ keys: Key..., times: Int = 1, in state: inout AppState) {
        for _ in 0..<times {
            for key in keys { state.reduce(.key(key)) }
        }
    }

    private func screen(_ state: AppState) throws -> SettingsScreen {
        try #require(state.screen as? SettingsScreen)
    }

    /// The administrator's settings, opened from the administration menu.
    private func adminsSettings(_ school: SchoolFixture) throws -> AppState {
        var state = school.app(AdministrationScreen(), as: school.admin)
        press(.down, times: AdministrationScreen.Section.allCases.firstIndex(of: .settings)!, in: &state)
        press(.enter, in: &state)
        #expect(try screen(state).settings == JournalSettings())
        return state
    }

    @Test func theScreenShowsTheStoredSettings() throws {
        let school = try SchoolFixture()
        let state = try adminsSettings(school)
        Snapshot.assertMatches(AppView(state: state).render(), named: "admin-settings-80x24-ru")
    }

    @Test func eachStepIsSavedAtOnceAndAudited() throws {
        let school = try SchoolFixture()
        var state = try adminsSettings(school)
        let before = try school.lastLogSeq()

        press(.right, in: &state)
        press(.character(" "), in: &state)

        #expect(try school.admin.settings().editWindow == .twoWeeks)
        #expect(try screen(state).settings.editWindow == .twoWeeks)
        #expect(try school.logEntries(after: before).map(\.table) == ["setting", "setting"])
        #expect(try screen(state).status == StatusMessage(LocalizedText(ru: "Сохранено: Срок исправления записей после урока — 2 недели",
                                                                        en: "Saved: Records may be changed after a lesson for — 2 weeks"),
                                                          kind: .success))
        press(.left, times: 3, in: &state)
        #expect(try school.admin.settings().editWindow == .oneMonth)

        // Esc goes back to the menu
        press(.escape, in: &state)
        #expect(state.screen is AdministrationScreen)
    }

    @Test func aValueTheModelRefusesStaysAsStored() throws {
        // Given the idle lock stepped down from 10 minutes to 1, one minute a step
        let school = try SchoolFixture()
        var state = try adminsSettings(school)
        press(.down, times: 4, in: &state)
        #expect(try screen(state).selectedRow == .idleLockMinutes)
        press(.left, times: 9, in: &state)
        #expect(try school.admin.settings().idleLockMinutes == 1)
        let before = try school.logCount()

        // When it is stepped below the model's bound
        press(.left, in: &state)

        // Then the model's refusal is shown, and nothing changed
        var expected: LocalizedText?
        do { try school.admin.changeSettings { $0.idleLockMinutes = 0 } } catch { expected = error.message }
        #expect(try screen(state).status == .error(try #require(expected)))
        #expect(try school.admin.settings().idleLockMinutes == 1)
        #expect(try screen(state).settings.idleLockMinutes == 1)
        #expect(try school.logCount() == before)
    }

    @Test func forecastThresholdsMoveByFiveHundredthsAndMustRise() throws {
        let school = try SchoolFixture()
        var state = try adminsSettings(school)
        press(.down, times: 5, in: &state)
        press(.left, in: &state)
        #expect(try school.admin.settings().forecastThresholds.five == 4.55)

        // The threshold of 4 rises to that of 5 and no further
        press(.down, in: &state)
        press(.right, times: 19, in: &state)
        #expect(try school.admin.settings().forecastThresholds.four == 4.55)
        #expect(try screen(state).status?.kind == .success)
        press(.right, in: &state)
        #expect(try school.admin.settings().forecastThresholds == ForecastThresholds(five: 4.55, four: 4.55, three: 2.6))
        #expect(try screen(state).status?.kind == .error)
    }

    @Test func aDeputyGetsTheModelsRefusalAndChangesNothing() throws {
        let school = try SchoolFixture()
        let deputy = school.actor([.deputy])
        var expected: LocalizedText?
        do { try deputy.changeSettings { $0.editWindow = .oneWeek } } catch { expected = error.message }
        let before = try school.logCount()

        var state = school.app(SettingsScreen(session: deputy), as: deputy)
        press(.right, in: &state)
        press(.down, .left, in: &state)

        #expect(try screen(state).status == .error(try #require(expected)))
        #expect(try school.admin.settings() == JournalSettings())
        #expect(try screen(state).settings == JournalSettings())
        #expect(try school.logCount() == before)
    }
}
