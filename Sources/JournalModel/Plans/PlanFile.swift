import Foundation

/// One topic read from a plan file, with the line it came from.
public struct PlanRow: Sendable, Hashable {
    public let line: Int
    public let number: String
    public let topic: String
    public let hours: Int

    public init(line: Int, number: String, topic: String, hours: Int) {
        self.line = line
        self.number = number
        self.topic = topic
        self.hours = hours
    }
}

/// What is wrong in a plan file, and where (no line: the file as a whole).
public struct PlanFileProblem: Error, Sendable, Hashable {
    public let line: Int?
    public let message: LocalizedText

    public init(line: Int?, _ message: LocalizedText) {
        self.line = line
        self.message = message
    }
}

/// Reads a calendar-thematic plan (КТП) exported from Excel as CSV: columns number, topic and
/// hours, in that order or as a header row names them («№», «Тема урока», «Кол-во часов»);
/// other columns (dates, notes) are ignored, blank rows skipped, and so are title rows above the
/// header and unnumbered section headings («Раздел 1. Натуральные числа»), whose hours are the
/// section's total rather than a lesson's. A file with any bad row is refused as a whole, with
/// every problem and its line; a number or topic the journal would not store (a control
/// character, too many bytes: see `StoredText`) makes its row bad.
public enum PlanFile {
    /// The longest plan accepted, in hours per topic.
    public static let hoursLimit = 99
    /// Title rows (school, subject, teacher) allowed above the header.
    static let titleRowsLimit = 5

    /// The topics of the file, or `Refusal.badPlanFile` listing every problem.
    public static func read(_ data: Data) throws(Refusal) -> [PlanRow] {
        guard let text = PlanFileText.decode(data) else {
            throw Refusal.badPlanFile([PlanFileProblem(line: nil, LocalizedText(
                ru: "Не удалось прочитать текст файла: сохраните его как CSV в UTF-8 или Windows-1251.",
                en: "The file's text cannot be read: save it as CSV in UTF-8 or Windows-1251."))])
        }
        let records: [CSVRecord]
        do {
            records = try CSVText.records(text, separator: CSVText.separator(of: text, minimumColumns: 3))
        } catch {
            throw Refusal.badPlanFile([PlanFileProblem(line: error.line, LocalizedText(
                ru: "кавычка открыта и не закрыта до конца файла.", en: "a quote is opened and never closed."))])
        }
        var rows = records.filter { !$0.isBlank }
        var columns = PlanColumns.positional
        if let headerIndex = rows.prefix(titleRowsLimit + 1).firstIndex(where: { PlanColumns(header: $0.fields) != nil }),
           let named = PlanColumns(header: rows[headerIndex].fields) {
            columns = named
            rows.removeFirst(headerIndex + 1)
        }
        var topics: [PlanRow] = []
        var problems: [PlanFileProblem] = []
        for record in rows where !columns.isSectionHeading(record) {
            switch columns.row(from: record) {
            case let .success(row): topics.append(row)
            case let .failure(problem): problems.append(problem)
            }
        }
        if topics.isEmpty && problems.isEmpty {
            problems.append(PlanFileProblem(line: nil, LocalizedText(ru: "в файле нет ни одной темы.", en: "the file has no topics.")))
        }
        if !problems.isEmpty { throw Refusal.badPlanFile(problems) }
        return topics
    }
}

/// Which column holds what.
struct PlanColumns {
    var number: Int?
    var topic: Int
    var hours: Int

    static let positional = PlanColumns(number: 0, topic: 1, hours: 2)

    /// The columns a header row names, or nil when the row is not a header: a row whose hours
    /// column holds a number is data, even if a topic happens to contain «час» or «тема».
    init?(header fields: [String]) {
        let cells = fields.map(PlanColumns.normalized)
        if cells.count > 2, PlanColumns.hours(cells[2]) != nil { return nil }
        // Word starts, not substrings: «Математика» is no «тема».
        func named(_ starts: [String]) -> Int? {
            cells.firstIndex { cell in
                cell.split { !$0.isLetter }.contains { word in starts.contains { word.hasPrefix($0) } }
            }
        }
        guard let hours = named(["час", "кол", "hour"]), let topic = named(["тем", "наименован", "содержан", "topic"]),
              hours != topic else { return nil }
        let number = cells.firstIndex { cell in
            cell.hasPrefix("№") || cell.hasPrefix("#") || ["n", "no", "номер", "number", "п/п"].contains(cell)
        }
        self.init(number: number, topic: topic, hours: hours)
    }

    private init(number: Int?, topic: Int, hours: Int) {
        self.number = number
        self.topic = topic
        self.hours = hours
    }

    /// Words that open a section heading row of a plan.
    static let sectionWords = ["раздел", "глава", "модуль", "блок"]

    /// A row without a number whose topic names a section («Раздел 2. Дроби», 18 hours in all).
    func isSectionHeading(_ record: CSVRecord) -> Bool {
        guard let number, record.fields.indices.contains(topic) else { return false }
        let numberText = record.fields.indices.contains(number) ? record.fields[number] : ""
        let topicText = PlanColumns.normalized(record.fields[topic])
        return numberText.trimmingCharacters(in: .whitespaces).isEmpty && PlanColumns.sectionWords.contains { topicText.hasPrefix($0) }
    }

    func row(from record: CSVRecord) -> Result<PlanRow, PlanFileProblem> {
        func problem(_ ru: String, _ en: String) -> Result<PlanRow, PlanFileProblem> {
            .failure(PlanFileProblem(line: record.line, LocalizedText(ru: ru, en: en)))
        }
        let fields = record.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        func field(_ index: Int?) -> String { index.flatMap { fields.indices.contains($0) ? fields[$0] : nil } ?? "" }
        let needed = max(number ?? 0, topic, hours) + 1
        if fields.count < needed {
            return problem("столбцов \(fields.count), а нужно не меньше \(needed) (номер, тема, количество часов).",
                           "\(fields.count) column(s), at least \(needed) needed (number, topic, hours).")
        }
        let topicText = field(topic).split { $0.isNewline || $0 == "\t" }.joined(separator: " ")
        if topicText.isEmpty { return problem("не указана тема урока.", "the topic is missing.") }
        for (column, text) in [("number", field(number)), ("topic", topicText)] {
            do throws(Refusal) {
                try StoredText.check(text, table: PlanTopic.databaseTableName, column: column)
            } catch {
                return .failure(PlanFileProblem(line: record.line, error.message))
            }
        }
        let hoursText = field(hours)
        if hoursText.isEmpty { return problem("не указано количество часов.", "the number of hours is missing.") }
        guard let count = PlanColumns.hours(hoursText) else {
            let quoted = TerminalText.line(String(hoursText.prefix(20))) + (hoursText.count > 20 ? "…" : "")
            return problem("количество часов «\(quoted)» — не целое число от 1 до \(PlanFile.hoursLimit).",
                           "hours \"\(quoted)\" is not a whole number from 1 to \(PlanFile.hoursLimit).")
        }
        return .success(PlanRow(line: record.line, number: field(number), topic: topicText, hours: count))
    }

    /// Whole hours as Excel writes them: `2`, also `2,0` or `2.0`.
    static func hours(_ text: String) -> Int? {
        var digits = text
        for zeros in [",00", ".00", ",0", ".0"] where digits.hasSuffix(zeros) {
            digits = String(digits.dropLast(zeros.count))
            break
        }
        guard let value = Int(digits), (1...PlanFile.hoursLimit).contains(value) else { return nil }
        return value
    }

    static func normalized(_ cell: String) -> String {
        cell.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
