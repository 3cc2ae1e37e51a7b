import CXlsxWriter
import JournalModel

/// How the sheet looks on screen and on paper: column widths, the frozen header and name
/// columns, A4 fitted to the page width, repeated header rows, page breaks, the page footer.
extension XLSXSheet {
    /// Excel refuses more manual page breaks than this on one sheet.
    static let maximumPageBreaks = 1023
    /// Excel refuses a page footer longer than this, control codes included.
    static let maximumFooterLength = 255

    func setUpPrinting(_ document: ReportDocument, firstHeader: ClosedRange<Int>?, pageBreaks: [Int]) throws(RenderFailure) {
        for (index, width) in columnWidths(document).enumerated() {
            let column = lxw_col_t(clamping: index)
            try worksheet_set_column(worksheet, column, column, Double(width), nil).check()
        }
        if let firstHeader, let table = document.tables.first {
            worksheet_freeze_panes(worksheet, lxw_row_t(clamping: firstHeader.upperBound + 1), lxw_col_t(clamping: table.frozenColumns))
            // With several tables the first one's header would print over the others' pages.
            if document.tables.count == 1 {
                try worksheet_repeat_rows(worksheet, lxw_row_t(clamping: firstHeader.lowerBound),
                                          lxw_row_t(clamping: firstHeader.upperBound)).check()
            }
        }
        if !pageBreaks.isEmpty {
            var breaks = pageBreaks.prefix(Self.maximumPageBreaks).map { lxw_row_t(clamping: $0) } + [0]
            try worksheet_set_h_pagebreaks(worksheet, &breaks).check()
        }
        worksheet_set_paper(worksheet, 9)  // A4
        if PageOrientation(document) == .landscape { worksheet_set_landscape(worksheet) }
        worksheet_fit_to_pages(worksheet, 1, 0)
        try worksheet_set_footer(worksheet, footer(document.stamp)).check()
    }

    /// Each column as wide as the widest of the tables' columns at that place.
    private func columnWidths(_ document: ReportDocument) -> [Int] {
        var widths: [Int] = []
        for table in document.tables {
            for (index, column) in table.columns.enumerated() {
                if index == widths.count { widths.append(column.width) } else { widths[index] = max(widths[index], column.width) }
            }
        }
        return widths
    }

    /// School, when and by whom, and the checkpoint on the left; the page number on the right.
    /// Without the school and the maker when Excel's length limit is passed (the last rows keep them).
    private func footer(_ stamp: ReportStamp) -> String {
        let right = "&R&8" + PageNumber.text("&P", of: "&N", language)
        let lines = [stamp.school, stamp.madeLine(language), stamp.checkpointLine(language)].map(escaped)
        let full = "&L&8" + lines.joined(separator: "\n") + right
        return full.unicodeScalars.count <= Self.maximumFooterLength ? full : "&L&8" + lines[2] + right
    }

    /// `&` starts a control code in a footer; a literal one is written twice.
    private func escaped(_ text: String) -> String { text.replacingOccurrences(of: "&", with: "&&") }
}
