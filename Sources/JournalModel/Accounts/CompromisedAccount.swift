import Foundation
import GRDB

extension Journal {
    /// Handles a login reported compromised [DOMAIN §3.9]: blocks the account and marks every
    /// operation made with it since `since` as invalid, pending review. Returns those operations'
    /// log entries, for the review list.
    ///
    /// Nothing is undone automatically: the flagged entries stay, and the review decides.
    @discardableResult
    public func reportCompromisedAccount(accountID: String, since: Date, as actor: JournalActor) throws(Refusal) -> [LogEntry] {
        try perform(as: actor, reason: "compromised") { transaction in
            try transaction.require(.accounts)
            guard var account = try Account.fetchOne(transaction.db, key: accountID) else {
                throw Refusal.notFound(LocalizedText(ru: "Учётная запись не найдена.", en: "Account not found."))
            }
            let entries = try LogEntry.fetchAll(transaction.db, sql: """
                SELECT * FROM operation_log WHERE actor_id = ? AND at >= ? ORDER BY seq
                """, arguments: [accountID, Timestamp.text(since)])
            var flagged = Set<String>()
            for entry in entries where flagged.insert(entry.operationID).inserted {
                try transaction.writer.note(table: Self.operationTable, id: entry.operationID, field: "validity",
                                            old: "\"valid\"", new: "\"invalid\"")
            }
            if !account.blocked {
                account.blocked = true
                try account.update(transaction.db)
                try transaction.writer.note(table: Account.databaseTableName, id: accountID, field: "blocked", old: "0", new: "1")
            }
            return entries
        }
    }

    /// Log entries of operations marked invalid after a compromised login, for review.
    public func invalidatedEntries() throws(Refusal) -> [LogEntry] {
        try read { db in
            try LogEntry.fetchAll(db, sql: """
                SELECT * FROM operation_log WHERE operation_id IN (
                    SELECT target_id FROM operation_log WHERE target_table = ? AND field = 'validity' AND new_value = '"invalid"')
                ORDER BY seq
                """, arguments: [Self.operationTable])
        }
    }

    /// The log's name for flags about whole operations.
    static let operationTable = "operation"
}
