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
    @OptionGroup var seal: SealOptions

    func run() throws {
        let language = common.language
        let result: SealResult
        do {
            result = try common.openExistingJournal().seal(with: try seal.loadKey(), to: seal.to)
        } catch let refusal as Refusal {
            throw common.failure(refusal)
        }
        print(LocalizedText(ru: "Отметка: запись №\(result.checkpoint.position), хеш \(result.checkpoint.head)",
                            en: "Checkpoint: entry #\(result.checkpoint.position), hash \(result.checkpoint.head)").text(language))
        try seal.report(result, language: language)
    }
}
