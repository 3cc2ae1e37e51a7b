import Foundation
import GRDB

/// When each part of a lesson's record was first entered, read from the operation log: the data
/// of the timeliness report [DOMAIN §3.7] (homework after the allowed time, late marks). The
/// times are those of the copy of the journal the entry was made on, so entries made offline
/// during an outage keep their own time.
public struct LessonEntryTimes: Sendable, Equatable {
    /// When the lesson was recorded.
    public var recorded: Date?
    /// When a topic was first written.
    public var topic: Date?
    /// When homework was first written.
    public var homework: Date?
    /// When attendance was first entered: the first code, or "everyone present", whichever came first.
    public var attendance: Date?
    /// When each mark still in force was given, by mark id.
    public var marks: [String: Date] = [:]

    /// When the first of the lesson's marks was given.
    public var firstMark: Date? { marks.values.min() }
}

extension JournalSession {
    /// When the lesson's topic, homework, attendance and marks were first entered.
    public func entryTimes(lessonID: String) throws(Refusal) -> LessonEntryTimes {
        try read { db in
            try requireReadable(.lesson, .lesson(LessonContext.load(db, lessonID: lessonID, actor: actor)))
            var times = LessonEntryTimes()
            for row in try Row.fetchAll(db, sql: """
                SELECT field, new_value, at FROM operation_log WHERE target_table = 'lesson' AND target_id = ? ORDER BY seq
                """, arguments: [lessonID]) {
                let at = Timestamp.date(from: row["at"])
                let field: String? = row["field"]
                let value: String? = row["new_value"]
                if field == nil {
                    times.recorded = at
                    let created = (value.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) } as? [String: Any]) ?? [:]
                    if (created["topic"] as? String)?.isEmpty == false { times.topic = at }
                    if (created["homework"] as? String)?.isEmpty == false { times.homework = at }
                    if (created["attendance_taken"] as? Int) == 1 { times.attendance = at }
                } else if value != "\"\"" {
                    switch field {
                    case "topic": times.topic = times.topic ?? at
                    case "homework": times.homework = times.homework ?? at
                    case "attendance_taken" where value == "1": times.attendance = times.attendance ?? at
                    default: break
                    }
                }
            }
            let firstCode = try String.fetchOne(db, sql: """
                SELECT MIN(at) FROM operation_log WHERE target_table = 'attendance' AND field IS NULL
                    AND target_id IN (SELECT id FROM attendance WHERE lesson_id = ?)
                """, arguments: [lessonID]).flatMap(Timestamp.date(from:))
            times.attendance = [times.attendance, firstCode].compactMap { $0 }.min()
            for row in try Row.fetchAll(db, sql: """
                SELECT target_id, at FROM operation_log WHERE target_table = 'mark' AND field IS NULL
                    AND target_id IN (SELECT id FROM mark WHERE lesson_id = ? AND state = 'active')
                """, arguments: [lessonID]) {
                times.marks[row["target_id"]] = Timestamp.date(from: row["at"])
            }
            return times
        }
    }
}
