import Crypto
import Foundation

/// The hash that links each log entry to the one before it: SHA-256 over the previous hash and
/// every field of the entry, so an entry edited, inserted or removed behind the program's back
/// breaks the chain from that point on.
enum ChainHash {
    static func of(
        prevHash: String, entryID: String, operationID: String, actorID: String, replicaID: String,
        at: String, targetTable: String, targetID: String, field: String?, oldValue: String?,
        newValue: String?, reason: String
    ) -> String {
        digest([prevHash, entryID, operationID, actorID, replicaID, at, targetTable, targetID,
                field ?? absent, oldValue ?? absent, newValue ?? absent, reason])
    }

    /// Stands for a missing (nil) field, which no text field can hold.
    static let absent = "\u{0}"

    /// SHA-256 in lowercase hex over the fields, joined by the unit separator.
    static func digest(_ parts: [String]) -> String {
        let digest = SHA256.hash(data: Data(parts.joined(separator: "\u{1F}").utf8))
        return digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    static func of(_ entry: LogEntry, after prevHash: String) -> String {
        of(prevHash: prevHash, entryID: entry.entryID, operationID: entry.operationID, actorID: entry.actorID,
           replicaID: entry.replicaID, at: entry.at, targetTable: entry.targetTable, targetID: entry.targetID,
           field: entry.field, oldValue: entry.oldValue, newValue: entry.newValue, reason: entry.reason)
    }
}
