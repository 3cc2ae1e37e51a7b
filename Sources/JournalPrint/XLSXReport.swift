import CXlsxWriter
import JournalModel

/// A report as an Excel workbook: one sheet named after the title; numbers and dates kept as
/// values a spreadsheet counts with; the first table's header frozen and repeated on printed
/// pages; fitted to the page width; the notes and the stamp in the last rows and the stamp in
/// the page footer.
public struct XLSXReport: Sendable {
    public var language: Language

    public init(language: Language = .russian) {
        self.language = language
    }

    /// Writes the workbook to `path`, replacing a file there only once the new one is whole.
    /// - Throws: `ReportFileError` when it cannot be written; `path` then keeps what it held.
    public func write(_ document: ReportDocument, to path: String) throws(ReportFileError) {
        try ReplacedFile.write(to: path) { temporaryPath throws(RenderFailure) in
            try writeWorkbook(document, to: temporaryPath)
        }
    }

    private func writeWorkbook(_ document: ReportDocument, to path: String) throws(RenderFailure) {
        guard let workbook = workbook_new(path) else { throw RenderFailure(detail: "libxlsxwriter: workbook_new failed") }
        do throws(RenderFailure) {
            let name = XLSXSheetName.from(document.title.text(language),
                                          fallback: LocalizedText(ru: "Отчёт", en: "Report").text(language))
            guard let worksheet = workbook_add_worksheet(workbook, name) else {
                throw RenderFailure(detail: "libxlsxwriter: the sheet «\(name)» was refused")
            }
            var sheet = XLSXSheet(worksheet: worksheet, formats: XLSXFormats(workbook: workbook), language: language)
            try sheet.write(document)
        } catch {
            lxw_workbook_free(workbook)  // nothing is written when filling failed
            throw error
        }
        try workbook_close(workbook).check()
    }
}

extension lxw_error {
    /// Throws libxlsxwriter's own description unless the call succeeded.
    func check() throws(RenderFailure) {
        guard self == LXW_NO_ERROR else { throw RenderFailure(detail: "libxlsxwriter: " + String(cString: lxw_strerror(self))) }
    }
}
