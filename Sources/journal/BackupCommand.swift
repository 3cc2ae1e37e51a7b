import ArgumentParser
import Foundation
import JournalModel

/// `journal backup DEST`: a verified copy while teachers work, with a manifest, sealed when a key is given.
/// A maintenance command (cron, a systemd timer): it needs no login.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the journal into a directory on another medium, verified, with a manifest beside it.",
        discussion: """
            The copy (journal-REPLICA-DATE-TIME.sqlite, readable by its owner only) is taken from one snapshot while \
            sessions keep writing; it is verified before it takes its name, and a failure (a full disk) leaves nothing \
            behind. With a seal key (--key or $JOURNAL_SEAL_KEY) the log is sealed too, to the --to directories; \
            without one the backup is made and said to be unsealed.
            """)

    @OptionGroup var common: CommonOptions

    @Argument(help: "The directory for the copy.")
    var destination: String

    @Option(name: .long, help: "Keep only this many of the newest copies in the directory.")
    var keep: Int?

    @OptionGroup var seal: SealOptions

    func run() throws {
        let language = common.language
        let journal = try common.openExistingJournal()
        let result: BackupResult
        do {
            result = try journal.backup(to: destination, keep: keep)
        } catch {
            throw common.failure(error)
        }
        let manifest = result.manifest
        print(LocalizedText(
            ru: "Копия: \(result.path)\nЗаписей журнала операций: \(manifest.position), хеш \(manifest.head)\nSHA-256: \(manifest.sha256)",
            en: "Backup: \(result.path)\nOperation log entries: \(manifest.position), hash \(manifest.head)\nSHA-256: \(manifest.sha256)").text(language))
        for removed in result.removed {
            print(LocalizedText(ru: "Удалена старая копия: \(removed)", en: "Old copy removed: \(removed)").text(language))
        }
        try sealIfKeyed(journal, language: language)
    }

    /// Seals after the copy when a key is named; without one, says the backup is not sealed.
    private func sealIfKeyed(_ journal: Journal, language: Language) throws {
        guard seal.hasKey else {
            guard seal.to.isEmpty else { throw common.failure(.notFound(LocalizedText(
                ru: "Для печати (--to) нужен ключ: --key ФАЙЛ или \(SealKey.environmentVariable).",
                en: "Sealing (--to) needs a key: --key FILE or \(SealKey.environmentVariable)."))) }
            print(LocalizedText(ru: "Не запечатано: ключа нет (--key или \(SealKey.environmentVariable)).",
                                en: "Not sealed: no key (--key or \(SealKey.environmentVariable)).").text(language))
            return
        }
        let sealed: SealResult
        do {
            sealed = try journal.seal(with: try seal.loadKey(), to: seal.to)
        } catch {
            throw common.failure(error)
        }
        print(LocalizedText(ru: "Запечатано: запись №\(sealed.checkpoint.position)", en: "Sealed: entry #\(sealed.checkpoint.position)").text(language))
        try seal.report(sealed, language: language)
    }
}
