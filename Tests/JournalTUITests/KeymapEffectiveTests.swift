import Testing
@testable import JournalTUI

/// Every preset's keymap as the program runs with it, written out as a golden file, so a change to
/// the preset files (or to how they are combined) shows in a diff of `Snapshots/keymap-*.txt`.
@Suite("Effective preset keymaps")
struct KeymapEffectiveTests {
    @Test(arguments: KeymapLoader.presetNames)
    func presetKeymapIsTheRecordedOne(name: String) {
        let loaded = KeymapLoader.load(preset: name, userFile: nil, environment: [:])
        #expect(loaded.errors.isEmpty, "\(loaded.errors.map(\.description))")
        Snapshot.assertMatches(lines: Self.dump(loaded.keymap), named: "keymap-\(name)")
    }

    /// One line per action, in catalogue order: `grid.move-down = Down, Enter, j, о` (`—` if unbound).
    static func dump(_ keymap: Keymap) -> [String] {
        Action.allCases.map { action in
            let keys = keymap.sequences(for: action).map { KeyNotation.format($0) }
            return "\(action.rawValue) = \(keys.isEmpty ? "—" : keys.joined(separator: ", "))"
        }
    }
}
