import JournalModel

/// What the forms say when a typed date (`ДД.ММ.ГГГГ`, parsed by `SchoolDate(russianText:)`) is not one.
enum TypedDate {
    /// The message for `text`, with `example` (today) written the way a date is typed.
    static func notADate(_ text: String, example: SchoolDate) -> LocalizedText {
        LocalizedText(ru: "«\(text)» — не дата. Введите дату в виде ДД.ММ.ГГГГ, например \(example.russianText).",
                      en: "\"\(text)\" is not a date. Type it as DD.MM.YYYY, e.g. \(example.russianText).")
    }
}
