import ArgumentParser
import Foundation
import JournalModel

/// `journal verify`: is the database intact and does every record agree with the operation log?
///
/// A maintenance command (run from cron too): it reads the whole file and needs no login.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the database: SQLite integrity, the hash chains of the operation and access logs, records and accounts against the log.",
        discussion: """
            With --witness DIR, also the log against the signed checkpoints in DIR's witness file (journal seal): \
            history rewritten before the last checkpoint is named by its first differing entry, and entries \
            after it are counted as not yet witnessed. --checkpoint POSITION:HASH checks one copied from paper.
            """)

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "A directory holding a witness file of this journal (repeatable).")
    var witness: [String] = []

    @Option(name: .long, help: "The seal's public key the checkpoints must be signed with (default: the witness file's own).")
    var publicKey: String?

    @Option(name: .long, help: "A checkpoint from paper, POSITION:HASH (repeatable).")
    var checkpoint: [String] = []

    func run() throws {
        let language = common.language
        let journal = try common.openExistingJournal()
        let paper = try checkpoint.map { text in
            guard let parsed = PaperCheckpoint(text) else {
                throw Failure(LocalizedText(ru: "«\(TerminalText.line(text))» — не отметка: нужно НОМЕР:ХЕШ (не меньше 16 знаков хеша).",
                                            en: "\"\(TerminalText.line(text))\" is not a checkpoint: POSITION:HASH is needed (16 or more hex digits).").text(language))
            }
            return parsed
        }
        let report: VerificationReport
        do {
            report = witness.isEmpty && paper.isEmpty
                ? try journal.verify() : try journal.verify(witnessDirectories: witness, publicKey: publicKey, paper: paper)
        } catch {
            throw Failure(LocalizedText(ru: "Проверка не удалась: \(error.message.russian)",
                                        en: "Verification failed: \(error.message.english)").text(language))
        }
        let summary = LocalizedText(
            ru: "Записей журнала операций: \(report.logEntries); записей журнала: \(report.records); учётных записей: \(report.accounts); записей журнала входов: \(report.accessEntries).",
            en: "Operation log entries: \(report.logEntries); journal records: \(report.records); accounts: \(report.accounts); access log entries: \(report.accessEntries).")
        print(summary.text(language))
        if let witnessed = report.witness {
            print(witnessSummary(witnessed).text(language))
        }
        if report.passed {
            print(LocalizedText(ru: "Проверка пройдена: база цела, цепочка журнала операций не нарушена, записи и учётные записи совпадают с журналом.",
                                en: "Verification passed: the database is intact, the log chain is unbroken, records and accounts agree with the log.").text(language))
            return
        }
        let shown = report.problems.prefix(100)
        for problem in shown {
            FileHandle.standardError.write(Data("[\(problem.kind.rawValue)] \(TerminalText.line(problem.message.text(language)))\n".utf8))
        }
        if report.problems.count > shown.count {
            FileHandle.standardError.write(Data("… +\(report.problems.count - shown.count)\n".utf8))
        }
        throw Failure(LocalizedText(ru: "Проверка НЕ пройдена: найдено нарушений: \(report.problems.count).",
                                    en: "Verification FAILED: \(report.problems.count) problem(s) found.").text(language))
    }

    private func witnessSummary(_ witnessed: WitnessSummary) -> LocalizedText {
        guard let last = witnessed.lastCheckpoint else {
            return LocalizedText(ru: "Засвидетельствованных отметок нет.", en: "No witnessed checkpoints.")
        }
        let checked = LocalizedText(
            ru: "Файлов-свидетелей: \(witnessed.files.count); отметок: \(witnessed.checkpoints); последняя: №\(last.position), \(last.at).",
            en: "Witness files: \(witnessed.files.count); checkpoints: \(witnessed.checkpoints); the last: #\(last.position), \(last.at).")
        guard witnessed.unwitnessedEntries > 0 else { return checked }
        return LocalizedText(
            ru: checked.russian + "\nЕщё не засвидетельствовано: записей \(witnessed.unwitnessedEntries) после \(last.at).",
            en: checked.english + "\nNot yet witnessed: \(witnessed.unwitnessedEntries) entries since \(last.at).")
    }
}
