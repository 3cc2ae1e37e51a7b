import GRDB

/// Which dates the timetable applies on: inside the school year, and inside one of its terms
/// (quarters, trimesters or halves) when the year is divided; the holidays between terms have no
/// lessons.
struct StudyDays {
    private let years: [String: SchoolYear]
    private let terms: [String: [Period]]

    static func load(_ db: Database) throws -> StudyDays {
        let years = try SchoolYear.filter(Column("state") == RecordState.active).fetchAll(db)
        let periods = try Period.filter(Column("state") == RecordState.active && Column("kind") != PeriodKind.year).fetchAll(db)
        return StudyDays(years: Dictionary(uniqueKeysWithValues: years.map { ($0.id, $0) }),
                         terms: Dictionary(grouping: periods, by: \.yearID))
    }

    /// Whether lessons of the year's timetable take place on the date.
    func isStudyDay(_ date: SchoolDate, yearID: String) -> Bool {
        guard let year = years[yearID], year.startsOn <= date, date <= year.endsOn else { return false }
        guard let yearTerms = terms[yearID], !yearTerms.isEmpty else { return true }
        return yearTerms.contains { $0.contains(date) }
    }

    /// Whether a timetable entry gives a lesson on the date.
    func applies(_ entry: TimetableEntry, on date: SchoolDate) -> Bool {
        entry.weekday == date.weekday && entry.validFrom <= date && (entry.validTo.map { date <= $0 } ?? true)
            && isStudyDay(date, yearID: entry.yearID)
    }
}
