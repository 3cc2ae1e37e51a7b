import ArgumentParser
import Foundation
import JournalModel

/// `journal` with no subcommand: the journal in the terminal.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the journal in the terminal (the default).")

    @OptionGroup var common: CommonOptions

    @Option(help: "Key bindings: a preset name (default, vim) or a TOML file.")
    var keymap: String?

    func run() throws {
        let language = common.language
        guard FileManager.default.fileExists(atPath: common.databasePath) else {
            throw Failure(LocalizedText(
                ru: "Базы журнала нет: \(common.databasePath). Создайте её: journal init (или journal demo).",
                en: "No journal database at \(common.databasePath). Create one: journal init (or journal demo).").text(language))
        }
        _ = try common.openJournal()
        throw Failure("TUI not wired yet")
    }
}
