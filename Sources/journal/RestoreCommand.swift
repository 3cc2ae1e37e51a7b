import ArgumentParser
import Foundation
import JournalModel

/// `journal restore BACKUP`: put a backup in the database's place, as the administrator.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Put a backup in the journal's place (the administrator, --login, of the backup's accounts).",
        discussion: """
            Refused while any program has the journal open. The backup is copied beside the database and checked \
            (its manifest, verify, that it is this school's journal) before anything changes; the replaced database \
            and its -wal/-shm are kept beside it, renamed. With --witness DIR, the entries witnessed after the backup \
            are listed: they must be entered again.
            """)

    @OptionGroup var common: CommonOptions
    @OptionGroup var who: LoginOptions

    @Argument(help: "The backup file (journal backup made it).")
    var backup: String

    @Option(name: .long, help: "A directory holding a witness file of this journal (repeatable).")
    var witness: [String] = []

    func run() throws {
        let language = common.language
        try LoginOptions.refusePasswordArgument(who.password, language: language)
        let staging: RestoreStaging
        do {
            staging = try RestoreStaging.stage(backup: backup, over: common.databasePath, witness: witness)
        } catch {
            throw common.failure(error)
        }
        for note in staging.notes {
            print(TerminalText.line(note.text(language)))
        }
        let session = try who.session(on: staging.journal, language: language)
        let replaced: String?
        do {
            replaced = try staging.commit(by: session)
        } catch {
            throw common.failure(error)
        }
        print(LocalizedText(ru: "Восстановлено: записей журнала операций \(staging.position), хеш \(staging.head).",
                            en: "Restored: \(staging.position) operation log entries, hash \(staging.head).").text(language))
        if let replaced {
            print(LocalizedText(ru: "Прежняя база сохранена: \(replaced)", en: "The replaced database is kept: \(replaced)").text(language))
        }
        for gap in staging.missing {
            print(TerminalText.line(gap.text(language)))
        }
        if !staging.missing.isEmpty {
            print(LocalizedText(
                ru: "Прежние файлы-свидетели знают записи, которых теперь нет: перед следующей печатью уберите их в архив и начните новые.",
                en: "The old witness files know entries that are gone now: move them to an archive and start new ones before the next seal.").text(language))
        }
    }
}
