import Testing
@testable import JournalTUI
@Test func tuiBuilds() { #expect(Bool(true)) }
