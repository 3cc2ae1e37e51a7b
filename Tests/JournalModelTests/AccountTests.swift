import Foundation
import JournalTestSupport
import GRDB
import Testing
@testable import JournalModel

/// DOMAIN §7: logins with slow salted password hashes, temporary passwords changed at first
/// login, lock-out after repeated failures, blocked accounts; hashes never reach the log.
@Suite struct AccountTests {
    static let login = "ivanova.m"
    static let temporary = "Vremya-2026"
    static let chosen = "Drobi-i-Procenty7"

    /// The math teacher's account with a temporary password.
    @discardableResult
    private func account(_ school: SchoolFixture) throws -> Account {
        try school.admin.createAccount(login: Self.login, personID: school.mathTeacher.id, roles: [.teacher],
                                         temporaryPassword: Self.temporary, rounds: 1_000)
    }

    private func stored(_ school: SchoolFixture, _ id: String) throws -> Account? {
        try school.journal.database.pool.read { db in try Account.fetchOne(db, sql: "SELECT * FROM account WHERE id = ?", arguments: [id]) }
    }

    @Test func temporaryPasswordMustBeChangedAtFirstLogin() throws {
        // Given a new account with a temporary password
        let school = try SchoolFixture()
        let created = try account(school)
        #expect(created.mustChangePassword)

        // When the teacher logs in, they must first change the password
        let change = try school.journal.logIn(login: Self.login, password: Self.temporary).passwordChange()
        #expect(change.login == Self.login)

        // When they choose their own password, they are in, as themselves
        let session = try change.choose(Self.chosen, rounds: 1_000)
        #expect(session.accountID == created.id)
        #expect(session.personID == school.mathTeacher.id)
        #expect(session.roles == [.teacher])
        #expect(session.displayName == "Иванова Мария Петровна")

        // Then the new one works without the must-change step, and the temporary one no longer does
        let again = try school.journal.logIn(login: "  Ivanova.M ", password: Self.chosen)
        #expect(!again.mustChangePassword)
        #expect(throws: Refusal.wrongCredentials) {
            try school.journal.logIn(login: Self.login, password: Self.temporary)
        }
    }

    @Test func wrongPasswordAndUnknownLoginLookTheSame() throws {
        let school = try SchoolFixture()
        try account(school)
        var refusals: [Refusal] = []
        for (login, password) in [(Self.login, "wrong-password"), ("nobody.here", Self.temporary)] {
            do {
                _ = try school.journal.logIn(login: login, password: password)
                Issue.record("login \(login) should fail")
            } catch {
                refusals.append(error)
            }
        }
        #expect(refusals == [.wrongCredentials, .wrongCredentials])
        #expect(refusals[0].message == refusals[1].message)
        #expect(throws: Refusal.wrongCredentials) {
            try school.journal.logIn(login: Self.login, password: Self.temporary.uppercased())
        }
    }

    @Test func repeatedFailuresLockTheAccountForAWhile() throws {
        // Given an account and the default limit of 5 failures, 15 minutes lock-out
        let school = try SchoolFixture()
        let created = try account(school)
        let settings = try school.admin.settings()
        #expect(settings.maxFailedLogins == 5)
        #expect(settings.lockoutMinutes == 15)

        // When the password is wrong 4 times / Then each says wrong credentials
        for _ in 1...4 {
            #expect(throws: Refusal.wrongCredentials) {
                try school.journal.logIn(login: Self.login, password: "guess-guess")
            }
        }
        // And the fifth failure locks the account until 12:15 (the clock is at noon UTC), with the same answer
        #expect(throws: Refusal.wrongCredentials) {
            try school.journal.logIn(login: Self.login, password: "guess-guess")
        }
        #expect(try stored(school, created.id)?.failedAttempts == 5)
        #expect(try stored(school, created.id)?.lockedUntil == "2026-11-23T12:15:00.000Z")

        // Even the right password is refused while locked
        school.clock.advance(by: 14 * 60 + 59)
        #expect(throws: Refusal.wrongCredentials) {
            try school.journal.logIn(login: Self.login, password: Self.temporary)
        }

        // Once the clock has passed the lock-out, the right password works and resets the counter
        school.clock.advance(by: 2)
        #expect(try school.journal.logIn(login: Self.login, password: Self.temporary).mustChangePassword)
        #expect(try stored(school, created.id)?.failedAttempts == 0)
        #expect(try stored(school, created.id)?.lockedUntil == nil)
    }

    @Test func aSlipAfterTheLockOutEndsDoesNotLockAgainAtOnce() throws {
        // Given an account locked by five failures, and the lock-out over
        let school = try SchoolFixture()
        let created = try account(school)
        for _ in 1...5 { _ = try? school.journal.logIn(login: Self.login, password: "guess-guess") }
        school.clock.advance(by: 15 * 60 + 1)

        // When the user mistypes once more
        // Then it is a wrong password, not another lock-out, and the count starts again at one
        #expect(throws: Refusal.wrongCredentials) {
            try school.journal.logIn(login: Self.login, password: "guess-guess")
        }
        #expect(try stored(school, created.id)?.failedAttempts == 1)
        #expect(try stored(school, created.id)?.lockedUntil == nil)
    }

    @Test func aSuccessfulLoginResetsTheFailureCount() throws {
        let school = try SchoolFixture()
        try account(school)
        for _ in 1...4 {
            #expect(throws: Refusal.wrongCredentials) { try school.journal.logIn(login: Self.login, password: "guess-guess") }
        }
        _ = try school.journal.logIn(login: Self.login, password: Self.temporary)
        for _ in 1...4 {
            #expect(throws: Refusal.wrongCredentials) { try school.journal.logIn(login: Self.login, password: "guess-guess") }
        }
    }

    @Test func lockOutFollowsTheSettings() throws {
        let school = try SchoolFixture()
        try account(school)
        try school.admin.changeSettings({ $0.maxFailedLogins = 2; $0.lockoutMinutes = 60 })
        #expect(throws: Refusal.wrongCredentials) { try school.journal.logIn(login: Self.login, password: "guess-guess") }
        #expect(throws: Refusal.wrongCredentials) { try school.journal.logIn(login: Self.login, password: "guess-guess") }
        #expect(try stored(school, #require(try school.admin.account(login: Self.login)).id)?.lockedUntil == "2026-11-23T13:00:00.000Z")
    }

    @Test func blockedAccountCannotLogIn() throws {
        // Given an account the administrator blocks
        let school = try SchoolFixture()
        let created = try account(school)
        let before = try school.logCount()
        try school.admin.setAccountBlocked(accountID: created.id, blocked: true)
        #expect(try school.logCount() == before + 1)

        // Then even the right password is refused, with the answer a wrong one gets, until it is unblocked
        #expect(throws: Refusal.wrongCredentials) {
            try school.journal.logIn(login: Self.login, password: Self.temporary)
        }
        try school.admin.setAccountBlocked(accountID: created.id, blocked: false)
        _ = try school.journal.logIn(login: Self.login, password: Self.temporary)
    }

    @Test func theAdministratorCannotBlockTheirOwnAccount() throws {
        // Given the administrator's own session
        let school = try SchoolFixture()
        let before = try school.logCount()

        // Then neither a block nor a compromise report of the own account is accepted, and nothing is written
        #expect(throws: Refusal.self) { try school.admin.setAccountBlocked(accountID: school.admin.accountID, blocked: true) }
        #expect(throws: Refusal.self) { try school.admin.reportCompromisedAccount(accountID: school.admin.accountID, since: school.clock.now()) }
        #expect(try school.logCount() == before)
    }

    @Test func weakPasswordsAreRefused() throws {
        let school = try SchoolFixture()
        try account(school)
        let change = try school.journal.logIn(login: Self.login, password: Self.temporary).passwordChange()
        for weak in ["short1", "1234567", "", Self.login, Self.login.uppercased()] {
            #expect(throws: Refusal.passwordTooWeak(minimumLength: 8)) { try change.choose(weak, rounds: 1_000) }
        }
        #expect(throws: Refusal.passwordUnchanged) { try change.choose(Self.temporary, rounds: 1_000) }
        // Still the temporary password, still to be changed
        #expect(try school.journal.logIn(login: Self.login, password: Self.temporary).mustChangePassword)
        // Exactly 8 characters is enough
        _ = try change.choose("abcd1234", rounds: 1_000)
        #expect(try !school.journal.logIn(login: Self.login, password: "abcd1234").mustChangePassword)
    }

    @Test func storedHashIsSaltedPBKDF2AndNeverThePassword() throws {
        let school = try SchoolFixture()
        let created = try account(school)
        let hash = try #require(try stored(school, created.id)?.passwordHash)
        #expect(hash.hasPrefix("pbkdf2-sha256$1000$"))
        #expect(hash.split(separator: "$").count == 4)
        #expect(!hash.contains(Self.temporary))

        // A second account with the same password gets a different salt and hash
        let other = try school.admin.createAccount(login: "smirnov.a", personID: school.classTeacher.id, roles: [.teacher],
                                                     temporaryPassword: Self.temporary, rounds: 1_000)
        #expect(other.passwordHash != hash)
        #expect(PasswordHasher.verify(Self.temporary, against: other.passwordHash))

        // The default cost is the recommended one
        #expect(try PasswordHasher.hash("x", rounds: 1_000).hasPrefix("pbkdf2-sha256$1000$"))
        #expect(PasswordHasher.recommendedRounds >= 600_000)
    }

    @Test func passwordsAndHashesNeverReachTheOperationLog() throws {
        // Given an account created, logged into, its password changed and then reset
        let school = try SchoolFixture()
        let created = try account(school)
        let firstHash = try #require(try stored(school, created.id)?.passwordHash)
        _ = try school.journal.logIn(login: Self.login, password: Self.temporary).passwordChange().choose(Self.chosen, rounds: 1_000)
        let secondHash = try #require(try stored(school, created.id)?.passwordHash)
        try school.admin.resetPassword(accountID: created.id, temporaryPassword: "Novyi-2026x", rounds: 1_000)
        let thirdHash = try #require(try stored(school, created.id)?.passwordHash)
        #expect(Set([firstHash, secondHash, thirdHash]).count == 3)

        // Then the log records the account's changes but holds no hash, salt or password
        let logText = try school.journal.database.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT coalesce(field, '') || ' ' || coalesce(old_value, '') || ' ' || coalesce(new_value, '') || ' ' || reason
                FROM operation_log WHERE target_table = 'account'
                """)
        }
        #expect(logText.count == 3)
        let everything = try school.journal.database.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT coalesce(field, '') || ' ' || coalesce(old_value, '') || ' ' || coalesce(new_value, '') || ' ' || reason
                FROM operation_log
                """).joined(separator: "\n")
        }
        for hash in [firstHash, secondHash, thirdHash] {
            let parts = hash.split(separator: "$").map(String.init)
            #expect(!everything.contains(parts[2]), "salt in the log")
            #expect(!everything.contains(parts[3]), "hash in the log")
        }
        #expect(!everything.contains("pbkdf2"))
        for password in [Self.temporary, Self.chosen, "Novyi-2026x"] {
            #expect(!everything.contains(password))
        }
    }

    @Test func verifyRejectsATamperedHash() throws {
        let hash = try PasswordHasher.hash("correct horse", rounds: 1_000)
        #expect(PasswordHasher.verify("correct horse", against: hash))
        #expect(!PasswordHasher.verify("correct horsE", against: hash))

        var parts = hash.split(separator: "$").map(String.init)
        // A changed derived key
        var key = Array(parts[3])
        key[0] = key[0] == "A" ? "B" : "A"
        var tampered = parts
        tampered[3] = String(key)
        #expect(!PasswordHasher.verify("correct horse", against: tampered.joined(separator: "$")))
        // A changed salt
        var salt = Array(parts[2])
        salt[0] = salt[0] == "A" ? "B" : "A"
        tampered = parts
        tampered[2] = String(salt)
        #expect(!PasswordHasher.verify("correct horse", against: tampered.joined(separator: "$")))
        // Changed rounds, scheme, or a truncated hash
        tampered = parts
        tampered[1] = "1001"
        #expect(!PasswordHasher.verify("correct horse", against: tampered.joined(separator: "$")))
        tampered = parts
        tampered[0] = "pbkdf2-sha1"
        #expect(!PasswordHasher.verify("correct horse", against: tampered.joined(separator: "$")))
        parts[3] = String(parts[3].dropLast(4))
        #expect(!PasswordHasher.verify("correct horse", against: parts.joined(separator: "$")))
        #expect(!PasswordHasher.verify("correct horse", against: ""))
        #expect(!PasswordHasher.verify("correct horse", against: "pbkdf2-sha256$0$AAAA$AAAA"))
    }

    @Test func classTeacherIssuesOnlyOwnClassCredentials() throws {
        let school = try SchoolFixture()
        let classTeacher = school.teacher(school.classTeacher)
        try classTeacher.createAccount(login: "alekseev.b", personID: school.students[0].id, roles: [.student],
                                         temporaryPassword: "temporary1", rounds: 1_000)
        #expect(throws: Refusal.onlyAdministrator) {
            try classTeacher.createAccount(login: "zhukov.e", personID: school.firstGrader.id, roles: [.student],
                                             temporaryPassword: "temporary1", rounds: 1_000)
        }
        #expect(throws: Refusal.onlyAdministrator) {
            try classTeacher.createAccount(login: "alekseev.t", personID: school.students[0].id, roles: [.teacher],
                                             temporaryPassword: "temporary1", rounds: 1_000)
        }
    }
}
