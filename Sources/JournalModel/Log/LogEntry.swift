import GRDB

/// One row of the operation log: who changed what, where, when, from what, to what, and why.
///
/// The log is the journal's audit trail and what offline replicas exchange. A creation has no
/// `field` and its `newValue` is the whole row; a change names the field and both values.
public struct LogEntry: Sendable, Hashable, Codable, FetchableRecord {
    /// Position in this database's log (append order).
    public var seq: Int64
    /// Globally unique id of this entry.
    public var entryID: String
    /// The operation it belongs to (one user action).
    public var operationID: String
    /// The account that acted (or a system actor such as `system:demo`).
    public var actorID: String
    /// The copy of the journal the change was made on.
    public var replicaID: String
    /// When, as UTC ISO 8601 text.
    public var at: String
    public var targetTable: String
    public var targetID: String
    /// The changed column, or nil when the record was created.
    public var field: String?
    public var oldValue: String?
    public var newValue: String?
    public var reason: String
    public var prevHash: String
    public var hash: String

    enum CodingKeys: String, CodingKey {
        case seq, at, field, reason, hash
        case entryID = "entry_id", operationID = "operation_id", actorID = "actor_id", replicaID = "replica_id"
        case targetTable = "target_table", targetID = "target_id", oldValue = "old_value", newValue = "new_value"
        case prevHash = "prev_hash"
    }

    /// Reads a row of `operation_log` (by hand: `verify` reads every entry, and the decoder
    /// derived from `Codable` took a tenth of its time).
    public init(row: Row) throws {
        seq = row["seq"]
        entryID = row["entry_id"]
        operationID = row["operation_id"]
        actorID = row["actor_id"]
        replicaID = row["replica_id"]
        at = row["at"]
        targetTable = row["target_table"]
        targetID = row["target_id"]
        field = row["field"]
        oldValue = row["old_value"]
        newValue = row["new_value"]
        reason = row["reason"]
        prevHash = row["prev_hash"]
        hash = row["hash"]
    }

    /// An entry with every field given.
    public init(seq: Int64, entryID: String, operationID: String, actorID: String, replicaID: String, at: String,
                targetTable: String, targetID: String, field: String?, oldValue: String?, newValue: String?, reason: String,
                prevHash: String, hash: String) {
        self.seq = seq
        self.entryID = entryID
        self.operationID = operationID
        self.actorID = actorID
        self.replicaID = replicaID
        self.at = at
        self.targetTable = targetTable
        self.targetID = targetID
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.reason = reason
        self.prevHash = prevHash
        self.hash = hash
    }

    /// The hash of the chain before the first entry.
    public static let genesisHash = String(repeating: "0", count: 64)
}
