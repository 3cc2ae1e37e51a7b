import GRDB

extension JournalSession {
    /// The stamp of a report read in `db`: the school, now, this account, and the log's last
    /// position with its hash, read in the same transaction as the report's figures.
    func reportStamp(_ db: Database) throws -> ReportStamp {
        let head = try Row.fetchOne(db, sql: "SELECT seq, hash FROM operation_log ORDER BY seq DESC LIMIT 1")
        let name = try actor.personID.flatMap { try Person.fetchOne(db, key: $0) }?.shortName
        return ReportStamp(school: try Meta.value(db, key: Meta.schoolNameKey) ?? "",
                           madeAt: localText(now), madeBy: name.map { "\(actor.login) (\($0))" } ?? actor.login,
                           logPosition: head?["seq"] ?? 0, headHash: head?["hash"] ?? LogEntry.genesisHash)
    }
}
