import ArgumentParser
import Foundation
import JournalModel

/// What every `journal import <kind> FILE` takes, and how it runs and reports.
struct SchoolFileOptions: ParsableArguments {
    @OptionGroup var common: CommonOptions
    @OptionGroup var who: LoginOptions

    @Argument(help: "The file: an Excel workbook (.xlsx) or a CSV (UTF-8 or Windows-1251; `;`, `,` or tab).")
    var file: String

    @Option(help: "The workbook's sheet (default: the first).")
    var sheet: String?

    @Flag(help: "Check the file and print what would change, writing nothing.")
    var dryRun = false

    @OptionGroup var accounts: AccountsOption

    func run(_ kind: ImportKind) throws {
        let language = common.language
        let table = try SchoolFileReport.table(file, sheet: sheet, language: language, common: common)
        let session = try who.session(on: common.openExistingJournal(), language: language)
        try accounts.importing(dryRun: dryRun, common: common) { made in
            made += try SchoolFileReport.run(kind, table, session: session, dryRun: dryRun, accounts: accounts.path != nil,
                                             language: language, common: common)
        }
    }
}

/// `--accounts FILE`: where the temporary passwords of the people an import adds are written.
struct AccountsOption: ParsableArguments {
    @Option(name: .customLong("accounts"), help: ArgumentHelp(
        "Make accounts for the people imported, their logins and temporary passwords written to this new file (0600) for the credentials slips.",
        valueName: "FILE"))
    var path: String?

    /// Reserves the file, runs the imports, then writes every account they made to it (those of
    /// the files imported before one that failed too: their accounts exist).
    func importing(dryRun: Bool, common: CommonOptions, _ body: (inout [ImportedAccount]) throws -> Void) throws {
        var made: [ImportedAccount] = []
        guard let path, !dryRun else {
            try body(&made)
            return
        }
        do throws(Refusal) { try CredentialsFile.reserve(path) } catch { throw common.failure(error) }
        var failure: Error?
        do { try body(&made) } catch { failure = error }
        if made.isEmpty {
            try? FileManager.default.removeItem(atPath: path)
            print(LocalizedText(ru: "Новых учётных записей нет.", en: "No new accounts.").text(common.language))
        } else {
            do throws(Refusal) { try CredentialsFile.write(made, to: path) } catch { throw common.failure(error) }
            print(LocalizedText(ru: "Учётных записей создано: \(made.count); логины и временные пароли — в файле \(TerminalText.line(path)).",
                                en: "Accounts made: \(made.count); their logins and temporary passwords are in \(TerminalText.line(path)).").text(common.language))
        }
        if let failure { throw failure }
    }
}

/// The report of an imported file, as the terminal prints it.
enum SchoolFileReport {
    /// The file read as a table; a file that cannot be read fails with a message naming it.
    static func table(_ path: String, sheet: String? = nil, language: Language, common: CommonOptions) throws -> ImportTable {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Failure(LocalizedText(ru: "Не удаётся прочитать файл \(TerminalText.line(path)).",
                                        en: "Cannot read the file \(TerminalText.line(path)).").text(language))
        }
        do {
            return try ImportTable.read(data, fileName: URL(fileURLWithPath: path).lastPathComponent, sheet: sheet)
        } catch {
            throw common.failure(error)
        }
    }

    /// Imports one file, prints its report, and returns the accounts it made.
    static func run(_ kind: ImportKind, _ table: ImportTable, session: JournalSession, dryRun: Bool, accounts: Bool,
                    language: Language, common: CommonOptions) throws -> [ImportedAccount] {
        do {
            let report = try session.importSchoolFile(kind, table, dryRun: dryRun, issuingAccounts: accounts)
            print(text(report, language: language))
            return report.accounts
        } catch {
            throw common.failure(error)
        }
    }

    /// «ученики.csv: новых 48, изменено 2, без изменений 0», then the lists.
    static func text(_ report: ImportReport, language: Language) -> String {
        var lines = [LocalizedText(
            ru: "\(report.file): новых \(report.added.count), изменено \(report.changed.count), без изменений \(report.unchanged).",
            en: "\(report.file): \(report.added.count) new, \(report.changed.count) changed, \(report.unchanged) unchanged.").text(language)]
        func list(_ title: LocalizedText, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append("  " + title.text(language))
            lines += items.map { "    " + TerminalText.line($0) }
        }
        list(LocalizedText(ru: "Новые:", en: "New:"), report.added.map { $0.text(language) })
        list(LocalizedText(ru: "Изменены:", en: "Changed:"), report.changed.map { $0.text(language) })
        list(LocalizedText(ru: "Есть в журнале, нет в файле (не удалены):", en: "In the journal, not in the file (not removed):"), report.missing.map { $0.text(language) })
        list(LocalizedText(ru: "Не сделано импортом:", en: "Not done by the import:"), report.notes.map { $0.text(language) })
        list(LocalizedText(ru: "Неизвестные столбцы (пропущены):", en: "Unknown columns (skipped):"), report.unknownColumns)
        if report.accountsNotMade > 0 {
            lines.append(LocalizedText(ru: "  Без учётной записи: \(report.accountsNotMade) (чтобы создать, укажите --accounts ФАЙЛ).",
                                       en: "  Without an account: \(report.accountsNotMade) (to make them, give --accounts FILE).").text(language))
        }
        if !report.written {
            lines.append(LocalizedText(ru: "Пробный запуск (--dry-run): ничего не записано.", en: "A dry run (--dry-run): nothing was written.").text(language))
        }
        return lines.joined(separator: "\n")
    }
}

extension ImportCommand {
    struct Periods: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import the school year's reporting periods (периоды): Период, Начало, Конец; 4 quarters, 3 trimesters or 2 halves.")
        @OptionGroup var options: SchoolFileOptions
        func run() throws { try options.run(.periods) }
    }

    struct Subjects: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import subjects (предметы): Предмет, Краткое название, Шкала (пятибалльная / зачёт).")
        @OptionGroup var options: SchoolFileOptions
        func run() throws { try options.run(.subjects) }
    }

    struct Staff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import staff (сотрудники): ФИО (or Фамилия, Имя, Отчество), Должность, Телефон, E-mail, Класс of a class teacher.")
        @OptionGroup var options: SchoolFileOptions
        func run() throws { try options.run(.staff) }
    }

    struct Students: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import students (ученики): ФИО (or Фамилия, Имя, Отчество), Дата рождения, Класс, Пол, Телефон, E-mail.")
        @OptionGroup var options: SchoolFileOptions
        func run() throws { try options.run(.students) }
    }

    struct Parents: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import parents (родители): ФИО, Ребёнок, Класс (Дата рождения ребёнка where names repeat), Согласие (да/нет), Кем приходится, Телефон, E-mail.")
        @OptionGroup var options: SchoolFileOptions
        func run() throws { try options.run(.parents) }
    }

    struct Workload: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import the workload (нагрузка): Учитель, Предмет, Класс, Группа (made when new), Часов в неделю.")
        @OptionGroup var options: SchoolFileOptions
        func run() throws { try options.run(.workload) }
    }

    struct Bells: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import the bell schedule (звонки): Урок, Начало, Конец (as the deputy director too).")
        @OptionGroup var options: SchoolFileOptions
        func run() throws { try options.run(.bells) }
    }

    struct Timetable: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import the weekly timetable (расписание): День недели, Урок, Класс, Предмет, Группа, Учитель, Кабинет (as the deputy director too).")
        @OptionGroup var options: SchoolFileOptions
        func run() throws { try options.run(.timetable) }
    }
}

extension ImportCommand {
    struct School: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import every school file of a folder, in order: периоды/periods, предметы/subjects, сотрудники/staff, ученики/students, родители/parents, нагрузка/workload, звонки/bells, расписание/timetable (.xlsx or .csv).",
            discussion: "Each file is imported whole or not at all; the first file with problems stops the import, the files before it stay imported.")

        @OptionGroup var common: CommonOptions
        @OptionGroup var who: LoginOptions

        @Argument(help: "The folder with the files.")
        var directory: String

        @Flag(help: "Check each file and print what would change, writing nothing (files that need the ones before them imported report that).")
        var dryRun = false

        @OptionGroup var accounts: AccountsOption

        func run() throws {
            let language = common.language
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            let files = ImportKind.allCases.compactMap { kind in
                names.first { name in
                    let stem = (name as NSString).deletingPathExtension.lowercased()
                    return ["csv", "xlsx"].contains((name as NSString).pathExtension.lowercased()) && [kind.rawValue, kind.russianName].contains(stem)
                }.map { (kind, (directory as NSString).appendingPathComponent($0)) }
            }
            guard !files.isEmpty else {
                throw Failure(LocalizedText(
                    ru: "В папке \(TerminalText.line(directory)) нет файлов школы (\(ImportKind.allCases.map { $0.russianName + ".csv" }.joined(separator: ", "))).",
                    en: "The folder \(TerminalText.line(directory)) has no school files (\(ImportKind.allCases.map { $0.rawValue + ".csv" }.joined(separator: ", "))).").text(language))
            }
            let session = try who.session(on: common.openExistingJournal(), language: language)
            try accounts.importing(dryRun: dryRun, common: common) { made in
                for (kind, path) in files {
                    let table = try SchoolFileReport.table(path, language: language, common: common)
                    made += try SchoolFileReport.run(kind, table, session: session, dryRun: dryRun, accounts: accounts.path != nil,
                                                     language: language, common: common)
                }
            }
        }
    }
}
