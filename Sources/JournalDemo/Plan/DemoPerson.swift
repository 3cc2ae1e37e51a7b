import JournalModel

/// A person's sex, which decides the forms of surname and patronymic.
public enum DemoSex: String, Sendable, Hashable, Codable, CaseIterable {
    case male
    case female
}

/// A calendar date without time or time zone, so generated dates never shift with the machine's zone.
public struct DemoDate: Sendable, Hashable, Codable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A date; the caller gives a valid one.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`, the form the database stores.
    public var iso: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Number of days in a month of a year (Gregorian).
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// This date moved forward by `days` (non-negative).
    public func adding(days: Int) -> DemoDate {
        var (y, m, d) = (year, month, day)
        var left = days
        while left > 0 {
            let rest = DemoDate.daysIn(month: m, year: y) - d
            if left <= rest { d += left; left = 0 } else {
                left -= rest + 1
                d = 1
                m += 1
                if m > 12 { m = 1; y += 1 }
            }
        }
        return DemoDate(year: y, month: m, day: d)
    }

    public static func < (lhs: DemoDate, rhs: DemoDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// A person's name as Russian documents write it: surname, first name, patronymic, and sex.
public struct DemoPerson: Sendable, Hashable, Codable {
    public let lastName: String
    public let firstName: String
    public let patronymic: String
    public let sex: DemoSex

    /// A person with the given name parts.
    public init(lastName: String, firstName: String, patronymic: String, sex: DemoSex) {
        self.lastName = lastName
        self.firstName = firstName
        self.patronymic = patronymic
        self.sex = sex
    }

    /// «Иванов Пётр Сергеевич».
    public var fullName: String {
        [lastName, firstName, patronymic].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// «Иванов П. С.», the form used in narrow lists and signatures.
    public var shortName: String {
        var result = lastName
        if let f = firstName.first { result += " \(f)." }
        if let p = patronymic.first { result += " \(p)." }
        return result
    }
}

extension DemoPerson {
    /// Class-list order: by surname, then first name, then patronymic, in the Russian alphabet
    /// (`RussianCollation`, the order the gradebook shows).
    public static func classListOrder(_ a: DemoPerson, _ b: DemoPerson) -> Bool {
        RussianCollation.precedes("\(a.lastName)\u{1}\(a.firstName)\u{1}\(a.patronymic)",
                                  "\(b.lastName)\u{1}\(b.firstName)\u{1}\(b.patronymic)")
    }
}
