import Foundation
import JournalTestSupport
import GRDB
import Testing
@testable import JournalModel
@testable import JournalDemo

/// The door: one answer for every failed login, attempts counted with the lock in one transaction,
/// every attempt in the append-only access log, temporary passwords that expire, parents without
/// consent kept out.
@Suite struct LoginHardeningTests {
    static let login = "ivanova.m"
    static let temporary = "Vremya-2026"

    @discardableResult
    private func account(_ school: SchoolFixture, roles: Set<Role> = [.teacher], person: Person? = nil) throws -> Account {
        try school.admin.createAccount(login: Self.login, personID: (person ?? school.mathTeacher).id, roles: roles,
                                       temporaryPassword: Self.temporary, rounds: 1_000)
    }

    private func events(_ school: SchoolFixture) throws -> [String] {
        try school.journal.database.pool.read { db in try String.fetchAll(db, sql: "SELECT event FROM access_log ORDER BY seq") }
    }

    @Test func everyFailureGetsOneAnswerAndEveryAttemptIsRecordedWithItsTerminal() throws {
        let school = try SchoolFixture()
        let created = try account(school)
        var refusals: [Refusal] = []
        func attempt(_ login: String, _ password: String) {
            do { _ = try school.journal.logIn(login: login, password: password, terminal: "ssh 192.0.2.7") } catch { refusals.append(error) }
        }
        attempt("nobody", "x")
        attempt(Self.login, "wrong")
        try school.admin.setAccountBlocked(accountID: created.id, blocked: true)
        attempt(Self.login, Self.temporary)
        try school.admin.setAccountBlocked(accountID: created.id, blocked: false)
        // the first slip counted too: the fourth of these is the fifth failure, which locks
        for _ in 1...5 { attempt(Self.login, "wrong") }
        attempt(Self.login, Self.temporary)  // locked: the right password gets the same answer
        #expect(refusals.count == 9)
        #expect(refusals.allSatisfy { $0 == .wrongCredentials })
        #expect(try events(school) == ["unknown_login", "wrong_password", "blocked", "wrong_password", "wrong_password",
                                       "wrong_password", "lock", "locked", "locked"])
        let terminals = try school.journal.database.pool.read { db in try Set(String.fetchAll(db, sql: "SELECT terminal FROM access_log")) }
        #expect(terminals == ["ssh 192.0.2.7"])
        #expect(try Verifier.verify(school.journal.database).passed)
    }

    @Test func guessesAtTheSameMomentNeverCheckMorePasswordsThanTheLimit() throws {
        // Given the default limit of 5 failures, and 20 guesses started together
        let school = try SchoolFixture()
        let created = try account(school)
        let journal = school.journal
        DispatchQueue.concurrentPerform(iterations: 20) { index in
            _ = try? journal.logIn(login: Self.login, password: "guess-\(index)")
        }
        // Then exactly five were checked, the fifth locked the account, the rest were refused unchecked
        let recorded = try events(school)
        #expect(recorded.filter { $0 == "wrong_password" || $0 == "lock" }.count == 5)
        #expect(recorded.filter { $0 == "locked" }.count == 15)
        let stored = try school.journal.database.pool.read { db in try Account.fetchOne(db, sql: "SELECT * FROM account WHERE id = ?", arguments: [created.id]) }
        #expect(stored?.failedAttempts == 5)
        #expect(stored?.lockedUntil != nil)
    }

    @Test func aTemporaryPasswordExpires() throws {
        // Given a new account, and the default of 7 days
        let school = try SchoolFixture()
        let created = try account(school)
        school.clock.advance(by: 7 * 86_400 - 60)
        #expect(try school.journal.logIn(login: Self.login, password: Self.temporary).mustChangePassword)
        // When the eighth day comes / Then the right temporary password is told it expired, and a new one works
        school.clock.advance(by: 120)
        #expect(throws: Refusal.temporaryPasswordExpired(days: 7)) {
            try school.journal.logIn(login: Self.login, password: Self.temporary)
        }
        #expect(throws: Refusal.wrongCredentials) { try school.journal.logIn(login: Self.login, password: "not-it") }
        try school.admin.resetPassword(accountID: created.id, temporaryPassword: "Novyi-2026x", rounds: 1_000)
        #expect(try school.journal.logIn(login: Self.login, password: "Novyi-2026x").mustChangePassword)
        #expect(try events(school).contains("temporary_expired"))
    }

    @Test func aParentWithoutConsentIsKeptOut() throws {
        // Given a parent linked to a child without consent
        let school = try SchoolFixture()
        let other = try school.admin.addPerson(Person(kind: .parent, lastName: "Белова", firstName: "Нина", patronymic: "Ивановна"))
        let link = try school.admin.linkGuardian(parentID: other.id, studentID: school.students[1].id, relation: "мать", consent: false)
        try account(school, roles: [.parent], person: other)
        // Then the right password is refused with the message to ask for the printout
        #expect(throws: Refusal.noParentConsent) { try school.journal.logIn(login: Self.login, password: Self.temporary) }
        #expect(Refusal.noParentConsent.message.russian.contains("распечатки"))
        // And once consent is registered, the login goes on
        try school.admin.setGuardianConsent(link.id, consent: true)
        #expect(try school.journal.logIn(login: Self.login, password: Self.temporary).mustChangePassword)
    }

    @Test func theAccessLogIsAppendOnlyAndVerified() throws {
        let school = try SchoolFixture()
        try account(school)
        for _ in 1...3 { _ = try? school.journal.logIn(login: Self.login, password: "wrong") }
        #expect(throws: (any Error).self) {
            try school.journal.database.pool.write { db in try db.execute(sql: "DELETE FROM access_log WHERE seq = 2") }
        }
        // Edited around the triggers, as with the sqlite3 tool
        try school.journal.database.pool.write { db in
            try db.execute(sql: "DROP TRIGGER access_log_no_update")
            try db.execute(sql: "UPDATE access_log SET event = 'login' WHERE seq = 2")
        }
        let report = try Verifier.verify(school.journal.database)
        #expect(report.problems.map(\.kind) == [.access])
    }
}

@Suite struct JournalOpeningTests {
    @Test func theDateIsFixedOnlyOnADemoSchool() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("journal-open-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let fixed = ["JOURNAL_NOW": "2026-11-23"]
        let real = directory.appendingPathComponent("real.sqlite").path
        _ = try Journal.open(path: real, environment: [:]).setUpSchool(name: "Школа", administratorLogin: "admin")
        #expect(throws: Refusal.fixedClockRefused) { try Journal.open(path: real, environment: fixed) }
        #expect(throws: Refusal.invalidValue(LocalizedText(ru: "JOURNAL_NOW=yesterday: нужна дата в виде ГГГГ-ММ-ДД.", en: "JOURNAL_NOW=yesterday: a date as YYYY-MM-DD is needed."))) { try Journal.open(path: real, environment: ["JOURNAL_NOW": "yesterday"]) }

        let demo = directory.appendingPathComponent("demo.sqlite").path
        let made = try Journal.open(path: demo, making: .demoSchool, environment: fixed)
        _ = try DemoSchoolGenerator.generate(into: made, size: .small, seed: 1, passwordRounds: 1_000)
        let reopened = try Journal.open(path: demo, environment: fixed)
        #expect(reopened.today == SchoolDate("2026-11-23"))
        #expect(try reopened.isDemoSchool())
    }
}
