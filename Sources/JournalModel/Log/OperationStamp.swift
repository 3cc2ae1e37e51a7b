import Foundation

/// Who performs an operation, on which replica, when and why: shared by every log entry the
/// operation writes.
struct OperationStamp: Sendable {
    let operationID: String
    let actorID: String
    let replicaID: String
    let at: String
    let reason: String
    let date: Date

    init(actorID: String, replicaID: String, at date: Date, reason: String = "", operationID: String? = nil) {
        self.operationID = operationID ?? RecordID.make(at: date)
        self.date = date
        self.actorID = actorID
        self.replicaID = replicaID
        at = Timestamp.text(date)
        self.reason = reason
    }
}
