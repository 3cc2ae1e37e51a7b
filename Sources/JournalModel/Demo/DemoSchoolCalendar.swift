/// A reporting period: one of the four quarters (четверти) of the school year.
public struct DemoQuarter: Sendable, Hashable, Codable {
    public let number: Int
    public let start: DemoDate
    public let end: DemoDate

    /// «1 четверть».
    public var name: String { "\(number) четверть" }

    /// True if `date` falls within the quarter, ends included.
    public func contains(_ date: DemoDate) -> Bool { start <= date && date <= end }
}

/// The school year's calendar as the federal unified calendar sets it: four quarters with
/// autumn, winter and spring holidays between them, five-day weeks, public holidays off.
public struct DemoSchoolCalendar: Sendable, Hashable, Codable {
    /// The year the school year starts.
    public let schoolYear: Int
    public let quarters: [DemoQuarter]
    /// Public holidays (Nov 4, Feb 23, Mar 8, May 1, May 9) falling on school days.
    public let holidays: [DemoDate]

    /// The calendar of the school year starting in September of `schoolYear`.
    public init(schoolYear: Int) {
        let y = schoolYear
        self.schoolYear = y
        quarters = [
            DemoQuarter(number: 1, start: DemoDate(year: y, month: 9, day: 1), end: DemoDate(year: y, month: 10, day: 24)),
            DemoQuarter(number: 2, start: DemoDate(year: y, month: 11, day: 3), end: DemoDate(year: y, month: 12, day: 28)),
            DemoQuarter(number: 3, start: DemoDate(year: y + 1, month: 1, day: 12), end: DemoDate(year: y + 1, month: 3, day: 21)),
            DemoQuarter(number: 4, start: DemoDate(year: y + 1, month: 3, day: 30), end: DemoDate(year: y + 1, month: 5, day: 26)),
        ]
        holidays = [
            DemoDate(year: y, month: 11, day: 4), DemoDate(year: y + 1, month: 2, day: 23),
            DemoDate(year: y + 1, month: 3, day: 8), DemoDate(year: y + 1, month: 5, day: 1),
            DemoDate(year: y + 1, month: 5, day: 9),
        ]
    }

    /// Every day with lessons, Monday to Friday inside the quarters, holidays excluded, in order.
    public var schoolDays: [DemoDate] {
        var days: [DemoDate] = []
        let off = Set(holidays)
        for quarter in quarters {
            var day = quarter.start
            while day <= quarter.end {
                if day.weekday != nil, !off.contains(day) { days.append(day) }
                day = day.adding(days: 1)
            }
        }
        return days
    }

    /// The quarter `date` belongs to, nil during holidays and summer.
    public func quarter(of date: DemoDate) -> DemoQuarter? {
        quarters.first { $0.contains(date) }
    }
}

extension DemoDate {
    /// Days since 1970-01-01 (proleptic Gregorian, Hinnant's days-from-civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The school weekday of this date, nil on Saturday and Sunday.
    public var weekday: DemoWeekday? {
        // 1970-01-01 was a Thursday; 0 = Monday.
        let mondayBased = ((dayNumber + 3) % 7 + 7) % 7
        return DemoWeekday(rawValue: mondayBased + 1)
    }
}
