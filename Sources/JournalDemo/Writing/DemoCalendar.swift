import JournalModel

/// The demo school's dates: the real school year around today, stretched where needed so that
/// today always falls inside a term (a demo run in the holidays still has today's lessons).
struct DemoCalendar {
    let startYear: Int
    let yearStart: SchoolDate
    let yearEnd: SchoolDate
    let quarters: [PeriodPlan]
    /// The index of the quarter containing today.
    let currentQuarter: Int

    init(today: SchoolDate) {
        startYear = SchoolCalendar.startYear(containing: today)
        var quarters = SchoolCalendar.quarters(startYear: startYear)
        var span = SchoolCalendar.yearSpan(startYear: startYear)
        if let index = quarters.firstIndex(where: { $0.startsOn <= today && today <= $0.endsOn }) {
            currentQuarter = index
        } else if let next = quarters.firstIndex(where: { today < $0.startsOn }) {
            // In a holiday: the next quarter starts early enough to contain today.
            quarters[next].startsOn = today
            if next > 0, quarters[next - 1].endsOn >= today { quarters[next - 1].endsOn = today.adding(days: -1) }
            currentQuarter = next
        } else {
            // Summer after the year: the last quarter runs on to today.
            quarters[quarters.count - 1].endsOn = today.adding(days: 14)
            span.endsOn = today.adding(days: 14)
            currentQuarter = quarters.count - 1
        }
        yearStart = min(span.startsOn, quarters[0].startsOn)
        yearEnd = max(span.endsOn, quarters[quarters.count - 1].endsOn)
        self.quarters = quarters
    }

    /// Whether lessons are held on a date: a weekday inside a quarter.
    func isSchoolDay(_ date: SchoolDate) -> Bool {
        date.weekday <= 5 && quarters.contains { $0.startsOn <= date && date <= $0.endsOn }
    }
}
