import JournalModel

/// Where a table's columns lie across the page (`PDFColumnWidths`) and how tall its header and
/// rows are.
struct PDFTableGrid {
    static let horizontalPadding = 2.0
    /// Rows about 6 mm tall, as on a paper register, for a single line of 9 pt text.
    static let verticalPadding = 3.0

    let table: ReportTable
    /// The left edge of each column, then the right edge of the last one.
    let edges: [Double]
    /// The groups' row; 0 when no column has a group.
    let groupRowHeight: Double
    let titleRowHeight: Double

    var headerHeight: Double { groupRowHeight + titleRowHeight }

    init(_ table: ReportTable, left: Double, width available: Double, text: PDFText, language: Language) {
        self.table = table
        let widths = PDFColumnWidths.fitted(table, into: available, text: text)
        let edges = widths.reduce(into: [left]) { edges, width in edges.append((edges.last ?? left) + width) }
        self.edges = edges

        let groups = table.columnGroups
        func height(_ title: LocalizedText, over columns: Range<Int>) -> Double {
            Self.cellHeight(title.text(language), .bold, width: edges[columns.upperBound] - edges[columns.lowerBound], text: text)
        }
        let groupRow = groups.compactMap { group in group.title.map { height($0, over: group.columns) } }.max() ?? 0
        let underGroups = groups.isEmpty ? Array(table.columns.indices) : groups.filter { $0.title != nil }.flatMap { Array($0.columns) }
        var titleRow = underGroups.map { height(table.columns[$0].title, over: $0..<$0 + 1) }.max() ?? 0
        // A column outside the groups has its title over both rows: they grow to hold it.
        for group in groups where group.title == nil {
            titleRow = max(titleRow, height(table.columns[group.columns.lowerBound].title, over: group.columns) - groupRow)
        }
        groupRowHeight = groupRow
        titleRowHeight = titleRow
    }

    /// The left edge and width of `columns`.
    func span(_ columns: Range<Int>) -> (x: Double, width: Double) {
        (edges[columns.lowerBound], edges[columns.upperBound] - edges[columns.lowerBound])
    }

    /// The tallest of a row's cells, every one wrapped within its column.
    func rowHeight(_ cells: [ReportCell], font: PDFText.Font, text: PDFText) -> Double {
        table.columns.indices.map { index in
            Self.cellHeight(index < cells.count ? cells[index].text : "", font, width: span(index..<index + 1).width, text: text)
        }.max() ?? 0
    }

    /// A cell's height: its text wrapped inside the padding, and the padding.
    static func cellHeight(_ content: String, _ font: PDFText.Font, width: Double, text: PDFText) -> Double {
        text.height(content, font, width: width - 2 * horizontalPadding) + 2 * verticalPadding
    }
}
