import JournalModel

/// A range of dates as typed on the class week's "dates" line: `ДД.ММ.ГГГГ – ДД.ММ.ГГГГ`, or one
/// date for a single day. The dashes may be `-`, `–` or `—`, with or without spaces.
enum DateRangeText {
    /// The longest range shown at once: a school year.
    static let longestRange = 366

    /// The text a range is shown as in the field.
    static func text(from: SchoolDate, to: SchoolDate) -> String {
        "\(from.russianText) – \(to.russianText)"
    }

    /// What a typed text means.
    enum Parsed {
        case range(from: SchoolDate, to: SchoolDate)
        /// Not a range; the message says what is wrong.
        case wrong(LocalizedText)
    }

    /// The range typed, or the message saying what is wrong with the text.
    static func parse(_ text: String) -> Parsed {
        let parts = text.split { "-–— ".contains($0) }.map(String.init)
        let dates = parts.compactMap { SchoolDate(russianText: $0) }
        guard !parts.isEmpty, parts.count <= 2, dates.count == parts.count, let from = dates.first, let to = dates.last else {
            return .wrong(LocalizedText(ru: "Введите даты так: 01.11.2026 – 30.11.2026 (или одну дату).",
                                          en: "Type the dates like this: 01.11.2026 – 30.11.2026 (or one date)."))
        }
        guard from <= to else {
            return .wrong(LocalizedText(ru: "Первая дата позже второй.", en: "The first date is after the second."))
        }
        guard to.dayNumber - from.dayNumber < longestRange else {
            return .wrong(LocalizedText(ru: "Не больше \(longestRange) дней за раз.", en: "At most \(longestRange) days at a time."))
        }
        return .range(from: from, to: to)
    }
}
