import ArgumentParser
import Foundation
import JournalModel

/// `journal key create --out PATH`: a new seal key file, for `journal seal`.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Make the key that signs checkpoints of the log (journal seal).",
        subcommands: [Create.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Write a new Ed25519 seal key to a new file, readable by its owner only.",
            discussion: """
                Keep the file outside the database's directory, for the service account alone, and give its path to \
                journal seal with --key or $JOURNAL_SEAL_KEY. The public key printed is what witness files carry; \
                write it down: journal verify --witness --public-key KEY checks against it.
                """)

        @Option(name: .long, help: "The key file to create (never overwritten).")
        var out: String

        @Option(name: .long, help: "Interface language: ru or en (default: from LC_ALL / LC_MESSAGES / LANG).")
        var lang: Language?

        func run() throws {
            let language = Language.fromEnvironment(override: lang?.rawValue)
            do {
                let key = try SealKey.create(at: out)
                print(LocalizedText(ru: "Ключ печати создан: \(out)\nОткрытый ключ: \(key.publicKey)",
                                    en: "Seal key made: \(out)\nPublic key: \(key.publicKey)").text(language))
            } catch {
                throw Failure(error.message.text(language))
            }
        }
    }
}
