import ArgumentParser
import Foundation
import JournalModel

/// `journal verify`: is the database intact and does every record agree with the operation log?
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the database: SQLite integrity, the operation log's hash chain, records against the log.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        let language = common.language
        guard FileManager.default.fileExists(atPath: common.databasePath) else {
            throw Failure(LocalizedText(ru: "Базы журнала нет: \(common.databasePath)", en: "No journal database at \(common.databasePath)").text(language))
        }
        let journal = try common.openJournal()
        let report: VerificationReport
        do {
            report = try Verifier.verify(journal.database)
        } catch {
            let reason = StorageError.from(error, path: journal.database.path).message
            throw Failure(LocalizedText(ru: "Проверка не удалась: \(reason.russian)", en: "Verification failed: \(reason.english)").text(language))
        }
        let summary = LocalizedText(
            ru: "Записей журнала операций: \(report.logEntries); записей журнала: \(report.records).",
            en: "Operation log entries: \(report.logEntries); journal records: \(report.records).")
        print(summary.text(language))
        if report.passed {
            print(LocalizedText(ru: "Проверка пройдена: база цела, цепочка журнала операций не нарушена, записи совпадают с журналом.",
                                en: "Verification passed: the database is intact, the log chain is unbroken, records agree with the log.").text(language))
            return
        }
        let shown = report.problems.prefix(100)
        for problem in shown {
            FileHandle.standardError.write(Data("[\(problem.kind.rawValue)] \(problem.message.text(language))\n".utf8))
        }
        if report.problems.count > shown.count {
            FileHandle.standardError.write(Data("… +\(report.problems.count - shown.count)\n".utf8))
        }
        throw Failure(LocalizedText(ru: "Проверка НЕ пройдена: найдено нарушений: \(report.problems.count).",
                                    en: "Verification FAILED: \(report.problems.count) problem(s) found.").text(language))
    }
}
