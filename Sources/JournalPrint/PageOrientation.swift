import JournalModel

/// How an A4 sheet is turned for a report: chosen once per document from its widest table, so
/// the PDF and the XLSX print the same way and every page of a report faces the same way.
enum PageOrientation: Equatable {
    case portrait
    case landscape

    /// Characters of column width (each column's width plus one for its padding) that fit across
    /// portrait A4 inside the margins: about as many under Excel's default margins as in the PDF.
    static let portraitCharacters = 95

    init(_ document: ReportDocument) {
        let widest = document.tables.map(\.printedCharacters).max() ?? 0
        self = widest > Self.portraitCharacters ? .landscape : .portrait
    }
}

extension ReportTable {
    /// The table's width on paper in characters, padding included.
    var printedCharacters: Int { columns.reduce(0) { $0 + $1.width + 1 } }
}
