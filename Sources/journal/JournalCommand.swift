import ArgumentParser
import Foundation
import JournalModel

/// The `journal` command: the terminal journal and its administration subcommands.
@main
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Электронный классный журнал / electronic class journal.",
        discussion: """
            Without a subcommand, opens the journal in the terminal.
            The database is --db PATH, else $JOURNAL_DB, else $XDG_DATA_HOME/journal/journal.sqlite
            (~/.local/share/journal/journal.sqlite).
            """,
        subcommands: [OpenCommand.self, InitCommand.self, DemoCommand.self, VerifyCommand.self, UserCommand.self, ImportCommand.self],
        defaultSubcommand: OpenCommand.self
    )

    /// Runs the command. A file size limit (`ulimit -f`) must not kill the program mid-write:
    /// with SIGXFSZ ignored the write fails with EFBIG, SQLite rolls back, and the user is told.
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        main(nil)
    }
}

/// Options every subcommand shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Database file (default: $JOURNAL_DB, else the XDG data directory).")
    var db: String?

    @Option(name: .long, help: "Interface language: ru or en (default: from LC_ALL / LC_MESSAGES / LANG).")
    var lang: String?

    var language: Language { Language.fromEnvironment(override: lang) }

    /// The database path the options and environment name.
    var databasePath: String { DatabaseLocation.resolve(explicit: db) }

    /// Opens the journal, or exits with a clear message.
    func openJournal() throws -> Journal {
        do {
            return try Journal(path: databasePath, clock: EnvironmentClock.fromEnvironment() ?? SystemClock())
        } catch {
            throw Failure(error.message.text(language))
        }
    }
}

/// A failure with a message for the user: printed to standard error, exit code 1.
struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

/// Where the database lives when not told.
enum DatabaseLocation {
    static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["JOURNAL_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return dataHome + "/journal/journal.sqlite"
    }
}
