import ArgumentParser
import Foundation
import JournalModel
import JournalTUI

/// `journal` with no subcommand: the journal in the terminal.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the journal in the terminal (the default).")

    @OptionGroup var common: CommonOptions

    @Option(help: "Key bindings preset: default, vim or emacs.")
    var keymap: String?

    @Option(help: "A keymap file that overrides the preset (default: ~/.config/journal/keymap.toml).")
    var keymapFile: String?

    func run() throws {
        let language = common.language
        guard FileManager.default.fileExists(atPath: common.databasePath) else {
            throw Failure(LocalizedText(
                ru: "Базы журнала нет: \(common.databasePath). Создайте её: journal init (или journal demo).",
                en: "No journal database at \(common.databasePath). Create one: journal init (or journal demo).").text(language))
        }
        let journal = try common.openJournal()
        let status = MainActor.assumeIsolated {
            TerminalApp.run(journal: journal, language: language, keymapPreset: keymap, keymapFile: keymapFile)
        }
        if status != 0 { throw ExitCode(status) }
    }
}
