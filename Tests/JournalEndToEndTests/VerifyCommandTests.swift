import Foundation
import Testing

/// `journal verify` on a fresh demo school, and after the database is altered with `sqlite3`.
@Suite(.serialized) struct VerifyCommandTests {
    let directory: URL
    let database: String

    init() throws {
        (directory, database) = try CommandRunner.smallDemo(seed: 7)
    }

    @Test func passesOnAFreshDemoSchool() throws {
        let result = try CommandRunner.journal(["verify", "--db", database])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Verification passed"))
    }

    @Test func failsAfterAMarkIsChangedBehindTheProgramsBack() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let changed = try CommandRunner.sqlite(database, """
            UPDATE mark SET value = CASE value WHEN '5' THEN '2' ELSE '5' END WHERE id = (SELECT id FROM mark ORDER BY id LIMIT 1);
            """)
        #expect(changed.status == 0)

        let result = try CommandRunner.journal(["verify", "--db", database])

        #expect(result.status != 0)
        #expect(result.standardError.contains("[agreement] mark "))
        #expect(result.standardError.contains("field value"))
    }

    @Test func failsAfterALogEntryIsChangedBehindTheProgramsBack() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let changed = try CommandRunner.sqlite(database, """
            DROP TRIGGER operation_log_no_update;
            UPDATE operation_log SET actor_id = 'someone-else' WHERE seq = 100;
            """)
        #expect(changed.status == 0, "\(changed.standardError)")

        let result = try CommandRunner.journal(["verify", "--db", database])

        #expect(result.status != 0)
        #expect(result.standardError.contains("[chain] Operation log: entry #100 was altered"))
    }

    @Test func failsAfterALogEntryIsDeleted() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try CommandRunner.sqlite(database, "DROP TRIGGER operation_log_no_delete; DELETE FROM operation_log WHERE seq = 50;")

        let result = try CommandRunner.journal(["verify", "--db", database])

        #expect(result.status != 0)
        #expect(result.standardError.contains("chain breaks before entry #51"))
    }

    @Test func programRefusesToEditTheLogThroughSQLTriggers() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.sqlite(database, "UPDATE operation_log SET reason = 'x' WHERE seq = 1;")
        #expect(result.standardError.contains("append-only"))
    }
}
