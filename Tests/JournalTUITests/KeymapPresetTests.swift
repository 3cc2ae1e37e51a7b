import Foundation
@testable import JournalModel
import Testing
@testable import JournalTUI

@Suite("Keymap presets")
struct KeymapPresetTests {
    @Test(arguments: KeymapLoader.presetNames)
    func presetLoadsWithoutErrors(name: String) throws {
        let parsed = try #require(KeymapLoader.preset(named: name, environment: [:]))
        #expect(parsed.errors.isEmpty, "\(parsed.errors.map(\.description))")
        #expect(!parsed.keymap.sequencesByAction.isEmpty)
    }

    @Test(arguments: KeymapLoader.presetNames)
    func everyBindingNamesAnActionOfItsTable(name: String) throws {
        // Parsing would report an unknown action; here also check the catalogue's own naming.
        let text = try #require(EmbeddedPresets.texts[name])
        let parsed = KeymapParser.parse(text, file: name)
        for action in parsed.keymap.sequencesByAction.keys {
            #expect(Action(rawValue: action.rawValue) == action)
            #expect(action.rawValue.hasPrefix(action.context.rawValue + "."))
        }
    }

    @Test(arguments: KeymapLoader.presetNames)
    func noKeyIsBoundTwiceInAContext(name: String) throws {
        let keymap = try #require(KeymapLoader.preset(named: name, environment: [:])).keymap
        for context in ActionContext.allCases {
            var seen: [[Key]: Action] = [:]
            for action in Action.allCases where action.context == context {
                for sequence in keymap.sequences(for: action) {
                    #expect(seen[sequence] == nil, "\(name) [\(context)] \(KeyNotation.format(sequence)): \(seen[sequence]?.rawValue ?? "") and \(action.rawValue)")
                    seen[sequence] = action
                }
            }
        }
    }

    @Test(arguments: KeymapLoader.presetNames)
    func noSequenceStartsWithAnotherBoundInItsContext(name: String) throws {
        // The parser finds these within one file; an overlay could still start one of default's.
        let keymap = try #require(KeymapLoader.preset(named: name, environment: [:])).keymap
        for context in ActionContext.allCases {
            let bound = Action.allCases.filter { $0.context == context }.flatMap { keymap.sequences(for: $0) }
            for short in bound {
                for long in bound where long.count > short.count && long.starts(with: short) {
                    Issue.record("\(name) [\(context)]: \(KeyNotation.format(short)) starts \(KeyNotation.format(long))")
                }
            }
        }
    }

    @Test(arguments: KeymapLoader.presetNames)
    func gridAndMarkKeysDoNotShadowEachOther(name: String) throws {
        // The gradebook consults [mark] and [grid] together; one key must not mean both.
        let keymap = try #require(KeymapLoader.preset(named: name, environment: [:])).keymap
        let gridKeys = Set(Action.allCases.filter { $0.context == .grid }.flatMap { keymap.sequences(for: $0) })
        let markKeys = Set(Action.allCases.filter { $0.context == .mark }.flatMap { keymap.sequences(for: $0) })
        #expect(gridKeys.isDisjoint(with: markKeys))
    }

    @Test(arguments: KeymapLoader.presetNames)
    func cyrillicLayoutKeysDoWhatLatinKeysDo(name: String) throws {
        let keymap = try #require(KeymapLoader.preset(named: name, environment: [:])).keymap
        for action in Action.allCases {
            for sequence in keymap.sequences(for: action) {
                let mirrored = sequence.map { key -> Key in
                    if case .character(let character) = key, let other = KeyboardLayout.counterpart(of: character) {
                        return .character(other)
                    }
                    return key
                }
                // A key the screen types as data (о, the first letter of ОП in the grid) is no command there.
                guard mirrored != sequence, !action.context.readsAsData(mirrored.first) else { continue }
                #expect(keymap.action(for: mirrored, in: action.context) == action,
                        "\(name): \(KeyNotation.format(sequence)) is \(action.rawValue) but \(KeyNotation.format(mirrored)) is not")
            }
        }
    }

    @Test(arguments: KeymapLoader.presetNames)
    func noPresetBindsAKeyItsContextReadsAsData(name: String) {
        // Such a binding never fires (the screen takes the key first) or takes the key from the
        // screen (`g` would not type П). The gradebook consults [grid] with [mark].
        let keymap = defaultKeymap(name)
        let consultedWith: [ActionContext: [ActionContext]] = [.mark: [.grid]]
        for context in ActionContext.allCases {
            for data in context.dataKeys {
                for action in Action.allCases where ([context] + (consultedWith[context] ?? [])).contains(action.context) {
                    for sequence in keymap.sequences(for: action) where sequence.first.map(data.contains) == true {
                        Issue.record("\(name): \(action.rawValue) is bound to \(KeyNotation.format(sequence)), which [\(context)] reads as data")
                    }
                }
            }
        }
    }

    @Test func theGradebookReadsMarksAndAbsenceLettersOfBothLayoutsAsData() {
        let data = ActionContext.mark.dataKeys
        // The one-letter codes in both layouts, and the Cyrillic first letter of ОП
        for character in "12345+-НнБбУуПпYy<,EeGgОо" {
            #expect(data.contains { $0.contains(.character(character)) }, "\(character)")
        }
        // Other letters stay free for commands (vim's j, also the Latin key of О; 0 for the first column).
        for character in "jkhlJ0" {
            #expect(!data.contains { $0.contains(.character(character)) }, "\(character)")
        }
    }

    @Test func presetsCoverTheEssentialActions() {
        let essentials: [Action] = [.appQuit, .appHelp, .loginSubmit, .loginNextField, .gridMoveDown, .helpClose, .pickerChoose]
        for name in KeymapLoader.presetNames {
            let keymap = defaultKeymap(name)
            for action in essentials {
                #expect(!keymap.sequences(for: action).isEmpty, "\(name) leaves \(action.rawValue) unbound")
            }
        }
    }

    @Test(arguments: KeymapLoader.presetNames)
    func builtInCopyIsTheFileByteForByte(name: String) throws {
        // Generated from keymaps/ by the EmbedKeymaps plugin; a difference means the plugin went wrong.
        let path = KeymapLoader.packageKeymapsDirectory + "/\(name).toml"
        let file = try String(contentsOfFile: path, encoding: .utf8)
        #expect(EmbeddedPresets.texts[name] == file)
    }

    @Test func everyFileOfKeymapsIsAPreset() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: KeymapLoader.packageKeymapsDirectory)
        #expect(Set(files.filter { $0.hasSuffix(".toml") }) == Set(KeymapLoader.presetNames.map { "\($0).toml" }))
    }

    @Test func everyActionHasBothDescriptions() {
        for action in Action.allCases {
            #expect(!action.summary.russian.isEmpty && !action.summary.english.isEmpty)
            #expect(ActionContext(rawValue: String(action.rawValue.prefix { $0 != "." })) != nil)
            #expect(action.verb.allSatisfy { $0.isLowercase || $0 == "-" })
        }
    }

    @Test func embeddedPresetsAreTheFallback() {
        let loaded = KeymapLoader.load(preset: "vim", environment: ["JOURNAL_KEYMAPS": "/nonexistent"])
        #expect(loaded.errors.isEmpty)
        #expect(loaded.keymap.action(for: [.character("j")], in: .grid) == .gridMoveDown)
    }

    @Test func anOverlayPresetAppliesOnDefaultAndReportsItsOwnLines() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("keymaps-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("vim.toml").path
        try "[grid]\nmove-down = [\"n\"]\nfly-away = [\"f\"]\n".write(toFile: path, atomically: true, encoding: .utf8)
        let loaded = KeymapLoader.load(preset: "vim", environment: ["JOURNAL_KEYMAPS": directory.path])
        #expect(loaded.errors.map(\.description) == ["\(path):3: unknown action grid.fly-away"])
        #expect(loaded.keymap.action(for: [.character("n")], in: .grid) == .gridMoveDown)
        #expect(loaded.keymap.action(for: [.character("j")], in: .grid) == nil)
        // What the overlay does not name comes from default.toml.
        #expect(loaded.keymap.action(for: [.character("k")], in: .grid) == .gridMoveUp)
    }

    @Test func keymapsDirectoryFromTheEnvironmentWins() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("keymaps-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "[app]\nquit = [\"F12\"]\n".write(to: directory.appendingPathComponent("default.toml"), atomically: true, encoding: .utf8)
        let loaded = KeymapLoader.load(preset: "default", environment: ["JOURNAL_KEYMAPS": directory.path])
        #expect(loaded.keymap.sequences(for: .appQuit) == [[.function(12)]])
    }
}
