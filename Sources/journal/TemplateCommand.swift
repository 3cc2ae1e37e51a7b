import ArgumentParser
import Foundation
import JournalModel

/// `journal template DIR`: blank files for `journal import school DIR`.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write blank CSV templates of the school's files (периоды, предметы, сотрудники, ученики, родители, нагрузка, звонки, расписание) to a folder.",
        discussion: "Each has the Russian column names and one example row; fill them in Excel (save as CSV) and run `journal import school DIR`. Existing files are never overwritten.")

    @Option(name: .long, help: "Interface language: ru or en (default: from LC_ALL / LC_MESSAGES / LANG).")
    var lang: Language?

    @Argument(help: "The folder (made if missing).")
    var directory: String

    func run() throws {
        let language = Language.fromEnvironment(override: lang?.rawValue)
        let files = ImportKind.allCases.map { ($0, (directory as NSString).appendingPathComponent($0.russianName + ".csv")) }
        let existing = files.map(\.1).filter { FileManager.default.fileExists(atPath: $0) }
        guard existing.isEmpty else {
            throw Failure(LocalizedText(ru: "Файлы уже есть, они не перезаписываются: \(existing.map(TerminalText.line).joined(separator: ", ")).",
                                        en: "The files exist and are not overwritten: \(existing.map(TerminalText.line).joined(separator: ", ")).").text(language))
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let today = SchoolDate(Date())
            for (kind, path) in files {
                try Data(kind.templateCSV(today: today).utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            }
        } catch {
            throw Failure(LocalizedText(ru: "Не удаётся записать шаблоны в \(TerminalText.line(directory)): \(error.localizedDescription)",
                                        en: "Cannot write the templates to \(TerminalText.line(directory)): \(error.localizedDescription)").text(language))
        }
        print(LocalizedText(ru: "Шаблоны записаны в \(TerminalText.line(directory)): \(files.count) файлов CSV.",
                            en: "Templates written to \(TerminalText.line(directory)): \(files.count) CSV files.").text(language))
    }
}
