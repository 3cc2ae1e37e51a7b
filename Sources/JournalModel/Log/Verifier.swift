import Foundation
import GRDB

/// One thing `verify` found wrong.
public struct VerificationProblem: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case integrity, chain, agreement
        /// The access log (logins, log-outs) was altered.
        case access
        /// The log disagrees with what was witnessed outside the database (or a witness file is damaged).
        case witness
    }

    public let kind: Kind
    public let message: LocalizedText
}

/// The outcome of checking a journal database.
public struct VerificationReport: Sendable {
    public var problems: [VerificationProblem] = []
    /// Log entries checked in the hash chain.
    public var logEntries = 0
    /// Journal records checked against the log.
    public var records = 0
    /// Access-log entries checked in their hash chain.
    public var accessEntries = 0
    /// Accounts checked against the log.
    public var accounts = 0
    /// What the witness files said, when they were read (`verify --witness`).
    public var witness: WitnessSummary?

    /// True when nothing is wrong.
    public var passed: Bool { problems.isEmpty }
}

/// Checks that nothing was changed behind the program's back [DOMAIN §3.3]:
/// SQLite's own integrity check, the operation log's hash chain, and every journal record,
/// account and the school's name agreeing with what the log says it should be.
enum Verifier {
    /// Runs every check on a read snapshot of the database; `seen` is shown each log entry as the
    /// chain is walked.
    static func verify(_ database: JournalDatabase, seen: (LogEntry) -> Void = { _ in }) throws -> VerificationReport {
        try verify(reader: database.pool, seen: seen)
    }

    /// What a copy of the file must pass (a backup): SQLite's integrity check and both logs'
    /// chains. Whether the records agree with the log is the journal's own check, not the copy's.
    static func verifyFile(reader: some DatabaseReader) throws -> VerificationReport {
        try reader.read { db in
            var report = VerificationReport()
            try checkIntegrity(db, into: &report)
            try checkChain(db, into: &report, seen: { _ in })
            try checkAccessLog(db, into: &report)
            return report
        }
    }

    /// Every check on any reader of a journal file.
    static func verify(reader: some DatabaseReader, seen: (LogEntry) -> Void = { _ in }) throws -> VerificationReport {
        try reader.read { db in
            var report = VerificationReport()
            try checkIntegrity(db, into: &report)
            try checkChain(db, into: &report, seen: seen)
            try checkAccessLog(db, into: &report)
            for table in Schema.journalTables {
                try checkAgreement(db, table: table, into: &report)
            }
            try checkAccounts(db, into: &report)
            try checkSchoolProfile(db, into: &report)
            return report
        }
    }

    static func checkIntegrity(_ db: Database, into report: inout VerificationReport) throws {
        let results = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        if results != ["ok"] {
            for line in results.prefix(20) {
                report.problems.append(.init(kind: .integrity, message: LocalizedText(
                    ru: "SQLite: нарушена целостность файла: \(line)", en: "SQLite integrity check: \(line)")))
            }
        }
        let foreignKeyFailures = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        for row in foreignKeyFailures.prefix(20) {
            let table: String = row[0]
            report.problems.append(.init(kind: .integrity, message: LocalizedText(
                ru: "Ссылка из таблицы \(table) ведёт на несуществующую запись.", en: "A row of \(table) refers to a missing record.")))
        }
    }

    /// Walks the chain in order: each entry must follow the one before it, at the next position,
    /// with the hash its fields give. `seen` is shown each entry (the witness check compares them
    /// with signed checkpoints).
    static func checkChain(_ db: Database, into report: inout VerificationReport, seen: (LogEntry) -> Void) throws {
        var previousHash = LogEntry.genesisHash
        var previousSeq: Int64 = 0
        var currentFormSeen = false
        let entries = try LogEntry.fetchCursor(db, sql: "SELECT * FROM operation_log ORDER BY seq")
        while let entry = try entries.next() {
            report.logEntries += 1
            seen(entry)
            if entry.prevHash != previousHash || entry.seq != previousSeq + 1 {
                report.problems.append(.init(kind: .chain, message: LocalizedText(
                    ru: "Журнал операций: цепочка разорвана перед записью №\(entry.seq) (после №\(previousSeq)) — запись удалена или вставлена.",
                    en: "Operation log: the chain breaks before entry #\(entry.seq) (after #\(previousSeq)): an entry was removed or inserted.")))
            }
            if entry.hash == ChainHash.of(entry, after: entry.prevHash) {
                currentFormSeen = true
            } else if currentFormSeen || entry.hash != ChainHash.legacy(entry, after: entry.prevHash) {
                report.problems.append(.init(kind: .chain, message: LocalizedText(
                    ru: "Журнал операций: запись №\(entry.seq) изменена (\(entry.targetTable) \(entry.targetID)).",
                    en: "Operation log: entry #\(entry.seq) was altered (\(entry.targetTable) \(entry.targetID)).")))
            }
            previousHash = entry.hash
            previousSeq = entry.seq
        }
    }

    /// The access log is chained like the operation log: an attempt removed, inserted or edited shows.
    static func checkAccessLog(_ db: Database, into report: inout VerificationReport) throws {
        var previousHash = LogEntry.genesisHash
        let entries = try AccessLogEntry.fetchCursor(db, sql: "SELECT * FROM access_log ORDER BY seq")
        while let entry = try entries.next() {
            report.accessEntries += 1
            let expected = AccessLogEntry.hash(prevHash: previousHash, at: entry.at, login: entry.login, accountID: entry.accountID,
                                               event: entry.event, terminal: entry.terminal)
            if entry.prevHash != previousHash || entry.hash != expected {
                report.problems.append(.init(kind: .access, message: LocalizedText(
                    ru: "Журнал входов: запись №\(entry.seq) изменена, удалена или вставлена.",
                    en: "Access log: entry #\(entry.seq) was altered, removed or inserted.")))
                return
            }
            previousHash = entry.hash
        }
    }

    private struct Change {
        let seq: Int64
        let field: String?
        let old: String?
        let new: String?
    }

    /// Walks each record's log entries backwards from its current row: every change must have
    /// produced the value now in the table, and undoing them all must give the created row.
    static func checkAgreement(_ db: Database, table: String, into report: inout VerificationReport) throws {
        var changes: [String: [Change]] = [:]
        let entries = try Row.fetchCursor(db, sql: """
            SELECT seq, target_id, field, old_value, new_value FROM operation_log WHERE target_table = ? ORDER BY seq
            """, arguments: [table])
        while let row = try entries.next() {
            changes[row["target_id"], default: []].append(Change(seq: row["seq"], field: row["field"], old: row["old_value"], new: row["new_value"]))
        }
        let defaults = try columnDefaults(db, table: table)
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(table)")
        while let row = try rows.next() {
            report.records += 1
            let id: String = row["id"]
            guard let history = changes.removeValue(forKey: id) else {
                report.problems.append(problem(table, id, ru: "запись есть в таблице, но не в журнале операций",
                                               en: "the record is in the table but not in the operation log"))
                continue
            }
            var current: [String: String] = [:]
            for column in row.columnNames where column != "id" {
                current[column] = CanonicalValue.encode(row[column] as DatabaseValue)
            }
            if let mismatch = undo(history, from: &current, defaults: defaults) {
                report.problems.append(problem(table, id, ru: mismatch.russian, en: mismatch.english))
            }
        }
        for id in changes.keys.sorted() {
            report.problems.append(problem(table, id, ru: "запись есть в журнале операций, но пропала из таблицы",
                                           en: "the record is in the operation log but missing from the table"))
        }
    }

    private static func undo(_ history: [Change], from current: inout [String: String], defaults: [String: String]) -> LocalizedText? {
        for change in history.reversed() {
            guard let field = change.field else {
                if change.seq != history.first?.seq {
                    return LocalizedText(ru: "запись создана в журнале операций дважды", en: "the record was created twice in the log")
                }
                if CanonicalValue.object(current) != change.new {
                    dropColumnsAddedLater(from: &current, created: change.new, defaults: defaults)
                }
                if CanonicalValue.object(current) != change.new {
                    let created = change.new ?? ""
                    let differing = current.keys.sorted().filter { key in
                        let fragment = CanonicalValue.object([key: current[key] ?? "null"]).dropFirst().dropLast()
                        return !created.contains(fragment + ",") && !created.contains(fragment + "}")
                    }
                    let fields = differing.joined(separator: ", ")
                    return LocalizedText(ru: "значения в таблице не совпадают с журналом операций (поле \(fields))",
                                         en: "the values in the table disagree with the operation log (field \(fields))")
                }
                return nil
            }
            if current[field] != change.new {
                return LocalizedText(
                    ru: "поле \(field) = \(current[field] ?? "—"), а по журналу операций должно быть \(change.new ?? "—")",
                    en: "field \(field) is \(current[field] ?? "—") but the operation log says \(change.new ?? "—")")
            }
            current[field] = change.old
        }
        return LocalizedText(ru: "в журнале операций нет создания записи", en: "the operation log has no creation of the record")
    }

    /// A record created before a column was added (a later migration) was logged without it; the
    /// table holds the column's declared default there. Such columns are left out of the comparison
    /// only while they still hold that default: any other value must have come from a logged change,
    /// which `undo` has already walked back.
    private static func dropColumnsAddedLater(from current: inout [String: String], created: String?, defaults: [String: String]) {
        guard let created, let object = try? JSONSerialization.jsonObject(with: Data(created.utf8)) as? [String: Any] else { return }
        for (column, value) in current where object[column] == nil && defaults[column] == value {
            current[column] = nil
        }
    }

    /// Each column's declared default in canonical form (`null` when none is declared).
    static func columnDefaults(_ db: Database, table: String) throws -> [String: String] {
        var defaults: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))") {
            let name: String = row["name"]
            let declared: String? = row["dflt_value"]
            let value = try declared.map { try DatabaseValue.fetchOne(db, sql: "SELECT \($0)") ?? .null } ?? .null
            defaults[name] = CanonicalValue.encode(value)
        }
        return defaults
    }

    private static func problem(_ table: String, _ id: String, ru: String, en: String) -> VerificationProblem {
        VerificationProblem(kind: .agreement, message: LocalizedText(ru: "\(table) \(id): \(ru)", en: "\(table) \(id): \(en)"))
    }
}
