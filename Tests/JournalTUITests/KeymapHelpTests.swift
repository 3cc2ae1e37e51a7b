import JournalModel
import Testing
@testable import JournalTUI

@Suite("Help lists what the keys do")
struct KeymapHelpTests {
    /// Help as the gradebook opens it: [mark] and [grid] first.
    let gridHelp = HelpState(firstContexts: [.mark, .grid], keymap: defaultKeymap())

    /// The entries under `context`'s heading.
    func entries(of context: ActionContext, in help: HelpState) -> [HelpEntry] {
        guard let heading = help.entries.firstIndex(of: .heading(context)) else { return [] }
        return Array(help.entries[(heading + 1)...].prefix { $0 != .blank })
    }

    @Test func theGridPageListsTheDataKeysFirst() {
        #expect(gridHelp.entries.prefix(4) == [.heading(.mark), .data(.marks), .data(.passOrFail), .data(.absenceLetters)])
    }

    @Test func theGridPageListsNoKeyTheGridTypes() {
        for case .binding(let action, let keys) in entries(of: .grid, in: gridHelp) + entries(of: .mark, in: gridHelp) {
            for sequence in defaultKeymap().sequences(for: action) {
                #expect(!ActionContext.mark.dataKeys.contains { sequence.first.map($0.contains) == true },
                        "\(action.rawValue): \(keys)")
            }
        }
    }

    @Test func theHomeScreenPageListsTabForThePeriod() {
        let home = HelpState(firstContexts: [.picker], keymap: defaultKeymap())
        #expect(entries(of: .picker, in: home).first == .data(.periods))
    }

    @Test func aKeyTypedIntoTheFieldIsNotListedAsAProgramWideCommand() {
        let login = HelpState(firstContexts: [.login, .edit], keymap: defaultKeymap())
        #expect(entries(of: .app, in: login).contains(.binding(.appHelp, keys: "F1")))
        #expect(gridHelp.entries.contains(.binding(.appHelp, keys: "F1, ?")))
    }

    @Test(arguments: [Language.russian, .english])
    func gridPage(language: Language) {
        var buffer = CellBuffer(width: 80, height: 24)
        HelpView(state: gridHelp, language: language).draw(into: &buffer, in: Rect(x: 0, y: 0, width: 80, height: 24))
        Snapshot.assertMatches(buffer, named: "help-grid-80x24-\(language.rawValue)")
    }
}
