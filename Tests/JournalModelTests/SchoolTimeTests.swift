import Foundation
import JournalTestSupport
import Testing
@testable import JournalModel

/// Moments as people type and read them, «ДД.ММ.ГГГГ ЧЧ:ММ», in the school's time zone.
@Suite struct SchoolTimeTests {
    /// A session of a journal in Moscow (UTC+3) whose clock stands at 2026-11-23 07:30 UTC.
    private func moscowSession() throws -> (JournalSession, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("journal-time-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_419_000))
        let journal = try Journal(path: directory.appendingPathComponent("school.sqlite").path, clock: clock,
                                  timeZone: try #require(TimeZone(identifier: "Europe/Moscow")))
        return (.system(journal, "test-admin"), directory)
    }

    @Test func aTypedMomentIsTheSchoolsLocalTime() throws {
        let (session, directory) = try moscowSession()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(Timestamp.text(session.now) == "2026-11-23T07:30:00.000Z")
        #expect(session.localText(session.now) == "23.11.2026 10:30")
        #expect(session.moment(russianText: "23.11.2026 10:30") == session.now)
        #expect(session.moment(russianText: " 1.9.2026 8:05 ").map(Timestamp.text) == "2026-09-01T05:05:00.000Z")
    }

    @Test("Anything else is not a moment", arguments: [
        "", "23.11.2026", "10:30", "23.11.2026 24:00", "23.11.2026 10:60", "23.11.2026 10:5", "31.11.2026 10:30",
        "23.11.2026 10.30", "23.11.2026T10:30", "23.11.2026 10:30:00", "23.11.2026 -1:30",
    ])
    func otherTextIsRefused(text: String) throws {
        let (session, directory) = try moscowSession()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(session.moment(russianText: text) == nil)
    }
}
