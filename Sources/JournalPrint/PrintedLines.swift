import JournalModel

/// A report's heading lines as printed: «Класс: 5А».
extension ReportParameter {
    public func line(_ language: Language) -> String { label.text(language) + ": " + value }
}

/// The stamp as printed under a report and in its page footers.
extension ReportStamp {
    /// «составлено 23.11.2026 12:00, admin».
    public func madeLine(_ language: Language) -> String {
        LocalizedText(ru: "составлено \(madeAt), \(madeBy)", en: "made \(madeAt), \(madeBy)").text(language)
    }

    /// «журнал: 42:ab12…», what `journal verify --checkpoint` takes to check a paper copy.
    public func checkpointLine(_ language: Language) -> String {
        LocalizedText(ru: "журнал: ", en: "journal: ").text(language) + checkpointText
    }
}

/// «стр. 2 из 5»: the page number as the footers print it.
enum PageNumber {
    /// `page` and `count` are numbers, or the placeholders a spreadsheet fills in when it prints.
    static func text(_ page: String, of count: String, _ language: Language) -> String {
        LocalizedText(ru: "стр. \(page) из \(count)", en: "page \(page) of \(count)").text(language)
    }
}
