import CXlsxWriter
import JournalModel

/// A report written down one worksheet, row after row: the title and parameters, each table
/// (heading, header rows, data rows, bold totals), the notes and the stamp; then how it prints.
struct XLSXSheet {
    let worksheet: UnsafeMutablePointer<lxw_worksheet>
    let formats: XLSXFormats
    let language: Language
    /// The next row to write (0 = row 1).
    private(set) var row = 0

    init(worksheet: UnsafeMutablePointer<lxw_worksheet>, formats: XLSXFormats, language: Language) {
        self.worksheet = worksheet
        self.formats = formats
        self.language = language
    }

    mutating func write(_ document: ReportDocument) throws(RenderFailure) {
        try line(document.title.text(language), style: .title)
        for parameter in document.parameters { try line(parameter.line(language)) }
        var headers: [ClosedRange<Int>] = []
        var pageBreaks: [Int] = []
        for table in document.tables {
            row += 1
            if table.startsPage, !headers.isEmpty { pageBreaks.append(row) }
            if let heading = table.heading { try line(heading, style: .heading) }
            headers.append(try header(table))
            for cells in table.rows { try dataRow(cells, bold: false) }
            for cells in table.totals { try dataRow(cells, bold: true) }
        }
        row += 1
        for note in document.notes { try line(note.text(language)) }
        let stamp = document.stamp
        for text in [stamp.school, stamp.madeLine(language), stamp.checkpointLine(language)] { try line(text) }
        try setUpPrinting(document, firstHeader: headers.first, pageBreaks: pageBreaks)
    }

    /// Text in column A of its own row, free to run on over the empty cells to its right.
    private mutating func line(_ text: String, style: XLSXFormats.Style? = nil) throws(RenderFailure) {
        try string(text, row, 0, style.flatMap { formats[$0] })
        row += 1
    }

    /// The header rows of a table: its groups' titles over their columns, and each column's
    /// title (over both rows when it has no group). Returns the rows it took.
    private mutating func header(_ table: ReportTable) throws(RenderFailure) -> ClosedRange<Int> {
        let top = row
        let groups = table.columnGroups
        if groups.isEmpty {
            for (index, column) in table.columns.enumerated() { try string(column.title.text(language), top, index, formats[.header]) }
        }
        for group in groups {
            if let title = group.title {
                try span(title.text(language), rows: top...top, columns: group.columns)
                for index in group.columns { try string(table.columns[index].title.text(language), top + 1, index, formats[.header]) }
            } else {
                try span(table.columns[group.columns.lowerBound].title.text(language), rows: top...top + 1, columns: group.columns)
            }
        }
        row = groups.isEmpty ? top + 1 : top + 2
        return top...row - 1
    }

    /// A header cell merged over `rows` × `columns` (a single cell is written, not merged).
    private func span(_ text: String, rows: ClosedRange<Int>, columns: Range<Int>) throws(RenderFailure) {
        guard rows.count > 1 || columns.count > 1 else { return try string(text, rows.lowerBound, columns.lowerBound, formats[.header]) }
        try worksheet_merge_range(worksheet, lxw_row_t(clamping: rows.lowerBound), lxw_col_t(clamping: columns.lowerBound),
                                  lxw_row_t(clamping: rows.upperBound), lxw_col_t(clamping: columns.upperBound - 1),
                                  text, formats[.header]).check()
    }

    private mutating func dataRow(_ cells: [ReportCell], bold: Bool) throws(RenderFailure) {
        for (column, cell) in cells.enumerated() { try write(cell, row, column, bold: bold) }
        row += 1
    }

    /// A cell as the value it is: text as a string, numbers as numbers, a date as Excel's date.
    private func write(_ cell: ReportCell, _ row: Int, _ column: Int, bold: Bool) throws(RenderFailure) {
        let format = formats[.cell(XLSXFormats.Value(cell), bold: bold)]
        let (rowIndex, columnIndex) = (lxw_row_t(clamping: row), lxw_col_t(clamping: column))
        switch cell {
        case .empty: try worksheet_write_blank(worksheet, rowIndex, columnIndex, format).check()
        case .text(let text): try string(text, row, column, format)
        case .integer(let value): try worksheet_write_number(worksheet, rowIndex, columnIndex, Double(value), format).check()
        case .decimal(let value, _): try worksheet_write_number(worksheet, rowIndex, columnIndex, value, format).check()
        case .date(let date):
            var moment = lxw_datetime(year: Int32(date.year), month: Int32(date.month), day: Int32(date.day), hour: 0, min: 0, sec: 0)
            try worksheet_write_datetime(worksheet, rowIndex, columnIndex, &moment, format).check()
        }
    }

    private func string(_ text: String, _ row: Int, _ column: Int, _ format: UnsafeMutablePointer<lxw_format>?) throws(RenderFailure) {
        try worksheet_write_string(worksheet, lxw_row_t(clamping: row), lxw_col_t(clamping: column), text, format).check()
    }
}
