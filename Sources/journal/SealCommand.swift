import ArgumentParser
import Foundation
import JournalModel

/// `journal seal`: sign the log's position and head, keep the checkpoint in the database and on
/// other media. A maintenance command (cron, a systemd timer): it needs no login, only the key.
struct SealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seal",
        abstract: "Sign a checkpoint of the log and append it to witness files on other media.",
        discussion: """
            The key is --key FILE, else $JOURNAL_SEAL_KEY (journal key create makes one). Each --to DIR gets \
            journal-REPLICA.witness: the hashes of the entries since its last seal and the signed checkpoint. \
            A directory that is missing, damaged or disagrees with the log is reported and left as it was; \
            the others are sealed.
            """)

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "The seal key file (default: $JOURNAL_SEAL_KEY).")
    var key: String?

    @Option(name: .long, help: "A directory on another medium for the witness file (repeatable).")
    var to: [String] = []

    func run() throws {
        let language = common.language
        let result: SealResult
        do {
            let sealKey = try SealKey.load(path: try SealKey.locate(explicit: key))
            result = try common.openExistingJournal().seal(with: sealKey, to: to)
        } catch let refusal as Refusal {
            throw common.failure(refusal)
        }
        let checkpoint = result.checkpoint
        print(LocalizedText(ru: "Отметка: запись №\(checkpoint.position), хеш \(checkpoint.head)",
                            en: "Checkpoint: entry #\(checkpoint.position), hash \(checkpoint.head)").text(language))
        for file in result.witnessFiles {
            print(LocalizedText(ru: "Записано: \(file)", en: "Written: \(file)").text(language))
        }
        for failure in result.failures {
            FileHandle.standardError.write(Data("\(TerminalText.line(failure.reason.text(language)))\n".utf8))
        }
        if !result.failures.isEmpty {
            throw Failure(LocalizedText(ru: "Не записано в каталогов: \(result.failures.count).",
                                        en: "Not written to \(result.failures.count) director(ies).").text(language))
        }
    }
}
