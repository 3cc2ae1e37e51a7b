import GRDB

extension JournalSession {
    /// The stamp of a report read in `db`: the school, now, this account, and the log's last
    /// position with its hash, read in the same transaction as the report's figures.
    func reportStamp(_ db: Database) throws -> ReportStamp {
        let head = try Row.fetchOne(db, sql: "SELECT seq, hash FROM operation_log ORDER BY seq DESC LIMIT 1")
        return ReportStamp(school: try Meta.value(db, key: Meta.schoolNameKey) ?? "",
                           madeAt: localText(now), madeBy: displayName == actor.login ? actor.login : "\(actor.login) (\(displayName))",
                           logPosition: head?["seq"] ?? 0, headHash: head?["hash"] ?? LogEntry.genesisHash)
    }
}
