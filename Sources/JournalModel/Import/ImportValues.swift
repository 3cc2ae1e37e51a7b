import Foundation

/// The values of a school's file as schools write them: dates, classes, names, sex, scales.
enum ImportValues {
    /// `ДД.ММ.ГГГГ` (or `Д.М.ГГГГ`), ISO `ГГГГ-ММ-ДД`, or an Excel date serial number (`45231`).
    static func date(_ text: String) -> SchoolDate? {
        if let date = SchoolDate(russianText: text) ?? SchoolDate(text) { return date }
        // Excel counts days from 30.12.1899 (its 1900 leap-year bug included); 20000…80000 is 1954–2119.
        if let serial = Double(text), serial >= 20_000, serial < 80_000, serial == serial.rounded() {
            return SchoolDate("1899-12-30").map { $0.adding(days: Int(serial)) }
        }
        return nil
    }

    /// A class as `5А`, `5 А`, `5-А`, `5«А»`, `5 "А"`, `10Б`: its grade (1–11) and letter (upper case).
    static func schoolClass(_ text: String) -> (grade: Int, letter: String)? {
        let digits = text.prefix { $0.isNumber }
        guard let grade = Int(digits), (1...11).contains(grade) else { return nil }
        let rest = text.dropFirst(digits.count).filter { !" -–«»\"'".contains($0) }
        guard rest.count == 1, let letter = rest.first, letter.isLetter else { return nil }
        return (grade, String(letter).uppercased())
    }

    /// «Иванов Пётр Сергеевич» split into last name, first name and the rest (patronymic).
    static func fullName(_ text: String) -> (last: String, first: String, patronymic: String)? {
        let parts = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard parts.count >= 2 else { return nil }
        return (parts[0], parts[1], parts.dropFirst(2).joined(separator: " "))
    }

    /// `м`/`муж`/`мужской`/`m` → `m`; `ж`/`жен`/`женский`/`f` → `f`.
    static func sex(_ text: String) -> String? {
        let word = ImportColumn.normalized(text)
        if ["м", "муж", "мужской", "m", "male"].contains(word) { return "m" }
        if ["ж", "жен", "женский", "f", "female"].contains(word) { return "f" }
        return nil
    }

    /// `пятибалльная`/`5`/`оценки` → five-point; `зачёт`/`зачет/незачет`/`зачетная` → pass/fail.
    static func scale(_ text: String) -> MarkScale? {
        let word = ImportColumn.normalized(text)
        if ["5", "пятибалльная", "отметки", "оценки", "five", "fivepoint"].contains(word) { return .five }
        if word.hasPrefix("зачет") || ["passfail", "pass"].contains(word) { return .passFail }
        return nil
    }

    /// The names a weekday is written with, Monday first; the first of each is how files write it.
    private static let weekdayNames = [
        ["пн", "понедельник", "mon", "monday"], ["вт", "вторник", "tue", "tuesday"], ["ср", "среда", "wed", "wednesday"],
        ["чт", "четверг", "thu", "thursday"], ["пт", "пятница", "fri", "friday"], ["сб", "суббота", "sat", "saturday"],
        ["вс", "воскресенье", "sun", "sunday"],
    ]

    /// `пн`…`вс`, `понедельник`…, `Mon`/`Monday`…, or `1`–`7`: the weekday, Monday = 1.
    static func weekday(_ text: String) -> Int? {
        let word = ImportColumn.normalized(text)
        if let number = Int(word), (1...7).contains(number) { return number }
        return weekdayNames.firstIndex { $0.contains(word) }.map { $0 + 1 }
    }

    /// `пн` for Monday (1): a weekday as the timetable file writes it.
    static func weekdayName(_ weekday: Int) -> String { weekdayNames[weekday - 1][0] }

    /// `8:30`, `08:30` or `08.30` as `08:30`; an Excel time cell (a fraction of the day, `0.3541666…`) too.
    static func clockTime(_ text: String) -> String? {
        if text.hasPrefix("0."), let fraction = Double(text), fraction < 1 {
            let minutes = Int((fraction * 1440).rounded())
            return String(format: "%02d:%02d", minutes / 60, minutes % 60)
        }
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]), parts[1].count == 2,
              (0...23).contains(hours), (0...59).contains(minutes) else { return nil }
        return String(format: "%02d:%02d", hours, minutes)
    }

    /// Hours a week: `2`, `1,5` or `1.5`, 0 to 40.
    static func hours(_ text: String) -> Double? {
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value >= 0, value <= 40 else { return nil }
        return value
    }

    /// The roles a position and a `Роли` cell give: учитель (and классный руководитель) a teacher,
    /// заместитель директора (завуч) a deputy, директор a director, администратор an administrator;
    /// nil when the `Роли` cell names something else.
    static func roles(position: String, listed: String) -> Set<Role>? {
        func roles(in text: String) -> Set<Role> {
            let words = text.lowercased().replacingOccurrences(of: "ё", with: "е")
            var found: Set<Role> = []
            if words.contains("учител") || words.contains("классный руководитель") || words.contains("педагог") || words.contains("teacher") {
                found.insert(.teacher)
            }
            if words.contains("заместитель директора") || words.contains("завуч") || words.contains("deputy") { found.insert(.deputy) }
            else if words.contains("директор") || words.contains("director") { found.insert(.director) }
            if words.contains("администратор") || words.contains("administrator") { found.insert(.administrator) }
            return found
        }
        var result = roles(in: position)
        for item in listed.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" }) {
            let named = roles(in: String(item))
            guard !named.isEmpty else { return nil }
            result.formUnion(named)
        }
        return result
    }

    /// `да`/`нет`, `+`/`-`, `1`/`0`, `yes`/`no`; a blank cell is no.
    static func consent(_ text: String) -> Bool? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if ["да", "+", "1", "yes", "y", "есть"].contains(trimmed) { return true }
        if ["нет", "-", "0", "no", "n", ""].contains(trimmed) { return false }
        return nil
    }
}
