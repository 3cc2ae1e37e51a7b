import JournalModel

/// A report as a PDF on A4: portrait, or landscape when its widest table does not fit across;
/// tables drawn as grids whose long cells wrap within their columns, the header repeated on
/// every page a table continues on, and on every page a footer with the school, the title, who
/// made it and when, «стр. N из M» and the journal's checkpoint.
public struct PDFReport: Sendable {
    public var language: Language

    public init(language: Language = .russian) {
        self.language = language
    }

    /// Writes the PDF to `path`, replacing a file there only once the new one is whole.
    /// - Throws: `ReportFileError` when it cannot be written; `path` then keeps what it held.
    public func write(_ document: ReportDocument, to path: String) throws(ReportFileError) {
        try ReplacedFile.write(to: path) { temporaryPath throws(RenderFailure) in
            try draw(document, to: temporaryPath)
        }
    }

    private func draw(_ document: ReportDocument, to path: String) throws(RenderFailure) {
        let orientation = PageOrientation(document)
        // The page's size is needed before the footer can be measured; the footer's height only after.
        let unmeasured = PDFPage(orientation, footerHeight: 0)
        let surface = try PDFSurface(path: path, page: unmeasured, title: document.title.text(language))
        let text = PDFText(cairo: surface.cairo)
        let widestFooter = PDFPainter.footer(document, page: "8888", of: "8888", language)
        let page = PDFPage(orientation, footerHeight: text.height(widestFooter, .footer, width: unmeasured.bodyWidth))
        let pagination = PDFPagination(document, language: language, page: page, text: text)
        PDFPainter(cairo: surface.cairo, text: text, page: page, language: language).draw(pagination.pages, of: document)
        try surface.finish()
    }
}
