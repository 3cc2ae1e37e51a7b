/// An A4 page of the PDF turned as the document needs: its margins, the body the report is laid
/// out in, and the band at the bottom kept for the footer.
struct PDFPage {
    static let margin = 36.0
    /// Between the body and the footer's rule.
    static let footerGap = 6.0
    /// How wide a character of `ReportColumn.width` is drawn: as many fit across portrait A4 as
    /// `PageOrientation` counts on.
    static let pointsPerCharacter = (595.0 - 2 * margin) / Double(PageOrientation.portraitCharacters)

    let width: Double
    let height: Double
    /// As tall as the footer set with the widest page numbers it may have.
    let footerHeight: Double

    init(_ orientation: PageOrientation, footerHeight: Double) {
        (width, height) = orientation == .portrait ? (595, 842) : (842, 595)
        self.footerHeight = footerHeight
    }

    var bodyWidth: Double { width - 2 * Self.margin }
    var top: Double { Self.margin }
    /// The lowest the body goes.
    var bottom: Double { footerTop - Self.footerGap }
    var footerTop: Double { height - Self.margin - footerHeight }
}
