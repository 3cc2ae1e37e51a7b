import Foundation
import JournalModel
import Testing
@testable import JournalPrint

/// The workbook read back from its XML parts: values of the right kinds, the merged group
/// header, the frozen panes, the print set-up and the stamp.
@Suite struct XLSXReportTests {
    /// Rows 1–3: title and parameters; row 4 empty; rows 5–6: the header; students from row 7.
    let summary = ReportFixtures.classSummary(students: 3)

    private func written(_ document: ReportDocument, language: Language = .russian) throws -> URL {
        let file = try ReportFixtures.folder("xlsx").appendingPathComponent("отчёт.xlsx")
        try XLSXReport(language: language).write(document, to: file.path)
        return file
    }

    /// The number format of the cell style `index` (an `s="…"` of the sheet), from styles.xml.
    private func numberFormat(style index: Int, in styles: String) -> String? {
        guard let cellFormats = styles.firstMatch(of: #/<cellXfs[^>]*>(.*?)</cellXfs>/#)?.1 else { return nil }
        let formats = cellFormats.matches(of: #/<xf numFmtId="(\d+)"/#).map { String($0.1) }
        guard index < formats.count else { return nil }
        let codes = styles.matches(of: #/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/#).map { (String($0.1), String($0.2)) }
        return Dictionary(codes) { first, _ in first }[formats[index]]
    }

    @Test func numbersAndDatesAreValuesTextIsShared() throws {
        let file = try written(summary)
        let sheet = try ReportFixtures.part("xl/worksheets/sheet1.xml", of: file)
        let styles = try ReportFixtures.part("xl/styles.xml", of: file)
        #expect(sheet.contains(#/<c r="A7" s="\d+"><v>1</v></c>/#))
        #expect(sheet.contains(#/<c r="C7" s="\d+"><v>3</v></c>/#))
        let average = try #require(sheet.firstMatch(of: #/<c r="F7" s="(\d+)"><v>4\.5</v></c>/#))
        #expect(numberFormat(style: Int(average.1)!, in: styles) == "0.00")
        // 23.11.2026 is day 46349 of Excel's calendar.
        let date = try #require(sheet.firstMatch(of: #/<c r="G7" s="(\d+)"><v>46349</v></c>/#))
        #expect(numberFormat(style: Int(date.1)!, in: styles) == "dd.mm.yyyy")
        #expect(sheet.contains(#/<c r="B7" s="\d+" t="s">/#))
        let strings = try ReportFixtures.part("xl/sharedStrings.xml", of: file)
        for text in ["Сводная ведомость учёта успеваемости", "Класс: 5А", "Обучающийся", "Четвертные отметки", "Фамилия01 Имя01", "Итого"] {
            #expect(strings.contains("<t>\(text)</t>"), "\(text)")
        }
    }

    @Test func groupHeaderIsMergedAndTheHeaderAndNamesAreFrozen() throws {
        let sheet = try ReportFixtures.part("xl/worksheets/sheet1.xml", of: try written(summary))
        // The group over the three subjects; the columns outside it over both header rows.
        for range in ["C5:E5", "A5:A6", "B5:B6", "F5:F6", "G5:G6"] {
            #expect(sheet.contains("<mergeCell ref=\"\(range)\"/>"), "\(range)")
        }
        #expect(sheet.contains(#/<pane xSplit="2" ySplit="6" topLeftCell="C7" [^>]*state="frozen"/>/#))
        #expect(sheet.contains(#/<col min="2" max="2" width="24\.\d*"/#))
    }

    @Test func printsOnA4FittedToTheWidthWithTheHeaderRepeated() throws {
        let narrow = try written(summary)
        let narrowSheet = try ReportFixtures.part("xl/worksheets/sheet1.xml", of: narrow)
        #expect(narrowSheet.contains("<pageSetUpPr fitToPage=\"1\"/>"))
        #expect(narrowSheet.contains(#/<pageSetup paperSize="9" fitToHeight="0"/#))
        #expect(try ReportFixtures.part("xl/workbook.xml", of: narrow).contains("_xlnm.Print_Titles"))
        #expect(try ReportFixtures.part("xl/workbook.xml", of: narrow).contains("!$5:$6</definedName>"))
        #expect(narrowSheet.contains("стр. &amp;P из &amp;N"))
        #expect(narrowSheet.contains("журнал: " + ReportFixtures.stamp.checkpointText))

        let wide = try written(ReportFixtures.classSummary(students: 3, subjects: 15))
        #expect(try ReportFixtures.part("xl/worksheets/sheet1.xml", of: wide).contains("orientation=\"landscape\""))
        #expect(!narrowSheet.contains("orientation=\"landscape\""))
    }

    @Test func tablesOnTheirOwnPagesBreakThePrintAndDoNotRepeatTheFirstHeader() throws {
        var document = summary
        document.tables.append(ReportTable(heading: "Второй лист", columns: summary.tables[0].columns, rows: [], startsPage: true))
        let file = try written(document)
        #expect(try ReportFixtures.part("xl/worksheets/sheet1.xml", of: file).contains(#/<rowBreaks count="1"/#))
        #expect(try !ReportFixtures.part("xl/workbook.xml", of: file).contains("_xlnm.Print_Titles"))
    }

    @Test func lastRowsCarryTheNotesAndTheStamp() throws {
        let strings = try ReportFixtures.part("xl/sharedStrings.xml", of: try written(summary))
        for text in ["Средний балл — по четвертным отметкам.", "МБОУ «Средняя школа № 1»",
                     "составлено 23.11.2026 12:00, admin (Иванова А. П.)", "журнал: " + ReportFixtures.stamp.checkpointText] {
            #expect(strings.contains("<t>\(text)</t>"), "\(text)")
        }
    }

    @Test func englishHeadersAndFooter() throws {
        let file = try written(summary, language: .english)
        #expect(try ReportFixtures.part("xl/sharedStrings.xml", of: file).contains("<t>Student</t>"))
        #expect(try ReportFixtures.part("xl/worksheets/sheet1.xml", of: file).contains("page &amp;P of &amp;N"))
        #expect(try ReportFixtures.part("xl/workbook.xml", of: file).contains("<sheet name=\"Summary of progress\""))
    }

    @Test func theSheetIsNamedAfterTheTitleAsExcelAllows() throws {
        #expect(try ReportFixtures.part("xl/workbook.xml", of: try written(summary)).contains("<sheet name=\"Сводная ведомость учёта\""))
    }

    @Test(arguments: [("Ведомость: 5А/5Б [итог]", "Ведомость 5А 5Б итог"),
                      ("'Журнал'", "Журнал"),
                      ("Сводная ведомость учёта успеваемости", "Сводная ведомость учёта"),
                      (String(repeating: "я", count: 40), String(repeating: "я", count: 31)),
                      ("*?", "Отчёт")])
    func sheetNames(title: String, name: String) {
        #expect(XLSXSheetName.from(title, fallback: "Отчёт") == name)
    }
}
