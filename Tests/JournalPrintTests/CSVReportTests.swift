import Foundation
import JournalModel
import Testing
@testable import JournalPrint

/// CSV that Russian Excel opens as is: BOM, `;`, CRLF, decimal commas; `,` and points on request.
@Suite struct CSVReportTests {
    static let document = ReportDocument(
        title: LocalizedText(ru: "Ведомость", en: "Summary"),
        parameters: [ReportParameter(LocalizedText(ru: "Класс", en: "Class"), "5А")],
        tables: [ReportTable(columns: [ReportColumn(LocalizedText(ru: "Ученик", en: "Student"), width: 20, frozen: true),
                                       ReportColumn(LocalizedText(ru: "Средний", en: "Average"), group: LocalizedText(ru: "Итоги", en: "Totals"), width: 6)],
                             rows: [[.text("Ёлкин; Пётр \"Младший\""), .decimal(4.5, decimals: 2)], [.text("Белова Анна"), .empty]],
                             totals: [[.text("Всего"), .integer(2)]])],
        notes: [LocalizedText(ru: "Примечание", en: "Note")],
        stamp: ReportStamp(school: "Школа № 1", madeAt: "23.11.2026 12:00", madeBy: "admin", logPosition: 42, headHash: "ab12"))

    @Test func whatRussianExcelOpens() {
        let data = CSVReport().data(Self.document)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.split(separator: "\r\n", omittingEmptySubsequences: false) == [
            "Ведомость", "Класс;5А", "", ";Итоги", "Ученик;Средний", "\"Ёлкин; Пётр \"\"Младший\"\"\";4,50", "Белова Анна;",
            "Всего;2", "", "Примечание", "Школа № 1;23.11.2026 12:00;admin;42:ab12", "",
        ])
    }

    @Test func commasAndPointsForOtherTools() {
        let text = CSVReport(comma: true, language: .english).text(Self.document)
        #expect(text.contains("\r\nStudent,Average\r\n\"Ёлкин; Пётр \"\"Младший\"\"\",4.50\r\n"))
    }

    @Test(arguments: [(4.5, 2, "4,50"), (66.666, 1, "66,7"), (0.004, 2, "0,00"), (-1.25, 1, "-1,3"), (3, 0, "3")])
    func decimalsAreWrittenWithAComma(value: Double, decimals: Int, text: String) {
        #expect(ReportCell.decimal(value, decimals: decimals).text == text)
    }
}
