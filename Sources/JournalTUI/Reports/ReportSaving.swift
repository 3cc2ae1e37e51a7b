import Foundation
import JournalModel
import JournalPrint

/// Saves a report in the format its file name says (`.pdf`, `.xlsx`, `.csv`, `.txt`), for the preview screen and
/// `journal report` alike: refused into a missing folder or over an existing file unless `force`.
public enum ReportSaving {
    /// The formats a report is saved in, by file extension.
    public enum Format: String, Sendable, CaseIterable {
        case pdf, xlsx, csv, txt

        /// The format `path`'s extension names, if it is one.
        public init?(path: String) {
            self.init(rawValue: (path as NSString).pathExtension.lowercased())
        }
    }

    /// Writes `document` to `path` in `format`; `comma` is CSV with `,` and decimal points.
    public static func save(_ document: ReportDocument, as format: Format, to path: String, force: Bool,
                            comma: Bool = false, language: Language) throws(ReportFileError) {
        try ReportFile.check(path, force: force)
        switch format {
        case .pdf: try PDFReport(language: language).write(document, to: path)
        case .xlsx: try XLSXReport(language: language).write(document, to: path)
        case .csv: try ReportFile.write(CSVReport(comma: comma, language: language).data(document), to: path)
        case .txt: try ReportFile.write(Data(ReportTextLayout.text(document, language: language).utf8), to: path)
        }
    }

    /// «5А-marks-2026-11-23.pdf» in the home folder: where the preview offers to save.
    public static func defaultPath(name: String, document: ReportDocument, today: SchoolDate) -> String {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? FileManager.default.currentDirectoryPath
        let subject = document.parameters.first?.value.replacingOccurrences(of: " ", with: "") ?? "report"
        return (home as NSString).appendingPathComponent("\(subject)-\(name)-\(today).pdf")
    }
}
