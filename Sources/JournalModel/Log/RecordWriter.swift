import GRDB

/// The only code that writes journal rows: every row it creates or changes gets its log entry,
/// chained to the previous one, in the same transaction.
///
/// Callers check permissions and rules first (see `JournalSession`); this type records faithfully
/// and refuses any text `StoredText` does not take, before it reaches a row or the log.
final class RecordWriter {
    private let db: Database
    var stamp: OperationStamp
    private var lastHash: String?
    /// The seq of the log's last entry, once known: read by `logPosition()` or set by an append.
    private var lastSeq: Int64?
    private var columnsByTable: [String: [String]] = [:]
    private let ids: RecordIDSource

    init(_ db: Database, stamp: OperationStamp, ids: RecordIDSource = RecordIDSource()) {
        self.db = db
        self.stamp = stamp
        self.ids = ids
    }

    /// Inserts a new record and logs its whole row.
    func create<Record: EncodableRecord & TableRecord & Identifiable>(_ record: Record) throws
    where Record.ID == String {
        var values = try record.databaseDictionary
        let table = Record.databaseTableName
        for column in try columns(of: table) where values[column] == nil {
            values[column] = .null
        }
        try StoredText.check(row: values, table: table)
        let names = values.keys.sorted()
        let sql = "INSERT INTO \(table) (\(names.joined(separator: ","))) VALUES (\(names.map { _ in "?" }.joined(separator: ",")))"
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(names.map { values[$0]! }))
        var logged = values
        logged["id"] = nil
        try append(table: table, id: record.id, field: nil, old: nil, new: CanonicalValue.encode(row: logged))
    }

    /// Sets one column of an existing record, logging old and new values.
    /// Returns false (and writes nothing) when the value is already the same.
    @discardableResult
    func update(table: String, id: String, field: String, to value: DatabaseValueConvertible?) throws -> Bool {
        let newValue = value?.databaseValue ?? .null
        try StoredText.check(newValue, table: table, column: field)
        guard let oldValue = try DatabaseValue.fetchOne(
            db, sql: "SELECT \(field) FROM \(table) WHERE id = ?", arguments: [id]) else {
            throw RecordWriterError.missingRecord(table: table, id: id)
        }
        if oldValue == newValue { return false }
        try db.cachedStatement(sql: "UPDATE \(table) SET \(field) = ? WHERE id = ?").execute(arguments: [newValue, id])
        try append(table: table, id: id, field: field,
                   old: CanonicalValue.encode(oldValue), new: CanonicalValue.encode(newValue))
        return true
    }

    /// Logs a change to a record outside the journal tables (accounts) whose values are not to be
    /// kept in the log, such as password hashes.
    func note(table: String, id: String, field: String?, old: String?, new: String?) throws {
        try append(table: table, id: id, field: field, old: old, new: new)
    }

    /// The log position (the seq of the last entry, this writer's own included). Reading it also
    /// reads the chain's last hash, which the next entry needs: one statement for both.
    func logPosition() throws -> Int64 {
        if let lastSeq { return lastSeq }
        let tip = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, hash FROM operation_log ORDER BY seq DESC LIMIT 1"))
        let seq: Int64 = tip?["seq"] ?? 0
        lastHash = lastHash ?? tip?["hash"] ?? LogEntry.genesisHash
        lastSeq = seq
        return seq
    }

    private func append(table: String, id: String, field: String?, old: String?, new: String?) throws {
        let seq = try logPosition() + 1  // also reads the chain's last hash, which the entry follows
        let prevHash = lastHash ?? LogEntry.genesisHash
        let entryID = ids.make(at: stamp.date)
        let hash = ChainHash.of(
            seq: seq, prevHash: prevHash, entryID: entryID, operationID: stamp.operationID, actorID: stamp.actorID,
            replicaID: stamp.replicaID, at: stamp.at, targetTable: table, targetID: id, field: field,
            oldValue: old, newValue: new, reason: stamp.reason)
        try db.cachedStatement(sql: """
            INSERT INTO operation_log (seq, entry_id, operation_id, actor_id, replica_id, at, target_table,
                target_id, field, old_value, new_value, reason, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                seq, entryID, stamp.operationID, stamp.actorID, stamp.replicaID, stamp.at, table, id, field,
                old, new, stamp.reason, prevHash, hash,
            ])
        lastHash = hash
        lastSeq = seq
    }

    private func columns(of table: String) throws -> [String] {
        if let known = columnsByTable[table] { return known }
        let names = try db.columns(in: table).map(\.name)
        columnsByTable[table] = names
        return names
    }
}

/// A write that found no record to change: a programming error or a record removed meanwhile.
enum RecordWriterError: Error {
    case missingRecord(table: String, id: String)
}
