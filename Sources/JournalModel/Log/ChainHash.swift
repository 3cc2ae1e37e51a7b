import Crypto
import Foundation

/// The hash that links each log entry to the one before it: SHA-256 over the entry's position,
/// the previous hash and every field of the entry, so an entry edited, inserted, removed or
/// renumbered behind the program's back breaks the chain from that point on.
///
/// Entries written before schema v7 were hashed without their position (`legacy`); `verify`
/// accepts that form only before the first entry of the current one.
enum ChainHash {
    /// Marks the current form, so no legacy digest can be taken for one of it.
    static let version = "v2"

    static func of(
        seq: Int64, prevHash: String, entryID: String, operationID: String, actorID: String, replicaID: String,
        at: String, targetTable: String, targetID: String, field: String?, oldValue: String?,
        newValue: String?, reason: String
    ) -> String {
        digest([version, String(seq), prevHash, entryID, operationID, actorID, replicaID, at, targetTable, targetID,
                field ?? absent, oldValue ?? absent, newValue ?? absent, reason])
    }

    /// The entry's hash in the current form, after `prevHash`.
    static func of(_ entry: LogEntry, after prevHash: String) -> String {
        of(seq: entry.seq, prevHash: prevHash, entryID: entry.entryID, operationID: entry.operationID, actorID: entry.actorID,
           replicaID: entry.replicaID, at: entry.at, targetTable: entry.targetTable, targetID: entry.targetID,
           field: entry.field, oldValue: entry.oldValue, newValue: entry.newValue, reason: entry.reason)
    }

    /// The entry's hash as schema versions before 7 wrote it: without its position.
    static func legacy(_ entry: LogEntry, after prevHash: String) -> String {
        digest([prevHash, entry.entryID, entry.operationID, entry.actorID, entry.replicaID, entry.at, entry.targetTable,
                entry.targetID, entry.field ?? absent, entry.oldValue ?? absent, entry.newValue ?? absent, entry.reason])
    }

    /// Stands for a missing (nil) field, which no text field can hold.
    static let absent = "\u{0}"

    /// SHA-256 in lowercase hex over the fields, joined by the unit separator.
    static func digest(_ parts: [String]) -> String {
        hex(SHA256.hash(data: Data(parts.joined(separator: "\u{1F}").utf8)))
    }

    /// A digest in lowercase hex (`verify` makes one per log entry, so without a string per byte).
    static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var digits: [UInt8] = []
        digits.reserveCapacity(64)
        for byte in bytes {
            digits.append(hexDigits[Int(byte >> 4)])
            digits.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: digits, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
