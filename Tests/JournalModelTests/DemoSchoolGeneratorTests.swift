import Foundation
import GRDB
import Testing
@testable import JournalModel
@testable import JournalDemo

@Suite struct DemoSchoolGeneratorTests {
    static let monday = SchoolDate("2026-11-23")!

    private func makeDemo(seed: UInt64, on date: SchoolDate = monday) throws -> (Journal, DemoSummary, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("journal-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let journal = try Journal(path: directory.appendingPathComponent("demo.sqlite").path, clock: FixedClock(date),
                                  timeZone: TimeZone(identifier: "Europe/Moscow")!)
        let summary = try DemoSchoolGenerator.generate(into: journal, size: .small, seed: seed, passwordRounds: 1_000)
        return (journal, summary, directory)
    }

    private func lastHash(_ journal: Journal) throws -> String? {
        try journal.database.pool.read { db in try String.fetchOne(db, sql: "SELECT hash FROM operation_log ORDER BY seq DESC LIMIT 1") }
    }

    /// Everything the log says, except which replica said it (each database has its own) and the
    /// accounts' password fingerprints (each password hash has a salt of its own).
    private func logContent(_ journal: Journal) throws -> [String] {
        try journal.database.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT entry_id || operation_id || actor_id || at || target_table || target_id || ifnull(field, '')
                    || ifnull(old_value, '') || CASE WHEN target_table = 'account' THEN '' ELSE ifnull(new_value, '') END
                FROM operation_log ORDER BY seq
                """)
        }
    }

    @Test func sameSeedGivesTheSameJournalAndAnotherSeedAnotherOne() throws {
        let (first, _, firstDirectory) = try makeDemo(seed: 3)
        let (second, _, secondDirectory) = try makeDemo(seed: 3)
        let (other, _, otherDirectory) = try makeDemo(seed: 4)
        defer { for url in [firstDirectory, secondDirectory, otherDirectory] { try? FileManager.default.removeItem(at: url) } }

        #expect(try logContent(first) == logContent(second))
        #expect(try logContent(first) != logContent(other))
    }

    @Test func demoSchoolVerifiesAndTheDemoTeacherCanMarkTodaysLessonOnly() throws {
        let (journal, summary, directory) = try makeDemo(seed: 1)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try Verifier.verify(journal.database).passed)
        #expect(summary.lessons > 0 && summary.marks > 0 && summary.absences > 0)
        #expect(Set(summary.logins.map(\.login)) == ["admin", "director", "zavuch", "teacher", "klass", "student", "parent"])

        let session = try journal.logIn(login: "teacher", password: DemoSchoolGenerator.password).opened()
        let (todays, old, student) = try journal.database.pool.read { db -> (Lesson?, Lesson?, String?) in
            let teacherID = session.personID
            let today = try Lesson.filter(Column("teacher_id") == teacherID && Column("on_date") == Self.monday).fetchOne(db)
            let old = try Lesson.filter(Column("teacher_id") == teacherID && Column("on_date") < Self.monday.adding(days: -15)
                                        && Column("subgroup_id") == nil).fetchOne(db)
            let student = try String.fetchOne(db, sql: "SELECT student_id FROM enrollment LIMIT 1")
            return (today, old, student)
        }
        let lesson = try #require(todays, "the demo teacher has lessons today")
        let studentID = try #require(student)
        if lesson.subgroupID == nil {
            try session.addMark(lessonID: lesson.id, studentID: studentID, value: "5")
        }
        let past = try #require(old, "the term started more than two weeks ago")
        #expect(throws: Refusal.editWindowPassed(lastDate: past.onDate.adding(days: 14))) {
            try session.addMark(lessonID: past.id, studentID: studentID, value: "4")
        }
    }

    @Test func aDemoNeedsAnEmptyDatabase() throws {
        let (journal, _, directory) = try makeDemo(seed: 1)
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = try lastHash(journal)
        #expect(throws: Refusal.duplicate(LocalizedText(ru: "База уже содержит данные: школа заполняется только в новой базе.", en: "The database already holds data: a school is filled in only in a new one."))) {
            try DemoSchoolGenerator.generate(into: journal, size: .small, seed: 2, passwordRounds: 1_000)
        }
        #expect(try lastHash(journal) == before)
    }

    @Test func todayInTheHolidaysStillFallsInsideATerm() {
        for text in ["2026-10-28", "2026-12-31", "2027-03-25", "2027-07-15", "2026-08-20", "2026-11-23"] {
            let today = SchoolDate(text)!
            let calendar = DemoCalendar(today: today)
            let quarter = calendar.quarters[calendar.currentQuarter]
            #expect(quarter.startsOn <= today && today <= quarter.endsOn, "\(text)")
            #expect(calendar.yearStart <= today && today <= calendar.yearEnd, "\(text)")
        }
    }
}
