import GRDB
import Testing
import JournalTestSupport
@testable import JournalModel

@Suite struct RecordTableTests {
    @Test func everyTableOfTheJournalHasATitleForPeople() throws {
        // Given the schema a school is created with
        let school = try SchoolFixture()
        let tables = try school.journal.database.pool.read { db in
            try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'")
        }

        // Then each table whose rows the log names reads as a word on screens, the two logs aside
        #expect(tables.subtracting(["operation_log", "access_log"]).subtracting(RecordTable.titled).isEmpty)
        #expect(RecordTable.title("final_mark").russian == "итоговая оценка")
    }
}
