import Foundation
import JournalModel
import Testing
import JournalPrint

/// The PDF read back through poppler: pages, the header repeated, wrapped text kept whole, the
/// footer on every page, the orientation, and a picture of page 1 for people to look at.
@Suite struct PDFReportTests {
    private func written(_ document: ReportDocument, name: String = "pdf") throws -> URL {
        let file = try ReportFixtures.folder(name).appendingPathComponent("отчёт.pdf")
        try PDFReport().write(document, to: file.path)
        return file
    }

    @Test func fortyStudentsRunOverPagesWithTheHeaderOnEach() throws {
        let file = try written(ReportFixtures.classSummary(students: 40, longName: ReportFixtures.longName), name: "forty")
        let pages = try #require(Int(ReportFixtures.pdfInfo(file, "Pages")))
        #expect(pages > 1)
        let text = try ReportFixtures.pdfText(file)
        // Every row once: none lost or repeated where the pages break.
        for number in [1] + Array(3...40) {
            #expect(text.components(separatedBy: ReportFixtures.student(number)).count == 2, "\(ReportFixtures.student(number))")
        }
        let second = try ReportFixtures.pdfText(file, first: 2, last: 2)
        for title in ["Обучающийся", "Четвертные", "отметки", "Дата"] {
            #expect(second.contains(title), "\(title)")
        }
        for page in 1...pages {
            let footer = try ReportFixtures.pdfText(file, first: page, last: page)
            #expect(footer.contains("стр. \(page) из \(pages)"))
            #expect(footer.contains(ReportFixtures.stamp.checkpointText))
        }
    }

    @Test func aNameWiderThanItsColumnWrapsWhole() throws {
        let text = try ReportFixtures.pdfText(try written(ReportFixtures.classSummary(students: 3, longName: ReportFixtures.longName)))
        for word in ReportFixtures.longName.split(separator: " ") {
            #expect(text.contains(word), "\(word)")
        }
        #expect(!text.contains(ReportFixtures.longName), "on one line: drawn past its column")
    }

    @Test func theFooterNamesTheSchoolTitleAndMaker() throws {
        let text = try ReportFixtures.pdfText(try written(ReportFixtures.classSummary(students: 3)))
            .replacingOccurrences(of: "\n", with: " ")
        for part in ["МБОУ «Средняя школа № 1»", "составлено 23.11.2026 12:00, admin (Иванова А. П.)", "стр. 1 из 1"] {
            #expect(text.contains(part), "\(part)")
        }
        #expect(text.components(separatedBy: "Сводная ведомость учёта успеваемости").count == 3, "the title, and in the footer")
    }

    @Test func pageOneAsAPicture() throws {
        let file = try written(ReportFixtures.classSummary(students: 40, longName: ReportFixtures.longName), name: "picture")
        let picture = file.deletingLastPathComponent().appendingPathComponent("pages/page1")
        try FileManager.default.createDirectory(at: picture.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = try ReportFixtures.poppler(["/usr/bin/pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", file.path, picture.path])
        let png = picture.appendingPathExtension("png").path
        print("PDFReportTests: page 1 of the forty-student summary drawn at \(png)")
        #expect(FileManager.default.fileExists(atPath: png))
    }

    @Test func aWideTableTurnsThePageAndNarrowsTheColumnsWithRoomToSpare() throws {
        #expect(try ReportFixtures.pdfInfo(written(ReportFixtures.classSummary(students: 3)), "Page size").hasPrefix("595 x 842"))
        let wide = try written(ReportFixtures.classSummary(students: 3, subjects: 15))
        #expect(try ReportFixtures.pdfInfo(wide, "Page size").hasPrefix("842 x 595"))
        // Wider than landscape too: the marks columns give up room, the dates keep theirs.
        let text = try ReportFixtures.pdfText(wide)
        #expect(text.components(separatedBy: "23.11.2026").count == 5, "three rows' dates and the footer's, each whole")
        #expect(text.contains(ReportFixtures.student(3)))
    }

    @Test func aTableOnItsOwnPageStartsOne() throws {
        let columns = ReportFixtures.classSummary(students: 1).tables[0].columns
        var document = ReportFixtures.classSummary(students: 1)
        document.tables = ["Первая таблица", "Вторая таблица"].map {
            ReportTable(heading: $0, columns: columns, rows: ReportFixtures.classSummary(students: 2).tables[0].rows, startsPage: true)
        }
        let file = try written(document)
        #expect(try ReportFixtures.pdfInfo(file, "Pages") == "2")
        #expect(try ReportFixtures.pdfText(file, first: 1, last: 1).contains("Первая таблица"))
        #expect(try ReportFixtures.pdfText(file, first: 2, last: 2).contains("Вторая таблица"))
    }

    @Test func aReportWithoutRowsIsOnePageWithItsHeadingAndNotes() throws {
        let file = try written(ReportFixtures.classSummary(students: 0))
        #expect(try ReportFixtures.pdfInfo(file, "Pages") == "1")
        let text = try ReportFixtures.pdfText(file)
        for part in ["Сводная ведомость учёта успеваемости", "Класс: 5А", "Период: 1 четверть", "Средний балл — по четвертным отметкам."] {
            #expect(text.contains(part), "\(part)")
        }
    }
}
