import Foundation
import Testing
@testable import JournalModel

@Suite("School dates")
struct SchoolDateTests {
    @Test("Russian dates as typed: one or two digits for day and month, four for the year", arguments: [
        ("23.11.2026", "2026-11-23"), ("1.9.2026", "2026-09-01"), (" 05.01.2027 ", "2027-01-05"), ("29.02.2028", "2028-02-29"),
    ])
    func parsesRussianDates(text: String, iso: String) {
        #expect(SchoolDate(russianText: text)?.description == iso)
    }

    @Test("Anything else is not a date", arguments: [
        "", "23.11", "23.11.26", "2026-11-23", "31.11.2026", "29.02.2027", "00.01.2026", "23/11/2026", "23.11.2026.", "2026.11.23", "+1.11.2026", "a.b.cdef", "٢٣.11.2026",
    ])
    func refusesOtherText(text: String) {
        #expect(SchoolDate(russianText: text) == nil)
    }

    @Test func russianTextRoundTrips() {
        let date = SchoolDate(year: 2026, month: 3, day: 8)!
        #expect(SchoolDate(russianText: date.russianText) == date)
    }

    @Test("The date of a moment is the Gregorian calendar's, in every time zone, across DST changes and leap days",
          arguments: ["UTC", "Europe/Moscow", "Asia/Kamchatka", "America/New_York", "Asia/Kolkata", "Pacific/Chatham", "America/St_Johns"])
    func dateOfAMomentMatchesTheCalendar(zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var generator = SystemRandomNumberGenerator()
        // Every 7 h 13 min 37 s over 1999–2030, plus random moments from 1600 to 2400.
        var moments = stride(from: 915_148_800.0, to: 1_924_992_000, by: 26_017).map { Date(timeIntervalSince1970: $0) }
        moments += (0..<5_000).map { _ in Date(timeIntervalSince1970: Double.random(in: -11_676_096_000...13_569_465_600, using: &generator)) }
        for moment in moments {
            let parts = calendar.dateComponents([.year, .month, .day], from: moment)
            let date = SchoolDate(moment, timeZone: timeZone)
            guard date.year == parts.year, date.month == parts.month, date.day == parts.day else {
                Issue.record("\(moment) in \(zone): \(date), the calendar says \(parts)")
                return
            }
        }
    }
}
