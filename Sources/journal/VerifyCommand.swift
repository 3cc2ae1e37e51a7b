import ArgumentParser
import Foundation
import JournalModel

/// `journal verify`: is the database intact and does every record agree with the operation log?
///
/// A maintenance command (run from cron too): it reads the whole file and needs no login.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the database: SQLite integrity, the hash chains of the operation and access logs, records against the log.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        let language = common.language
        let journal = try common.openExistingJournal()
        let report: VerificationReport
        do {
            report = try journal.verify()
        } catch {
            throw Failure(LocalizedText(ru: "Проверка не удалась: \(error.message.russian)",
                                        en: "Verification failed: \(error.message.english)").text(language))
        }
        let summary = LocalizedText(
            ru: "Записей журнала операций: \(report.logEntries); записей журнала: \(report.records); записей журнала входов: \(report.accessEntries).",
            en: "Operation log entries: \(report.logEntries); journal records: \(report.records); access log entries: \(report.accessEntries).")
        print(summary.text(language))
        if report.passed {
            print(LocalizedText(ru: "Проверка пройдена: база цела, цепочка журнала операций не нарушена, записи совпадают с журналом.",
                                en: "Verification passed: the database is intact, the log chain is unbroken, records agree with the log.").text(language))
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
}
