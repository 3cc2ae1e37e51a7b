import Foundation
import JournalModel
import Testing
@testable import JournalPrint

/// A report reaches its path whole or not at all: a failed write leaves nothing new behind and
/// whatever was at the path untouched.
@Suite struct ReportFileWriteTests {
    let previous = Data("the report of yesterday".utf8)

    /// A folder holding only `report` with yesterday's bytes.
    private func folderWithAReport(_ name: String) throws -> (folder: URL, report: URL) {
        let folder = try ReportFixtures.folder(name)
        let report = folder.appendingPathComponent(name)
        try previous.write(to: report)
        return (folder, report)
    }

    private func contents(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
    }

    @Test(arguments: ReportFixtures.Format.allCases)
    func aMissingFolderIsRefusedAndNothingIsMade(format: ReportFixtures.Format) throws {
        let missing = try ReportFixtures.folder("missing").appendingPathComponent("нет такой папки")
        let path = missing.appendingPathComponent("отчёт").path
        #expect {
            try format.write(ReportFixtures.classSummary(students: 3), to: path)
        } throws: { error in
            guard case .cannotWrite(path, _)? = error as? ReportFileError else { return false }
            return true
        }
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }

    @Test func aCellExcelCannotHoldFailsTheWriteAndKeepsTheOldFile() throws {
        let (folder, report) = try folderWithAReport("report.xlsx")
        var document = ReportFixtures.classSummary(students: 3)
        document.tables[0].rows[0][1] = .text(String(repeating: "я", count: 40_000))  // Excel's limit is 32 767
        #expect(throws: ReportFileError.self) { try XLSXReport().write(document, to: report.path) }
        #expect(try Data(contentsOf: report) == previous)
        #expect(try contents(folder) == ["report.xlsx"])
    }

    @Test func aFailingRendererLeavesThePathAsItWas() throws {
        let (folder, report) = try folderWithAReport("report.pdf")
        #expect(throws: ReportFileError.cannotWrite(path: report.path, detail: "half-way")) {
            try ReplacedFile.write(to: report.path) { temporaryPath throws(RenderFailure) in
                _ = FileManager.default.createFile(atPath: temporaryPath, contents: Data("%PDF-1.5 half".utf8))
                throw RenderFailure(detail: "half-way")
            }
        }
        #expect(try Data(contentsOf: report) == previous)
        #expect(try contents(folder) == ["report.pdf"])
    }

    @Test(arguments: ReportFixtures.Format.allCases)
    func aWrittenReportReplacesTheOldOne(format: ReportFixtures.Format) throws {
        let (folder, report) = try folderWithAReport("report")
        try format.write(ReportFixtures.classSummary(students: 3), to: report.path)
        let magic = Array(try Data(contentsOf: report).prefix(4))
        #expect(magic == (format == .pdf ? Array("%PDF".utf8) : [0x50, 0x4B, 0x03, 0x04]))  // a PDF, or a ZIP
        #expect(try contents(folder) == ["report"])
    }
}
