import Foundation
import GRDB
@testable import JournalModel

extension SchoolFixture {
    /// How many entries the operation log holds.
    public func logCount() throws -> Int {
        try journal.database.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM operation_log") ?? 0 }
    }

    /// The last sequence number of the operation log.
    public func lastLogSeq() throws -> Int {
        try journal.database.pool.read { db in try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM operation_log") ?? 0 }
    }

    /// The operation log's entries after `seq`, as (table, field, new value) in order.
    public func logEntries(after seq: Int) throws -> [(table: String, field: String?, new: String?)] {
        try journal.database.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT target_table, field, new_value FROM operation_log WHERE seq > ? ORDER BY seq", arguments: [seq])
                .map { ($0["target_table"], $0["field"], $0["new_value"]) }
        }
    }

    /// The reason written into the log's last entry.
    public func lastLogReason() throws -> String {
        try journal.database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT reason FROM operation_log ORDER BY seq DESC LIMIT 1") ?? ""
        }
    }
}
