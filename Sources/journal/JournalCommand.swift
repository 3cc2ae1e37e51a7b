import ArgumentParser
import Foundation
import JournalModel
import JournalDemo

/// The `journal` command: the terminal journal and its administration subcommands.
@main
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Электронный классный журнал / electronic class journal.",
        discussion: """
            Without a subcommand, opens the journal in the terminal. \
            The database is --db PATH, else $JOURNAL_DB, else $XDG_DATA_HOME/journal/journal.sqlite \
            (~/.local/share/journal/journal.sqlite).

            Subcommands that read or change journal data act as a person of the school: --login LOGIN, \
            the password asked for without echo (or --password-stdin).
            """,
        subcommands: [OpenCommand.self, InitCommand.self, DemoCommand.self, VerifyCommand.self, PasswdCommand.self, UserCommand.self, TemplateCommand.self, ImportCommand.self, ExportCommand.self, ReportCommand.self,
                      KeyCommand.self, SealCommand.self, BackupCommand.self, RestoreCommand.self],
        defaultSubcommand: OpenCommand.self
    )

    /// Runs the command. A file size limit (`ulimit -f`) must not kill the program mid-write:
    /// with SIGXFSZ ignored the write fails with EFBIG, SQLite rolls back, and the user is told.
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        main(nil)
    }
}
