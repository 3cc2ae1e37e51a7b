import ArgumentParser
import Foundation
import JournalModel
import JournalTUI

/// `journal` with no subcommand: the journal in the terminal, starting at its login screen.
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
        let journal = try common.openExistingJournal()
        let status = MainActor.assumeIsolated {
            TerminalApp.run(journal: journal, language: language, keymapPreset: keymap, keymapFile: keymapFile)
        }
        if status != 0 { throw ExitCode(status) }
    }
}
