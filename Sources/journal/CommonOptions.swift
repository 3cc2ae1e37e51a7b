import ArgumentParser
import Foundation
import JournalModel

/// Options every subcommand shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Database file (default: $JOURNAL_DB, else the XDG data directory).")
    var db: String?

    @Option(name: .long, help: "Interface language: ru or en (default: from LC_ALL / LC_MESSAGES / LANG).")
    var lang: Language?

    var language: Language { Language.fromEnvironment(override: lang?.rawValue) }

    /// The database path the options and environment name.
    var databasePath: String { DatabaseLocation.resolve(explicit: db) }

    /// Opens the school's journal: the file must exist (`journal init` or `journal demo` make one).
    func openExistingJournal() throws -> Journal {
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw Failure(LocalizedText(
                ru: "Базы журнала нет: \(databasePath). Создайте её: journal init (или journal demo).",
                en: "No journal database at \(databasePath). Create one: journal init (or journal demo).").text(language))
        }
        return try openJournal(making: .existingSchool)
    }

    /// Opens (or creates) the journal at the path, with the clock the environment allows.
    func openJournal(making purpose: Journal.OpeningPurpose) throws -> Journal {
        do {
            return try Journal.open(path: databasePath, making: purpose)
        } catch {
            throw Failure(error.message.text(language))
        }
    }

    /// A refusal as the command's failure, in the user's language, its lines made safe for the
    /// terminal (a refusal may quote stored or file text).
    func failure(_ refusal: Refusal) -> Failure {
        Failure(refusal.message.text(language).split(separator: "\n", omittingEmptySubsequences: false)
            .map { TerminalText.line(String($0)) }.joined(separator: "\n"))
    }
}

extension Language: ExpressibleByArgument {
    public init?(argument: String) { self.init(code: argument) }
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
