import Foundation
import Testing
@testable import JournalTUI

@Suite("User keymap files")
struct KeymapUserFileTests {
    /// Writes `text` as a user keymap and loads it over the default preset.
    func load(_ text: String, preset: String? = nil) throws -> (LoadedKeymap, String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("keymap-\(UUID()).toml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (KeymapLoader.load(preset: preset, userFile: path, environment: [:]), path)
    }

    @Test func userBindingOverridesOnlyThatAction() throws {
        let (loaded, _) = try load("""
        [grid]
        move-down = ["n"]
        """)
        #expect(loaded.errors.isEmpty)
        #expect(loaded.keymap.action(for: [.character("n")], in: .grid) == .gridMoveDown)
        #expect(loaded.keymap.action(for: [.character("j")], in: .grid) == nil)
        #expect(loaded.keymap.action(for: [.character("k")], in: .grid) == .gridMoveUp)
        // The same physical key in the Russian layout follows automatically.
        #expect(loaded.keymap.action(for: [.character("т")], in: .grid) == .gridMoveDown)
    }

    @Test func userKeyTakesTheKeyAwayFromThePresetAction() throws {
        let (loaded, _) = try load("""
        [grid]
        show-history = ["k"]
        """)
        #expect(loaded.keymap.action(for: [.character("k")], in: .grid) == .gridShowHistory)
        #expect(!loaded.keymap.sequences(for: .gridMoveUp).contains([.character("k")]))
    }

    @Test func presetCanBeChosenInTheUserFile() throws {
        let (loaded, _) = try load("preset = \"vim\"\n")
        #expect(loaded.presetName == "vim")
        #expect(loaded.keymap.action(for: [.character("0")], in: .grid) == .gridFirstColumn)
    }

    @Test func unknownActionIsReportedWithItsLine() throws {
        let (loaded, path) = try load("""
        # my keys
        [grid]
        move-down = ["j"]
        fly-away = ["f"]
        """)
        #expect(loaded.errors.map(\.description) == ["\(path):4: unknown action grid.fly-away"])
    }

    @Test func unknownKeyIsReportedOnTheLineOfTheKey() throws {
        let (loaded, path) = try load("""
        [grid]
        move-down = [
            "j",
            "pagedownn",
        ]
        """)
        #expect(loaded.errors.count == 1)
        #expect(loaded.errors.first?.line == 4)
        #expect(loaded.errors.first?.report(.russian) == "\(path):4: неизвестное имя клавиши «pagedownn»")
        // The valid key in the same list still applies.
        #expect(loaded.keymap.action(for: [.character("j")], in: .grid) == .gridMoveDown)
    }

    @Test func keyBoundTwiceInAContextIsReported() throws {
        let (loaded, path) = try load("""
        [grid]
        move-down = ["j"]
        move-up = ["k", "j"]
        """)
        #expect(loaded.errors.map(\.description) == [
            "\(path):3: key \"j\" is bound twice in [grid]: grid.move-down and grid.move-up",
        ])
    }

    @Test func duplicateTOMLKeyIsASyntaxErrorWithLine() throws {
        let (loaded, path) = try load("""
        [grid]
        move-down = ["j"]

        move-down = ["n"]
        """)
        let error = try #require(loaded.errors.first)
        #expect(error.line == 4)
        #expect(error.report(.english).hasPrefix("\(path):4: TOML syntax error"))
        // A broken user file leaves the preset intact.
        #expect(loaded.keymap.action(for: [.character("j")], in: .grid) == .gridMoveDown)
    }

    @Test func unknownSectionAndNonListValues() throws {
        let (loaded, path) = try load("""
        [grdi]
        move-down = ["j"]

        [help]
        close = 5
        """)
        #expect(loaded.errors.map(\.description) == [
            "\(path):1: unknown section [grdi]",
            "\(path):5: help.close needs a list of keys, e.g. [\"j\", \"down\"]",
        ])
    }

    @Test func prefixOfASequenceIsReported() throws {
        let (loaded, _) = try load("""
        [grid]
        first-row = ["g g"]
        last-row = ["g"]
        """)
        #expect(loaded.errors.count == 1)
        #expect(loaded.errors.first?.line == 3)
    }

    @Test func missingExplicitFileIsAnError() {
        let loaded = KeymapLoader.load(userFile: "/nonexistent/keymap.toml", environment: [:])
        #expect(loaded.errors.count == 1)
        #expect(loaded.keymap.action(for: [.function(1)], in: .app) == .appHelp)
    }

    @Test func xdgPathIsUsedWhenPresent() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("xdg-\(UUID())")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("journal"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: config) }
        try "[app]\nquit = [\"F12\"]\n".write(to: config.appendingPathComponent("journal/keymap.toml"), atomically: true, encoding: .utf8)
        let loaded = KeymapLoader.load(environment: ["XDG_CONFIG_HOME": config.path])
        #expect(loaded.keymap.sequences(for: .appQuit) == [[.function(12)]])
        #expect(KeymapLoader.defaultUserFilePath(environment: ["HOME": "/home/t"]) == "/home/t/.config/journal/keymap.toml")
    }
}

@Suite("Layout mirroring")
struct LayoutMirroringTests {
    @Test func lettersAreMirroredPunctuationIsNot() {
        var keymap = Keymap()
        keymap.bind(.gridShowHistory, to: [[.character("u")]])
        keymap.bind(.gridShowForecast, to: [[.character(",")]])
        keymap.bind(.gridEditLesson, to: [[.character("ш")]])
        let mirrored = keymap.addingLayoutCounterparts()
        #expect(mirrored.action(for: [.character("г")], in: .grid) == .gridShowHistory)
        #expect(mirrored.action(for: [.character("i")], in: .grid) == .gridEditLesson)
        #expect(mirrored.action(for: [.character("б")], in: .grid) == nil)
    }

    @Test func explicitBindingsAreNotOverridden() {
        var keymap = Keymap()
        keymap.bind(.gridMoveDown, to: [[.character("j")]])
        keymap.bind(.gridMoveUp, to: [[.character("о")]])
        let mirrored = keymap.addingLayoutCounterparts()
        #expect(mirrored.action(for: [.character("о")], in: .grid) == .gridMoveUp)
    }
}

@Suite("Terminal errors")
struct TerminalErrorTests {
    @Test func unknownTermIsExplainedInBothLanguages() {
        let message = TerminalError.unknownTerminalType("xterm-ghost").bilingualMessage
        #expect(message.contains("Неизвестный тип терминала TERM=\"xterm-ghost\""))
        #expect(message.contains("Unknown terminal type TERM=\"xterm-ghost\""))
    }
}
