import Foundation

/// A school's file as rows of cells with the line (the sheet's row) each starts on: an Excel
/// workbook, or a CSV saved from Excel in UTF-8 (with or without a byte-order mark), UTF-16 or
/// Windows-1251, separated by `;`, `,` or tab.
public struct ImportTable: Sendable {
    /// One row of the file.
    public struct Row: Sendable, Equatable {
        public let line: Int
        public let cells: [String]

        /// The cell in a column, trimmed; empty when the row is shorter.
        public func cell(_ index: Int?) -> String {
            guard let index, cells.indices.contains(index) else { return "" }
            return cells[index].trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// The file's name as the report names it.
    public let fileName: String
    /// The rows, blank ones left out.
    public let rows: [Row]

    /// Reads a school's file: an Excel workbook (.xlsx: the first sheet, or `sheet`) or a CSV.
    /// A password-protected workbook, an old .xls, a damaged file and a missing sheet are one problem each.
    public static func read(_ data: Data, fileName: String, sheet: String? = nil) throws(Refusal) -> ImportTable {
        func refuse(_ expected: LocalizedText) -> Refusal { .badSchoolFile([ImportProblem(file: fileName, line: nil, expected: expected)]) }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw refuse(LocalizedText(ru: "файл защищён паролем или в старом формате .xls: сохраните его в Excel как .xlsx без пароля или как CSV.",
                                       en: "the file is password-protected or an old .xls: save it from Excel as .xlsx without a password, or as CSV."))
        }
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return try csv(data, fileName: fileName) }
        do {
            let rows = try XLSXReader.rows(data, sheet: sheet)
            return ImportTable(fileName: fileName, rows: rows.map { Row(line: $0.line, cells: $0.cells) }
                .filter { $0.cells.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } })
        } catch .noSheet(let name) {
            throw refuse(name.map { LocalizedText(ru: "в книге нет листа «\($0)».", en: "the workbook has no sheet \"\($0)\".") }
                         ?? LocalizedText(ru: "в книге нет ни одного листа.", en: "the workbook has no sheet."))
        } catch {
            throw refuse(LocalizedText(ru: "файл Excel повреждён или это не книга .xlsx.", en: "the Excel file is damaged or not an .xlsx workbook."))
        }
    }

    /// Reads a CSV file; a file that cannot be read as text, or whose quotes do not close, is one problem.
    public static func csv(_ data: Data, fileName: String) throws(Refusal) -> ImportTable {
        guard !data.isEmpty else { throw .badSchoolFile([ImportProblem(file: fileName, line: nil, expected: LocalizedText(ru: "файл пуст.", en: "the file is empty."))]) }
        guard let text = PlanFileText.decode(data), !text.contains("\u{0}") else {
            throw .badSchoolFile([ImportProblem(file: fileName, line: nil, expected: LocalizedText(
                ru: "не удаётся прочитать текст: нужен CSV в UTF-8 или Windows-1251 (в Excel: «Сохранить как» → «CSV»).",
                en: "cannot read the text: a CSV in UTF-8 or Windows-1251 is needed (in Excel: Save As → CSV)."))])
        }
        let separator = CSVText.separator(of: text, minimumColumns: 2)
        do {
            let rows = try CSVText.records(text, separator: separator).filter { !$0.isBlank }.map { Row(line: $0.line, cells: $0.fields) }
            return ImportTable(fileName: fileName, rows: rows)
        } catch {
            throw .badSchoolFile([ImportProblem(file: fileName, line: error.line, expected: LocalizedText(
                ru: "кавычка не закрыта до конца файла.", en: "a quote is not closed before the end of the file."))])
        }
    }
}
