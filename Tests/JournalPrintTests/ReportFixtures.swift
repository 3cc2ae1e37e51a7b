import Foundation
import JournalModel
import JournalPrint
import JournalTestSupport
import ZIPFoundation

/// The documents the renderer tests draw, the folders they draw them into, and the tools that
/// read the files back (ZIP parts of an XLSX, poppler's pdftotext, pdfinfo and pdftoppm).
enum ReportFixtures {
    static let stamp = ReportStamp(school: "МБОУ «Средняя школа № 1»", madeAt: "23.11.2026 12:00",
                                   madeBy: "admin (Иванова А. П.)", logPosition: 1234,
                                   headHash: "3fa9c2e1b07d4a5f8e6c1d2b3a4f5e6d7c8b9a0f1e2d3c4b5a69788796a5b4c3")
    static let subjects = ["Математика", "Русский язык", "Литература", "История", "Физика", "Химия", "Биология",
                           "География", "Английский язык", "Информатика", "Обществознание", "Музыка", "ИЗО",
                           "Технология", "Физкультура"]
    /// Wider than the student column: it must wrap, each word whole.
    static let longName = "Длиннофамильная Анастасия Александровна"
    static let date = SchoolDate(year: 2026, month: 11, day: 23)!

    /// «Фамилия07 Имя07»: numbered so that no name is a part of another.
    static func student(_ number: Int) -> String {
        let digits = number < 10 ? "0\(number)" : "\(number)"
        return "Фамилия\(digits) Имя\(digits)"
    }

    /// A class's summary: № and student (frozen), a mark per subject under «Четвертные отметки»,
    /// the average (4,50 for the first student), a date; totals; a note. `longName` replaces
    /// the second student's name.
    static func classSummary(students: Int, subjects count: Int = 3, longName: String? = nil) -> ReportDocument {
        let group = LocalizedText(ru: "Четвертные отметки", en: "Term marks")
        let columns = [ReportColumn(LocalizedText(ru: "№", en: "No."), width: 3, frozen: true),
                       ReportColumn(LocalizedText(ru: "Обучающийся", en: "Student"), width: 24, frozen: true)]
            + subjects.prefix(count).map { ReportColumn(LocalizedText(verbatim: $0), group: group, width: 6) }
            + [ReportColumn(LocalizedText(ru: "Средний балл", en: "Average"), width: 7),
               ReportColumn(LocalizedText(ru: "Дата", en: "Date"), width: 10)]
        let rows: [[ReportCell]] = (0..<students).map { index in
            let number = index + 1
            let name = number == 2 ? longName ?? student(number) : student(number)
            return [.integer(number), .text(name)] + (0..<count).map { .integer(2 + (number + $0) % 4) }
                + [.decimal(Double(3 + number % 2) + 0.5, decimals: 2), .date(date)]
        }
        let totals: [[ReportCell]] = [[.empty, .text("Итого")] + Array(repeating: .integer(students), count: count) + [.empty, .empty]]
        return ReportDocument(title: LocalizedText(ru: "Сводная ведомость учёта успеваемости", en: "Summary of progress"),
                              parameters: [ReportParameter(LocalizedText(ru: "Класс", en: "Class"), "5А"),
                                           ReportParameter(LocalizedText(ru: "Период", en: "Period"), "1 четверть")],
                              tables: [ReportTable(columns: columns, rows: rows, totals: students > 0 ? totals : [])],
                              notes: [LocalizedText(ru: "Средний балл — по четвертным отметкам.", en: "Averages of term marks.")],
                              stamp: stamp)
    }

    /// A fresh, empty folder under the system's temporary directory.
    static func folder(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-print-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The text of one part of an XLSX file (a ZIP of XML parts).
    static func part(_ path: String, of file: URL) throws -> String {
        let archive = try Archive(url: file, accessMode: .read)
        guard let entry = archive[path] else { return "" }
        var content = Data()
        _ = try archive.extract(entry) { content.append($0) }
        return String(decoding: content, as: UTF8.self)
    }

    /// What a poppler tool prints for `arguments` (its path first).
    static func poppler(_ arguments: [String]) throws -> String {
        let output = try ChildProcess.run(arguments)
        guard output.status == 0 else { throw PopplerFailure(arguments: arguments, message: output.standardError) }
        return output.standardOutput
    }

    /// The text of pages `first`…`last` of a PDF (all when nil).
    static func pdfText(_ file: URL, first: Int? = nil, last: Int? = nil) throws -> String {
        let range = [first.map { ["-f", "\($0)"] }, last.map { ["-l", "\($0)"] }].compactMap { $0 }.flatMap { $0 }
        return try poppler(["/usr/bin/pdftotext"] + range + [file.path, "-"])
    }

    /// A line of `pdfinfo`: «Pages», «Page size».
    static func pdfInfo(_ file: URL, _ key: String) throws -> String {
        let line = try poppler(["/usr/bin/pdfinfo", file.path]).split(separator: "\n").first { $0.hasPrefix(key + ":") }
        return line.map { $0.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces) } ?? ""
    }

    /// The two file renderers, for tests that hold for both.
    enum Format: CaseIterable, Sendable {
        case xlsx, pdf

        func write(_ document: ReportDocument, to path: String) throws {
            switch self {
            case .xlsx: try XLSXReport().write(document, to: path)
            case .pdf: try PDFReport().write(document, to: path)
            }
        }
    }

    struct PopplerFailure: Error {
        let arguments: [String]
        let message: String
    }
}
