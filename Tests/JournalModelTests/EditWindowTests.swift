import Foundation
import JournalTestSupport
import GRDB
import Testing
@testable import JournalModel

/// DOMAIN §3.1: the administrator's edit window decides until which date a lesson's marks,
/// attendance and record may change; the day after, the change is refused and nothing is written.
@Suite struct EditWindowTests {
    /// Each limited window with the last day a change to the 2026-11-20 lesson is still accepted.
    static let lastDays: [EditWindow: String] = [
        .oneWeek: "2026-11-27",
        .twoWeeks: "2026-12-04",
        .threeWeeks: "2026-12-11",
        .oneMonth: "2026-12-20",
    ]

    enum Change: String, CaseIterable {
        case mark, attendance, topic
    }

    /// Makes one change of the given kind to the 2026-11-20 math lesson as its teacher.
    private func make(_ change: Change, in school: SchoolFixture, attempt: Int) throws {
        let teacher = school.teacher(school.mathTeacher)
        switch change {
        case .mark:
            try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "4")
        case .attendance:
            try teacher.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[1].id,
                                             code: attempt.isMultiple(of: 2) ? "Н" : "Б")
        case .topic:
            try teacher.changeLesson(school.mathLesson.id, .topic("Дроби, попытка \(attempt)"))
        }
    }

    /// What the changed tables hold, to prove a refusal wrote nothing.
    private func snapshot(_ school: SchoolFixture) throws -> [String] {
        try school.journal.database.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT 'mark ' || id || ' ' || value || ' ' || state FROM mark
                UNION ALL SELECT 'attendance ' || id || ' ' || code || ' ' || state FROM attendance
                UNION ALL SELECT 'lesson ' || id || ' ' || topic FROM lesson
                ORDER BY 1
                """)
        }
    }

    @Test(arguments: [EditWindow.oneWeek, .twoWeeks, .threeWeeks, .oneMonth], Change.allCases)
    func acceptedOnTheLastDayRefusedTheDayAfter(window: EditWindow, change: Change) throws {
        // Given a school whose edit window is limited
        let school = try SchoolFixture()
        try school.admin.changeSettings({ $0.editWindow = window })
        let last = try #require(Self.lastDays[window].flatMap { SchoolDate($0) })
        #expect(window.lastEditableDate(forLessonOn: SchoolFixture.lessonDay) == last)

        // When the teacher changes the lesson on the last allowed day
        school.clock.set(last)
        try make(change, in: school, attempt: 1)

        // Then it is accepted; and the day after the same kind of change is refused, naming the last day
        school.clock.set(last.adding(days: 1))
        let logBefore = try school.logCount()
        let tablesBefore = try snapshot(school)
        #expect(throws: Refusal.editWindowPassed(lastDate: last)) {
            try make(change, in: school, attempt: 2)
        }
        #expect(try school.logCount() == logBefore)
        #expect(try snapshot(school) == tablesBefore)
    }

    @Test(arguments: Change.allCases)
    func unlimitedWindowAcceptsUntilTheYearEnds(change: Change) throws {
        // Given the default window explicitly set to unlimited after a limited one
        let school = try SchoolFixture()
        try school.admin.changeSettings({ $0.editWindow = .oneWeek })
        try school.admin.changeSettings({ $0.editWindow = .unlimited })
        #expect(try school.admin.settings().editWindow == .unlimited)

        // When the teacher changes the 2026-11-20 lesson on the last day of the quarter
        school.clock.set(SchoolDate("2026-12-28")!)
        let before = try school.logCount()
        try make(change, in: school, attempt: 1)

        // Then it is accepted and logged
        #expect(try school.logCount() == before + 1)
    }

    @Test func changingAnExistingMarkIsAlsoBoundByTheWindow() throws {
        // Given a mark given in time and a one-week window
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let mark = try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "3")
        try school.admin.changeSettings({ $0.editWindow = .oneWeek })
        school.clock.set(SchoolDate("2026-11-28")!)

        // When the teacher tries to change or withdraw it after the window
        // Then both are refused and the mark keeps its value
        let last = SchoolDate("2026-11-27")!
        #expect(throws: Refusal.editWindowPassed(lastDate: last)) {
            try teacher.changeMark(markID: mark.id, to: "5")
        }
        #expect(throws: Refusal.editWindowPassed(lastDate: last)) {
            try teacher.removeMark(markID: mark.id)
        }
        let stored = try school.journal.database.pool.read { db in try Mark.fetchOne(db, key: mark.id) }
        #expect(stored?.value == "3")
        #expect(stored?.state == .active)
    }

    @Test func shorteningTheWindowAppliesToOlderLessonsAtOnce() throws {
        // Given the Q1 lesson of 2026-10-20 and today 2026-11-23
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        try teacher.addMark(lessonID: school.mathLessonQ1.id, studentID: school.students[0].id, value: "5")

        // When the window becomes one month
        try school.admin.changeSettings({ $0.editWindow = .oneMonth })

        // Then the lesson (last day 2026-11-20) can no longer be changed
        #expect(throws: Refusal.editWindowPassed(lastDate: SchoolDate("2026-11-20")!)) {
            try teacher.addMark(lessonID: school.mathLessonQ1.id, studentID: school.students[1].id, value: "5")
        }
    }

    // MARK: lastEditableDate arithmetic

    @Test func weeksAreCountedInDays() {
        let date = SchoolDate("2026-12-28")!
        #expect(EditWindow.oneWeek.lastEditableDate(forLessonOn: date) == SchoolDate("2027-01-04"))
        #expect(EditWindow.twoWeeks.lastEditableDate(forLessonOn: date) == SchoolDate("2027-01-11"))
        #expect(EditWindow.threeWeeks.lastEditableDate(forLessonOn: date) == SchoolDate("2027-01-18"))
        #expect(EditWindow.oneWeek.lastEditableDate(forLessonOn: SchoolDate("2028-02-25")!) == SchoolDate("2028-03-03"))
        #expect(EditWindow.unlimited.lastEditableDate(forLessonOn: date) == nil)
    }

    @Test(arguments: [
        ("2027-01-31", "2027-02-28"),  // clamped to the end of February
        ("2028-01-31", "2028-02-29"),  // leap year
        ("2028-01-29", "2028-02-29"),
        ("2027-01-28", "2027-02-28"),
        ("2026-03-31", "2026-04-30"),  // 30-day month
        ("2026-12-15", "2027-01-15"),  // across the new year
        ("2026-12-31", "2027-01-31"),
        ("2026-11-30", "2026-12-30"),
        ("2027-02-28", "2027-03-28"),
    ])
    func oneMonthKeepsTheDayOrTheMonthsLastDay(lesson: String, last: String) {
        #expect(EditWindow.oneMonth.lastEditableDate(forLessonOn: SchoolDate(lesson)!) == SchoolDate(last)!)
    }
}
