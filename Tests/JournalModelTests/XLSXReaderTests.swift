import Foundation
import JournalTestSupport
import Testing
import ZIPFoundation
@testable import JournalModel

/// Excel workbooks as schools send them: shared and inline strings, numbers, date cells (serial
/// numbers), merged cells, several sheets; and the files that are not one.
@Suite struct XLSXReaderTests {
    /// A workbook with these sheets, each of cells given by reference (`B3`) and type (`s`, `inlineStr`, `n`).
    static func workbook(sheets: [(name: String, cells: [(String, String, String)], merged: [String])], strings: [String]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let ns = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#
        try add("xl/workbook.xml", "<workbook \(ns)><sheets>" + sheets.enumerated().map { #"<sheet name="\#($0.element.name)" sheetId="\#($0.offset + 1)" r:id="rId\#($0.offset + 1)"/>"# }.joined() + "</sheets></workbook>")
        try add("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
                + sheets.indices.map { #"<Relationship Id="rId\#($0 + 1)" Target="/xl/worksheets/sheet\#($0 + 1).xml"/>"# }.joined() + "</Relationships>")
        try add("xl/sharedStrings.xml", "<sst \(ns)>" + strings.map { "<si><r><t>\($0)</t></r><rPh><t>фонетика</t></rPh></si>" }.joined() + "</sst>")
        for (index, sheet) in sheets.enumerated() {
            let cells = sheet.cells.map { reference, type, value in
                type == "inlineStr" ? #"<x:c r="\#(reference)" t="inlineStr"><x:is><x:t>\#(value)</x:t></x:is></x:c>"#
                    : #"<x:c r="\#(reference)"\#(type == "n" ? "" : #" t="\#(type)""#)><x:v>\#(value)</x:v></x:c>"#
            }
            let rows = Dictionary(grouping: cells.indices, by: { XLSXReader.position(sheet.cells[$0].0)!.row }).sorted { $0.key < $1.key }
                .map { #"<x:row r="\#($0.key)">"# + $0.value.map { cells[$0] }.joined() + "</x:row>" }.joined()
            let merged = sheet.merged.isEmpty ? "" : "<x:mergeCells>" + sheet.merged.map { #"<x:mergeCell ref="\#($0)"/>"# }.joined() + "</x:mergeCells>"
            try add("xl/worksheets/sheet\(index + 1).xml",
                    #"<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>"# + rows + "</x:sheetData>" + merged + "</x:worksheet>")
        }
        return try #require(archive.data)
    }

    @Test func aWorkbookReadsAsItsFirstSheetWithMergedTitleAndDateCells() throws {
        let data = try Self.workbook(sheets: [
            ("Ученики", [("A1", "s", "0"), ("A3", "s", "1"), ("B3", "s", "2"), ("C3", "inlineStr", "Класс"),
                         ("A4", "s", "3"), ("B4", "n", "42067"), ("C4", "s", "4"), ("A5", "s", "5"), ("C5", "s", "4")],
             ["A1:C1", "C4:C5"]),
            ("Другой", [("A1", "s", "1")], []),
        ], strings: ["Список учеников 5А", "ФИО", "Дата рождения", "Петров Иван Сергеевич", "5А", "Сидорова Анна"])
        let table = try ImportTable.read(data, fileName: "ученики.xlsx")
        #expect(table.rows.map(\.line) == [1, 3, 4, 5])
        #expect(table.rows[0].cells == ["Список учеников 5А", "Список учеников 5А", "Список учеников 5А"])
        #expect(table.rows[1].cells == ["ФИО", "Дата рождения", "Класс"])
        #expect(table.rows[2].cells == ["Петров Иван Сергеевич", "42067", "5А"])
        #expect(table.rows[3].cells == ["Сидорова Анна", "", "5А"])

        // Imported: the title row skipped, the date cell a date.
        let school = try SchoolFixture()
        let report = try school.admin.importSchoolFile(.students, table, dryRun: true)
        #expect(report.added.map(\.russian) == ["Петров Иван Сергеевич, 5А", "Сидорова Анна, 5А"])

        #expect(try ImportTable.read(data, fileName: "ученики.xlsx", sheet: "Другой").rows.map(\.cells) == [["ФИО"]])
    }

    @Test func filesThatAreNotAWorkbookSayWhat() throws {
        func expected(_ data: Data, sheet: String? = nil) -> String? {
            do {
                _ = try ImportTable.read(data, fileName: "f.xlsx", sheet: sheet)
            } catch let Refusal.badSchoolFile(problems) {
                return problems.first?.expected.russian
            } catch {}
            return nil
        }
        #expect(expected(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])) == "файл защищён паролем или в старом формате .xls: сохраните его в Excel как .xlsx без пароля или как CSV.")
        #expect(expected(Data([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6])) == "файл Excel повреждён или это не книга .xlsx.")
        let workbook = try Self.workbook(sheets: [("Лист1", [("A1", "s", "0")], [])], strings: ["ФИО"])
        #expect(expected(workbook, sheet: "Лист9") == "в книге нет листа «Лист9».")
        var truncated = workbook
        truncated.removeLast(40)
        #expect(expected(truncated) == "файл Excel повреждён или это не книга .xlsx.")
    }
}
