import Foundation
import JournalTestSupport
import GRDB
import Testing
@testable import JournalModel

/// A session re-reads its account at every operation: once the account is blocked, its password
/// reset or its roles changed, everything is refused and nothing is written.
@Suite struct SessionTests {
    static let login = "ivanova.m"
    static let password = "Drobi-2026"

    /// The math teacher logged in with her own password.
    private func teacherSession(_ school: SchoolFixture) throws -> JournalSession {
        try school.admin.createAccount(login: Self.login, personID: school.mathTeacher.id, roles: [.teacher],
                                       temporaryPassword: "Vremya-2026", rounds: 1_000)
        return try school.journal.logIn(login: Self.login, password: "Vremya-2026").passwordChange().choose(Self.password, rounds: 1_000)
    }

    private func markRefused(_ session: JournalSession, _ school: SchoolFixture, because reason: SessionEnd) throws {
        let before = try school.logCount()
        #expect(throws: Refusal.sessionEnded(reason)) {
            try session.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "5")
        }
        #expect(throws: Refusal.sessionEnded(reason)) {
            try session.gradebook(classID: school.class5A.id, subjectID: school.math.id, periodID: school.quarter2.id)
        }
        #expect(session.endReason == reason)
        #expect(try school.logCount() == before)
    }

    @Test func blockingAnAccountEndsItsOpenSession() throws {
        let school = try SchoolFixture()
        let session = try teacherSession(school)
        try session.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "4")
        try school.admin.setAccountBlocked(accountID: session.accountID, blocked: true)
        try markRefused(session, school, because: .blocked)
        // Unblocking does not bring the ended session back: the person logs in again
        try school.admin.setAccountBlocked(accountID: session.accountID, blocked: false)
        #expect(throws: Refusal.sessionEnded(.blocked)) { try session.checkStillValid() }
        _ = try school.journal.logIn(login: Self.login, password: Self.password).opened()
    }

    @Test func resettingThePasswordEndsTheSession() throws {
        let school = try SchoolFixture()
        let session = try teacherSession(school)
        try school.admin.resetPassword(accountID: session.accountID, temporaryPassword: "Novyi-2026x", rounds: 1_000)
        try markRefused(session, school, because: .passwordChanged)
    }

    @Test func aCompromisedAccountsSessionEnds() throws {
        let school = try SchoolFixture()
        let session = try teacherSession(school)
        try school.admin.reportCompromisedAccount(accountID: session.accountID, since: school.clock.now())
        try markRefused(session, school, because: .blocked)
    }

    @Test func changedRolesEndTheSession() throws {
        let school = try SchoolFixture()
        let session = try teacherSession(school)
        try school.journal.database.pool.write { db in
            try db.execute(sql: "UPDATE account SET roles = 'teacher,deputy' WHERE id = ?", arguments: [session.accountID])
        }
        try markRefused(session, school, because: .rolesChanged)
    }

    @Test func aLoggedOutSessionRefusesEverythingAndTheLogOutIsRecorded() throws {
        let school = try SchoolFixture()
        let session = try teacherSession(school)
        session.end(.loggedOut)
        try markRefused(session, school, because: .loggedOut)
        let events = try school.journal.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT event FROM access_log WHERE account_id = ? ORDER BY seq", arguments: [session.accountID])
        }
        #expect(events == ["login", "password_changed", "logout"])
    }

    @Test func theSessionReadsItsAccountInsideTheOperation() throws {
        // The check is one indexed read in the operation's own transaction: a session whose
        // account row is gone cannot write even once.
        let school = try SchoolFixture()
        let session = try teacherSession(school)
        try school.journal.database.pool.write { db in
            try db.execute(sql: "UPDATE account SET state = 'deleted' WHERE id = ?", arguments: [session.accountID])
        }
        try markRefused(session, school, because: .accountRemoved)
    }
}
