import Foundation
import GRDB

/// What is new in a student's diary since this account's previous login: marks given, changed or
/// withdrawn, and homework set or changed, newest first.
public struct DiaryNews: Sendable, Equatable {
    /// One new or changed item.
    public struct Item: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// A mark given or changed (its value now, its kind of work and weight).
            case mark(value: String, workKind: String, weight: Double)
            /// A mark withdrawn (the value it had).
            case markWithdrawn(value: String)
            /// Homework set or changed (its text now).
            case homework(String)
        }
        public let kind: Kind
        /// The lesson's date and subject.
        public let date: SchoolDate
        public let subjectName: String
        /// The mark's or the lesson's id: what the week and the subject view highlight.
        public let recordID: String
        /// When it changed, as the log recorded it (UTC), for the order.
        let changedAt: String
    }

    /// The previous login, `ДД.ММ.ГГГГ ЧЧ:ММ` local time; nil when there was none (the first
    /// visit, when nothing is called new).
    public let since: String?
    public let items: [Item]

    /// The ids of the new marks and of the lessons with new homework.
    public var recordIDs: Set<String> { Set(items.map(\.recordID)) }

    /// Nothing new: the first visit, or a session opened without a login.
    public static let none = DiaryNews(since: nil, items: [])

    /// The widest edit window is a month: homework older than that before the previous login
    /// cannot have changed since, so older lessons are not looked at.
    static let homeworkLookback = 31
}

extension JournalSession {
    /// What changed in a student's diary since this account's previous login.
    public func diaryNews(studentID: String) throws(Refusal) -> DiaryNews {
        try read { db in
            try requireDiary(db, studentID: studentID)
            return try DiaryNewsLoader.load(db, studentID: studentID, session: self, today: today)
        }
    }
}

enum DiaryNewsLoader {
    static func load(_ db: Database, studentID: String, session: JournalSession, today: SchoolDate) throws -> DiaryNews {
        // The login before the one that opened this session (another terminal's later login does not count).
        guard let accountID = session.credential?.accountID, let loggedInAt = session.loggedInAt,
              let since = try String.fetchOne(db.cachedStatement(sql: """
                SELECT at FROM access_log WHERE account_id = ? AND event = 'login' AND at < ? ORDER BY seq DESC LIMIT 1
                """), arguments: [accountID, loggedInAt]) else { return .none }
        var items: [DiaryNews.Item] = []
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT mark.id, mark.value, mark.work_kind, mark.weight, mark.state, lesson.on_date, subject.name AS subject,
                   (SELECT MAX(at) FROM operation_log WHERE target_id = mark.id) AS changed_at
            FROM mark JOIN lesson ON lesson.id = mark.lesson_id JOIN subject ON subject.id = lesson.subject_id
            WHERE mark.student_id = ? AND lesson.state = 'active' AND changed_at > ?
            """), arguments: [studentID, since]) {
            let value: String = row["value"]
            let kind: DiaryNews.Item.Kind = row["state"] as String == RecordState.active.rawValue
                ? .mark(value: value, workKind: row["work_kind"], weight: row["weight"]) : .markWithdrawn(value: value)
            items.append(DiaryNews.Item(kind: kind, date: row["on_date"], subjectName: row["subject"], recordID: row["id"],
                                        changedAt: row["changed_at"]))
        }
        let sinceDate = SchoolDate(String(since.prefix(10))) ?? today
        let scope = try DiaryScope.load(db, studentID: studentID, from: sinceDate.adding(days: -DiaryNews.homeworkLookback), to: today.adding(days: 14))
        let lessons = try scope.recordedLessons(db, from: sinceDate.adding(days: -DiaryNews.homeworkLookback), to: today.adding(days: 14))
        let subjects = try Subject.fetchAll(db, keys: Set(lessons.map(\.subjectID))).reduce(into: [String: String]()) { $0[$1.id] = $1.name }
        for lesson in lessons where !lesson.homework.isEmpty {
            guard let changedAt = try String.fetchOne(db.cachedStatement(sql: """
                SELECT MAX(at) FROM operation_log WHERE target_id = ? AND field = 'homework'
                """), arguments: [lesson.id]), changedAt > since else { continue }
            items.append(DiaryNews.Item(kind: .homework(lesson.homework), date: lesson.onDate, subjectName: subjects[lesson.subjectID] ?? "",
                                        recordID: lesson.id, changedAt: changedAt))
        }
        return DiaryNews(since: Timestamp.localText(since, timeZone: session.journal.timeZone), items: items.sorted { $0.changedAt > $1.changedAt })
    }
}
