import Testing
@testable import JournalModel
@Test func schemaVersionIsOne() { #expect(JournalModelVersion.schema == 1) }
