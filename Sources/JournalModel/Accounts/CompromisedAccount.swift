import Foundation
import GRDB

extension JournalSession {
    /// Handles a login reported compromised [DOMAIN §3.9]: blocks the account and marks every
    /// operation made with it since `since` as invalid, pending review. Returns those operations'
    /// log entries, for the review list.
    ///
    /// Nothing is undone automatically: the flagged entries stay, and the review decides. The own
    /// account is refused, as for `setAccountBlocked`.
    @discardableResult
    public func reportCompromisedAccount(accountID: String, since: Date) throws(Refusal) -> [LogEntry] {
        try perform(reason: "compromised") { transaction in
            try transaction.require(.accounts)
            try requireNotOwnAccount(accountID)
            let account = try Account.require(transaction.db, id: accountID)
            let entries = try LogEntry.fetchAll(transaction.db, sql: """
                SELECT * FROM operation_log WHERE actor_id = ? AND at >= ? ORDER BY seq
                """, arguments: [accountID, Timestamp.text(since)])
            var flagged = Set<String>()
            for entry in entries where flagged.insert(entry.operationID).inserted {
                try transaction.writer.note(table: Self.operationTable, id: entry.operationID, field: "validity",
                                            old: "\"valid\"", new: "\"invalid\"")
            }
            if !account.blocked {
                try transaction.db.execute(sql: "UPDATE account SET blocked = 1 WHERE id = ?", arguments: [accountID])
                try Account.logBlocked(accountID: accountID, true, writer: transaction.writer)
            }
            return entries
        }
    }

    /// Log entries of operations marked invalid after a compromised login, for review.
    public func invalidatedEntries() throws(Refusal) -> [LogEntry] {
        try read { db in
            try requireReadable(.flaggedOperations)
            return try LogEntry.fetchAll(db, sql: """
                SELECT * FROM operation_log WHERE operation_id IN (
                    SELECT target_id FROM operation_log WHERE target_table = ? AND field = 'validity' AND new_value = '"invalid"')
                ORDER BY seq
                """, arguments: [Self.operationTable])
        }
    }

    /// The log's name for flags about whole operations.
    static let operationTable = "operation"
}
