import ArgumentParser
import Foundation
import JournalModel
import JournalPrint
import JournalTUI

/// `journal report NAME --class 5А --period 2 --format csv --out FILE`: one of the journal's
/// reports, made as the logged-in person may read it, saved to a file.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Make a report (сводная ведомость, class list…) as --login LOGIN and save it to a file.",
        discussion: """
            `journal report --list` names every report with its parameters. The file is readable by its owner only and \
            appears whole or not at all; an existing one is replaced only with --force. CSV is what Russian Excel opens \
            (UTF-8 with BOM, ';', CRLF); --csv-comma writes ',' and decimal points.
            """)

    @OptionGroup var common: CommonOptions
    @OptionGroup var who: LoginOptions

    @Argument(help: ArgumentHelp("The report: \(ReportKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "name"))
    var name: String?

    @Flag(name: .long, help: "List the reports with their parameters.")
    var list = false

    @Option(name: .customLong("class"), help: "The class, as 5А, 5 А or 5-А.")
    var schoolClass: String?

    @Option(name: .long, help: "The period: its number in the school year, or год (default: the current one).")
    var period: String = ""

    @Option(name: .long, help: "pdf, xlsx, csv or txt (default: from the file's extension).")
    var format: ReportSaving.Format?

    @Option(name: .long, help: "The file to write.")
    var out: String?

    @Flag(name: .long, help: "Replace the file if it exists.")
    var force = false

    @Flag(name: .long, help: "CSV with ',' and decimal points, for tools other than Russian Excel.")
    var csvComma = false

    func run() throws {
        let language = common.language
        if list {
            for kind in ReportKind.allCases { print("\(kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(kind.parameters)  \(kind.title.text(language))") }
            return
        }
        let (kind, path, format) = try parsed(language)
        let session = try who.session(on: common.openExistingJournal(), language: language)
        do {
            let document = try session.makeReport(ReportRequest(kind: kind, classTitle: schoolClass ?? "", period: period))
            try ReportSaving.save(document, as: format, to: path, force: force, comma: csvComma, language: language)
            let rows = document.tables.reduce(0) { $0 + $1.rows.count }
            print(LocalizedText(ru: "Отчёт «\(document.title.russian)» сохранён: \(TerminalText.line(path)) (строк: \(rows)).",
                                en: "Report \"\(document.title.english)\" saved: \(TerminalText.line(path)) (rows: \(rows)).").text(language))
        } catch let refusal as Refusal {
            throw common.failure(refusal)
        } catch let failure as ReportFileError {
            throw Failure(failure.message.text(language))
        }
    }

    /// The report's kind, the output path and its format, or a failure saying what is missing.
    private func parsed(_ language: Language) throws -> (ReportKind, String, ReportSaving.Format) {
        let names = ReportKind.allCases.map(\.rawValue).joined(separator: ", ")
        guard let name, let kind = ReportKind(rawValue: name) else {
            throw Failure(LocalizedText(ru: "Укажите отчёт: \(names) (journal report --list).",
                                        en: "Name the report: \(names) (journal report --list).").text(language))
        }
        guard schoolClass?.isEmpty == false else {
            throw Failure(LocalizedText(ru: "Укажите класс: --class 5А.", en: "Name the class: --class 5А.").text(language))
        }
        guard let out, !out.isEmpty else {
            throw Failure(LocalizedText(ru: "Укажите файл: --out ФАЙЛ.", en: "Name the file: --out FILE.").text(language))
        }
        guard let format = format ?? ReportSaving.Format(path: out) else {
            let formats = ReportSaving.Format.allCases.map(\.rawValue).joined(separator: ", ")
            throw Failure(LocalizedText(ru: "Формат не ясен из имени файла: --format \(formats).",
                                        en: "The format is not clear from the file name: --format \(formats).").text(language))
        }
        return (kind, out, format)
    }
}

/// `--format csv` or `--format txt`.
extension ReportSaving.Format: ExpressibleByArgument {}
