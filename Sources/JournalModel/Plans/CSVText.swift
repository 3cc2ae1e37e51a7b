import Foundation

/// One record of a CSV file and the line of the file it starts on (a quoted field may span lines).
struct CSVRecord: Equatable {
    let line: Int
    let fields: [String]

    /// Whether every field is blank (Excel writes `;;` for empty rows).
    var isBlank: Bool { fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
}

/// The CSV files Excel writes: comma, semicolon (Russian Excel, where the comma is the decimal
/// separator) or tab separated; fields quoted with `"` may hold separators, `""` and line breaks.
enum CSVText {
    /// Where a quoted field is not closed.
    struct UnclosedQuote: Error, Equatable {
        let line: Int
    }

    /// Separators tried, in the order preferred when the file does not decide.
    static let separators: [Character] = [";", ",", "\t"]

    /// The separator that splits the file into rows of one consistent width of at least
    /// `minimumColumns`: commas inside topics of a semicolon file split rows unevenly, a comma
    /// file has no semicolons at all.
    static func separator(of text: String, minimumColumns: Int) -> Character {
        var best: (separator: Character, rows: Int)?
        for separator in separators {
            guard let records = try? records(text, separator: separator) else { continue }
            let widths = records.filter { !$0.isBlank }.map(\.fields.count)
            let counted = Dictionary(widths.map { ($0, 1) }, uniquingKeysWith: +)
            guard let (width, rows) = counted.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }), width >= minimumColumns else { continue }
            if rows > best?.rows ?? 0 { best = (separator, rows) }
        }
        if let best { return best.separator }
        return separators.first { text.contains($0) } ?? ","
    }

    /// Splits the text into records of fields (fields untrimmed; quotes removed, `""` made `"`).
    static func records(_ text: String, separator: Character) throws(UnclosedQuote) -> [CSVRecord] {
        let characters = Array(text)
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = ""
        var fieldStarted = false
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            if inQuotes {
                if character == "\"" {
                    if index < characters.count && characters[index] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else if isLineBreak(character) {
                    line += 1
                    field.append("\n")
                } else {
                    field.append(character)
                }
                continue
            }
            if character == "\"" && !fieldStarted {
                inQuotes = true
                fieldStarted = true
                quoteLine = line
            } else if character == separator {
                fields.append(field)
                field = ""
                fieldStarted = false
            } else if isLineBreak(character) {
                fields.append(field)
                records.append(CSVRecord(line: recordLine, fields: fields))
                fields = []
                field = ""
                fieldStarted = false
                line += 1
                recordLine = line
            } else {
                field.append(character)
                if !character.isWhitespace { fieldStarted = true }
            }
        }
        if inQuotes { throw UnclosedQuote(line: quoteLine) }
        if fieldStarted || !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append(CSVRecord(line: recordLine, fields: fields))
        }
        return records
    }

    /// `\n`, `\r\n` (one Character in Swift) or a lone `\r`.
    /// Rows as Russian Excel opens a CSV: UTF-8 with a byte-order mark, `;`, CRLF; a field holding
    /// `;`, `"` or a line break quoted.
    static func excelText(_ rows: [[String]]) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { ";\"\n\r".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        return "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ";") + "\r\n" }.joined()
    }

    private static func isLineBreak(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n" || character == "\r"
    }
}
