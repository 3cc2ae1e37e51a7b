import JournalModel

/// How wide a table's columns are drawn: as `ReportColumn.width` asks while the table fits the
/// page. A table wider than the page first takes from each column the room its cells do not
/// need (in proportion to that room), so marks columns narrow before any name or date wraps;
/// only when that is not enough do all columns narrow together.
enum PDFColumnWidths {
    /// No column narrower than this many characters: a header's title still wraps legibly in it.
    static let narrowest = 4.0

    static func fitted(_ table: ReportTable, into available: Double, text: PDFText) -> [Double] {
        let asked = table.columns.map { Double($0.width + 1) * PDFPage.pointsPerCharacter }
        let excess = asked.reduce(0, +) - available
        guard excess > 0 else { return asked }
        let needed = zip(asked, neededWidths(table, text: text)).map { asked, needed in
            min(asked, max(needed, narrowest * PDFPage.pointsPerCharacter))
        }
        let room = zip(asked, needed).map { $0 - $1 }
        let spare = room.reduce(0, +)
        guard spare < excess else { return zip(asked, room).map { $0 - $1 * excess / spare } }
        let scale = available / needed.reduce(0, +)
        return needed.map { $0 * scale }
    }

    /// Each column's widest cell on one line, padding included (totals in bold).
    private static func neededWidths(_ table: ReportTable, text: PDFText) -> [Double] {
        var widths = Array(repeating: 0.0, count: table.columns.count)
        let rows = table.rows.map { ($0, PDFText.Font.body) } + table.totals.map { ($0, PDFText.Font.bold) }
        for (cells, font) in rows {
            for (index, cell) in zip(widths.indices, cells) {
                widths[index] = max(widths[index], text.width(cell.text, font) + 2 * PDFTableGrid.horizontalPadding)
            }
        }
        return widths
    }
}
