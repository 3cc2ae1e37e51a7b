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
}
