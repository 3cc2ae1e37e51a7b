import GRDB
import Synchronization

/// A row of a journal table: a plain value with a globally unique text id, stored with
/// snake_case columns (`classTeacherID` ↔ `class_teacher_id`).
public protocol JournalRecord: Codable, FetchableRecord, EncodableRecord, TableRecord, Identifiable, Sendable, Hashable
where ID == String {
    /// Active, or withdrawn (a tombstone: journal records are never deleted).
    var state: RecordState { get set }
    /// What "not found" says for this kind of record.
    static var missing: LocalizedText { get }
}

extension JournalRecord {
    /// Whether the record is in force (not withdrawn).
    public var isActive: Bool { state == .active }

    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy {
        .custom { key in ColumnName.snakeCase(key.stringValue) }
    }

    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy {
        .custom { column in ColumnName.Key(ColumnName.camelCase(column)) }
    }
}

/// Whether a record is in force or was withdrawn; journal records are never deleted.
public enum RecordState: String, Codable, Sendable, DatabaseValueConvertible {
    case active
    case deleted
}

enum ColumnName {
    struct Key: CodingKey {
        let stringValue: String
        init(_ value: String) { stringValue = value }
        init?(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    /// `classTeacherID` → `class_teacher_id`.
    ///
    /// GRDB asks for every field of every record it encodes (and `camelCase` for every column of
    /// every row it decodes); the names are few, so each is converted once.
    static func snakeCase(_ name: String) -> String {
        if let known = converted.withLock({ $0.snakeCase[name] }) { return known }
        let result = convertToSnakeCase(name)
        converted.withLock { $0.snakeCase[name] = result }
        return result
    }

    /// `class_teacher_id` → `classTeacherID`.
    static func camelCase(_ column: String) -> String {
        if let known = converted.withLock({ $0.camelCase[column] }) { return known }
        let result = convertToCamelCase(column)
        converted.withLock { $0.camelCase[column] = result }
        return result
    }

    private static let converted = Mutex<(snakeCase: [String: String], camelCase: [String: String])>(([:], [:]))

    private static func convertToSnakeCase(_ name: String) -> String {
        var result = ""
        var previousWasUpper = true
        for character in name {
            if character.isUppercase {
                if !previousWasUpper { result += "_" }
                result += character.lowercased()
                previousWasUpper = true
            } else {
                result.append(character)
                previousWasUpper = false
            }
        }
        return result
    }

    private static func convertToCamelCase(_ column: String) -> String {
        let parts = column.split(separator: "_")
        guard let first = parts.first else { return column }
        var result = String(first)
        for part in parts.dropFirst() {
            result += part == "id" ? "ID" : part.prefix(1).uppercased() + part.dropFirst()
        }
        return result
    }
}

extension JournalRecord {
    /// The record in force with this id, or the refusal "not found" naming what is missing.
    static func require(_ db: Database, _ id: String) throws -> Self {
        let statement = try db.cachedStatement(sql: "SELECT * FROM \(databaseTableName) WHERE id = ?")
        guard let record = try fetchOne(statement, arguments: [id]), record.isActive else { throw Refusal.notFound(missing) }
        return record
    }

    /// The records with these ids, by id.
    static func byID(_ db: Database, keys: some Collection<String>) throws -> [String: Self] {
        byID(try fetchAll(db, keys: Array(keys)))
    }

    /// Records by id.
    static func byID(_ records: [Self]) -> [String: Self] {
        Dictionary(records.map { ($0.id, $0) }) { first, _ in first }
    }

    /// What "not found" says for this kind of record.
    public static var missing: LocalizedText { LocalizedText(ru: "Запись не найдена.", en: "Record not found.") }
}

extension Lesson { public static var missing: LocalizedText { LocalizedText(ru: "Урок не найден.", en: "Lesson not found.") } }
extension Mark {
    public static var missing: LocalizedText { LocalizedText(ru: "Отметка не найдена (возможно, уже удалена).", en: "Mark not found (it may have been removed).") }
}
extension Attendance {
    public static var missing: LocalizedText { LocalizedText(ru: "Отметка посещаемости не найдена.", en: "Attendance record not found.") }
}
extension SchoolClass { public static var missing: LocalizedText { LocalizedText(ru: "Класс не найден.", en: "Class not found.") } }
extension Subject { public static var missing: LocalizedText { LocalizedText(ru: "Предмет не найден.", en: "Subject not found.") } }
extension Subgroup { public static var missing: LocalizedText { LocalizedText(ru: "Группа не найдена.", en: "Group not found.") } }
extension Period { public static var missing: LocalizedText { LocalizedText(ru: "Период не найден.", en: "Period not found.") } }
extension Person { public static var missing: LocalizedText { LocalizedText(ru: "Человек не найден.", en: "Person not found.") } }
extension Guardian { public static var missing: LocalizedText { LocalizedText(ru: "Связь с родителем не найдена.", en: "Guardian link not found.") } }
extension TimetableEntry {
    public static var missing: LocalizedText { LocalizedText(ru: "Запись расписания не найдена.", en: "Timetable entry not found.") }
}
