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

    /// The hash of the chain before the first entry.
    public static let genesisHash = String(repeating: "0", count: 64)
}
