import Foundation
import GRDB

/// One change of a gradebook cell as its history shows it: who, when, old → new.
public struct CellChange: Sendable, Hashable {
    /// When, in the school's time zone: `23.11.2026 10:15`.
    public var at: String
    /// The login of the account that acted (or the system actor's name).
    public var actor: String
    /// What changed: a mark, an attendance code or a period mark.
    public var kind: Kind
    /// The value before (nil: there was none).
    public var oldValue: String?
    /// The value after (nil: withdrawn).
    public var newValue: String?
    /// For a mark: its kind of work when it was given (a key of the weights setting).
    public var workKind: String?

    public enum Kind: String, Sendable, Hashable {
        case mark, attendance, finalMark
        /// A mark's comment changed (old → new text).
        case comment
        /// A mark's kind of work changed (it followed its lesson's).
        case workKind
    }
}

extension JournalSession {
    /// Every change of the marks and the attendance of one student at one lesson, oldest first,
    /// read from the operation log (withdrawn marks included).
    public func history(ofCell lessonID: String, studentID: String) throws(Refusal) -> [CellChange] {
        try read { db in
            try requireReadable(.gradebook, .lesson(LessonContext.load(db, lessonID: lessonID, actor: actor)))
            let marks = try String.fetchAll(db, sql: "SELECT id FROM mark WHERE lesson_id = ? AND student_id = ?",
                                            arguments: [lessonID, studentID])
            let codes = try String.fetchAll(db, sql: "SELECT id FROM attendance WHERE lesson_id = ? AND student_id = ?",
                                            arguments: [lessonID, studentID])
            return try CellHistoryReader(timeZone: journal.timeZone).changes(db, targets: [
                (marks, .mark, "value"), (codes, .attendance, "code"),
            ])
        }
    }

    /// Every change of a student's period (or year) mark in a subject for a period, oldest first.
    public func history(ofFinalMark studentID: String, subjectID: String, periodID: String) throws(Refusal) -> [CellChange] {
        try read { db in
            try requireReadable(.gradebook, ReadFacts.studentInSubject(db, actor, studentID: studentID, subjectID: subjectID,
                                                                       period: Period.require(db, periodID), today: journal.today))
            let ids = try String.fetchAll(db, sql: "SELECT id FROM final_mark WHERE student_id = ? AND subject_id = ? AND period_id = ?",
                                          arguments: [studentID, subjectID, periodID])
            return try CellHistoryReader(timeZone: journal.timeZone).changes(db, targets: [(ids, .finalMark, "value")])
        }
    }

    /// The position of the newest operation-log entry: it moves whenever anything is written, so a
    /// screen polls it to notice another session's changes without reloading its data.
    public func logPosition() throws(Refusal) -> Int64 {
        try read { db in try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(seq) FROM operation_log")) ?? 0 }
    }
}

/// Turns log entries of cell records into old → new changes.
private struct CellHistoryReader {
    let timeZone: TimeZone

    func changes(_ db: Database, targets: [(ids: [String], kind: CellChange.Kind, field: String)]) throws -> [CellChange] {
        var kindByID: [String: (CellChange.Kind, String)] = [:]
        for target in targets { for id in target.ids { kindByID[id] = (target.kind, target.field) } }
        guard !kindByID.isEmpty else { return [] }
        let placeholders = Array(repeating: "?", count: kindByID.count).joined(separator: ",")
        let rows = try Row.fetchAll(db, sql: """
            SELECT l.target_id, l.at, l.field, l.old_value, l.new_value, COALESCE(a.login, l.actor_id) AS who
            FROM operation_log l LEFT JOIN account a ON a.id = l.actor_id
            WHERE l.target_id IN (\(placeholders)) ORDER BY l.seq
            """, arguments: StatementArguments(Array(kindByID.keys)))
        var current: [String: String] = [:]
        var result: [CellChange] = []
        for row in rows {
            let id: String = row["target_id"]
            guard let (kind, valueField) = kindByID[id] else { continue }
            let field: String? = row["field"]
            let old = Self.scalar(row["old_value"])
            let new = Self.scalar(row["new_value"])
            var change = CellChange(at: localTime(row["at"]), actor: row["who"], kind: kind, oldValue: nil, newValue: nil)
            switch field {
            case nil:
                let created = Self.field(valueField, ofRow: row["new_value"])
                current[id] = created
                change.newValue = created
                if kind == .mark { change.workKind = Self.field("work_kind", ofRow: row["new_value"]) }
                if kind == .mark, let comment = Self.field("comment", ofRow: row["new_value"]), !comment.isEmpty {
                    result.append(change)
                    change = CellChange(at: change.at, actor: change.actor, kind: .comment, oldValue: nil, newValue: comment)
                }
            case valueField?:
                change.oldValue = old
                change.newValue = new
                current[id] = new
            case "comment"? where kind == .mark:
                change.kind = .comment
                change.oldValue = old.flatMap { $0.isEmpty ? nil : $0 }
                change.newValue = new.flatMap { $0.isEmpty ? nil : $0 }
            case "work_kind"? where kind == .mark:
                change.kind = .workKind
                change.oldValue = old
                change.newValue = new
            case "state"?:
                if new == RecordState.deleted.rawValue { change.oldValue = current[id] } else { change.newValue = current[id] }
            default:
                continue
            }
            result.append(change)
        }
        return result
    }

    private func localTime(_ timestamp: String) -> String {
        Timestamp.localText(timestamp, timeZone: timeZone)
    }

    /// A canonical JSON scalar as plain text (`"5"` → `5`).
    private static func scalar(_ text: String?) -> String? {
        guard let text, text != "null" else { return nil }
        guard let data = text.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return text }
        return "\(value)"
    }

    /// One field of a canonical JSON row.
    private static func field(_ name: String, ofRow text: String?) -> String? {
        guard let data = text?.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let value = object[name], !(value is NSNull) else { return nil }
        return "\(value)"
    }
}
