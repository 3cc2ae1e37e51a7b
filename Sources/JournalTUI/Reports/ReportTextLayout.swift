import JournalModel
import JournalPrint

/// A report laid out in terminal columns, line by line: what the preview screen scrolls and what
/// `journal report --format txt` writes. Each line keeps its frozen part (the columns that name
/// the row) apart from the rest, so the preview can keep them in view while scrolling sideways;
/// a table's header lines are marked so the preview can keep them on top while scrolling down.
public struct ReportTextLayout: Sendable, Equatable {
    /// One line of the laid-out report.
    public struct Line: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case title, parameter, heading, header, row, total, note, blank }
        public var kind: Kind
        /// The frozen columns' text (empty outside tables).
        public var frozen: String
        /// The rest of the line.
        public var rest: String
        /// The index in `tables` of the table it belongs to, nil outside tables.
        public var table: Int?

        /// The whole line.
        public var text: String { frozen + rest }
    }

    /// A column's text is never wider than this; longer text is shortened with «…».
    public static let widestColumn = 48

    public private(set) var lines: [Line] = []

    /// `document` laid out in `language`.
    public init(_ document: ReportDocument, language: Language) {
        add(.title, document.title.text(language))
        for parameter in document.parameters { add(.parameter, parameter.line(language)) }
        for (index, table) in document.tables.enumerated() {
            add(.blank, "")
            if let heading = table.heading { add(.heading, heading) }
            addTable(table, index: index, language: language)
        }
        if !document.notes.isEmpty { add(.blank, "") }
        for note in document.notes { add(.note, note.text(language)) }
    }

    /// The lines of table `index`'s header (group line and column titles).
    public func headerLines(ofTable index: Int) -> [Line] {
        lines.filter { $0.table == index && $0.kind == .header }
    }

    /// The report as plain text with the stamp under it, lines ended with `\n`.
    public static func text(_ document: ReportDocument, language: Language) -> String {
        let stamp = document.stamp
        let footer = [stamp.school, stamp.madeLine(language), stamp.checkpointLine(language)].joined(separator: " · ")
        let body = ReportTextLayout(document, language: language).lines.map { $0.text.trimmingTrailingSpaces }
        return (body + ["", footer]).joined(separator: "\n") + "\n"
    }

    private mutating func add(_ kind: Line.Kind, _ text: String) {
        lines.append(Line(kind: kind, frozen: "", rest: text, table: nil))
    }

    private mutating func addTable(_ table: ReportTable, index: Int, language: Language) {
        let widths = table.columns.enumerated().map { column, description in
            let cells = (table.rows + table.totals).map { $0.indices.contains(column) ? $0[column].text.displayWidth : 0 }
            return min(Self.widestColumn, max(description.width, description.title.text(language).displayWidth, cells.max() ?? 0))
        }
        let frozen = table.frozenColumns
        func line(_ kind: Line.Kind, _ cells: [String], numeric: [Bool]) -> Line {
            let texts = cells.indices.map { column in
                let text = cells[column].shortened(toColumns: widths[column])
                let padding = String(repeating: " ", count: max(0, widths[column] - text.displayWidth))
                return numeric[column] ? padding + text : text + padding
            }
            return Line(kind: kind, frozen: texts.prefix(frozen).map { $0 + " " }.joined(),
                        rest: texts.dropFirst(frozen).joined(separator: " "), table: index)
        }
        let left = Array(repeating: false, count: widths.count)
        if !table.columnGroups.isEmpty {
            lines.append(groupLine(table, widths: widths, frozen: frozen, index: index, language: language))
        }
        lines.append(line(.header, table.columns.map { $0.title.text(language) }, numeric: left))
        for row in table.rows { lines.append(line(.row, Self.padded(row, widths.count), numeric: Self.numeric(row, widths.count))) }
        if !table.totals.isEmpty {
            let rule = widths.map { String(repeating: "─", count: $0) }
            lines.append(Line(kind: .total, frozen: rule.prefix(frozen).map { $0 + " " }.joined(),
                              rest: rule.dropFirst(frozen).joined(separator: " "), table: index))
        }
        for row in table.totals { lines.append(line(.total, Self.padded(row, widths.count), numeric: Self.numeric(row, widths.count))) }
    }

    /// The line of group headings, each centred over its columns (those right of the frozen ones).
    private func groupLine(_ table: ReportTable, widths: [Int], frozen: Int, index: Int, language: Language) -> Line {
        let parts = table.columnGroups.filter { $0.columns.lowerBound >= frozen }.map { group in
            let width = widths[group.columns].reduce(0, +) + group.columns.count - 1
            let title = (group.title?.text(language) ?? "").shortened(toColumns: width)
            return (String(repeating: " ", count: (width - title.displayWidth) / 2) + title).padded(toColumns: width)
        }
        let blank = widths.prefix(frozen).map { String(repeating: " ", count: $0 + 1) }.joined()
        return Line(kind: .header, frozen: blank, rest: parts.joined(separator: " "), table: index)
    }

    private static func padded(_ row: [ReportCell], _ count: Int) -> [String] {
        (0..<count).map { row.indices.contains($0) ? row[$0].text : "" }
    }

    /// Numbers are right-aligned, everything else left.
    private static func numeric(_ row: [ReportCell], _ count: Int) -> [Bool] {
        (0..<count).map { column in
            guard row.indices.contains(column) else { return false }
            switch row[column] {
            case .integer, .decimal: return true
            case .empty, .text, .date: return false
            }
        }
    }
}

extension String {
    /// The string without the spaces at its end.
    var trimmingTrailingSpaces: String {
        String(self[..<(lastIndex { $0 != " " }.map(index(after:)) ?? startIndex)])
    }
}
