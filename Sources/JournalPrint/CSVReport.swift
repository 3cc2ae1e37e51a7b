import Foundation
import JournalModel

/// A report as CSV. By default what Russian Excel opens as is: UTF-8 with a BOM, `;` between
/// fields, CRLF, decimal commas. `comma` writes `,` and decimal points for other tools. Each table
/// is preceded by the report's title (and its own heading), then one header row per column group
/// level, the rows, the totals; the notes and the stamp come last.
public struct CSVReport: Sendable {
    public var separator: Character
    public var language: Language

    /// `comma` false: `;` and decimal commas; true: `,` and decimal points.
    public init(comma: Bool = false, language: Language = .russian) {
        separator = comma ? "," : ";"
        self.language = language
    }

    /// The whole file's bytes.
    public func data(_ document: ReportDocument) -> Data {
        Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array(text(document).utf8))
    }

    /// The file's text, without the BOM.
    public func text(_ document: ReportDocument) -> String {
        var lines: [[String]] = [[document.title.text(language)]]
        lines += document.parameters.map { [$0.label.text(language), $0.value] }
        for table in document.tables {
            lines.append([])
            if let heading = table.heading { lines.append([heading]) }
            if table.columns.contains(where: { $0.group != nil }) {
                lines.append(table.columns.map { $0.group?.text(language) ?? "" })
            }
            lines.append(table.columns.map { $0.title.text(language) })
            lines += (table.rows + table.totals).map { $0.map(field) }
        }
        lines.append([])
        lines += document.notes.map { [$0.text(language)] }
        let stamp = document.stamp
        lines.append([stamp.school, stamp.madeAt, stamp.madeBy, stamp.checkpointText])
        return lines.map { $0.map(quoted).joined(separator: String(separator)) }.joined(separator: "\r\n") + "\r\n"
    }

    private func field(_ cell: ReportCell) -> String {
        guard case .decimal = cell, separator == "," else { return cell.text }
        return cell.text.replacingOccurrences(of: ",", with: ".")
    }

    /// The field in quotes when it holds the separator, a quote or a line break.
    private func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == separator || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
