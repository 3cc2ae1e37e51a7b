/// The usual shape of a Russian school year, for new databases and the demo school.
public enum SchoolCalendar {
    /// The calendar year in which the school year containing `date` began (it starts in September).
    public static func startYear(containing date: SchoolDate) -> Int {
        date.month >= 8 ? date.year : date.year - 1
    }

    /// `2026/2027`.
    public static func yearName(startYear: Int) -> String { "\(startYear)/\(startYear + 1)" }

    /// 1 September to 31 May.
    public static func yearSpan(startYear: Int) -> (startsOn: SchoolDate, endsOn: SchoolDate) {
        (SchoolDate(year: startYear, month: 9, day: 1)!, SchoolDate(year: startYear + 1, month: 5, day: 31)!)
    }

    /// Four quarters with the common holiday breaks (autumn, winter, spring).
    public static func quarters(startYear: Int) -> [PeriodPlan] {
        let next = startYear + 1
        return [
            PeriodPlan(kind: .quarter, number: 1, name: "1 четверть",
                       startsOn: SchoolDate(year: startYear, month: 9, day: 1)!, endsOn: SchoolDate(year: startYear, month: 10, day: 24)!),
            PeriodPlan(kind: .quarter, number: 2, name: "2 четверть",
                       startsOn: SchoolDate(year: startYear, month: 11, day: 5)!, endsOn: SchoolDate(year: startYear, month: 12, day: 28)!),
            PeriodPlan(kind: .quarter, number: 3, name: "3 четверть",
                       startsOn: SchoolDate(year: next, month: 1, day: 9)!, endsOn: SchoolDate(year: next, month: 3, day: 21)!),
            PeriodPlan(kind: .quarter, number: 4, name: "4 четверть",
                       startsOn: SchoolDate(year: next, month: 3, day: 30)!, endsOn: SchoolDate(year: next, month: 5, day: 31)!),
        ]
    }
}
