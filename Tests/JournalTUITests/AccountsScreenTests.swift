import Foundation
import JournalTestSupport
@testable import JournalModel
import Testing
@testable import JournalTUI

/// The administrator's accounts: F5 blocks and unblocks, F6 shows a temporary password once, F7
/// blocks a compromised account and flags its operations since a typed moment; every refusal is
/// the model's, in the status line.
@Suite struct AccountsScreenTests {
    private static let teacherPassword = "Drobi-2026"

    private func press(_ keys: Key..., in state: inout AppState) {
        for key in keys { state.reduce(.key(key)) }
    }

    private func type(_ text: String, in state: inout AppState) {
        for character in text { state.reduce(.key(.character(character))) }
    }

    private func screen(_ state: AppState) throws -> AccountsScreen {
        try #require(state.screen as? AccountsScreen)
    }

    /// 23.11.2026 (the fixture's today) at this time, UTC being the fixture school's time zone.
    private func today(_ hour: Int, _ minute: Int = 0) -> Date {
        Date(timeIntervalSince1970: TimeInterval(SchoolFixture.today.dayNumber * 86_400 + hour * 3_600 + minute * 60))
    }

    /// Five accounts, one in each state: the administrator's, a parent's with a temporary
    /// password, the math teacher's in use, a blocked deputy's, a class teacher's locked out.
    private func accounts(_ school: SchoolFixture) throws {
        school.clock.set(today(9))
        try school.account("admin", for: nil, roles: [.administrator], password: "Admin-2026x")
        try school.account("alekseev.v", for: school.parent, roles: [.parent])
        try school.account("ivanova.m", for: school.mathTeacher, password: Self.teacherPassword)
        let deputy = try school.account("kuznetsova.o", for: school.englishTeacher1, roles: [.teacher, .deputy], password: "Angl-2026x")
        try school.admin.setAccountBlocked(accountID: deputy, blocked: true)
        try school.account("smirnov.a", for: school.classTeacher, password: "Russ-2026x")
        school.clock.set(today(12))
        for _ in 0..<5 { _ = try? school.journal.logIn(login: "smirnov.a", password: "wrong") }
    }

    /// The accounts screen of the administrator, the cursor on ivanova.m.
    private func onTheMathTeacher(_ school: SchoolFixture) throws -> AppState {
        try accounts(school)
        var state = school.app(AccountsScreen(session: school.admin), as: school.admin)
        press(.down, .down, in: &state)
        #expect(try screen(state).selectedAccount?.login == "ivanova.m")
        return state
    }

    private func mathTeachersAccount(_ school: SchoolFixture) throws -> AccountSummary {
        try #require(try school.admin.account(login: "ivanova.m"))
    }

    @Test func theListShowsEveryAccountWithItsState() throws {
        let school = try SchoolFixture()
        try accounts(school)
        let state = school.app(AccountsScreen(session: school.admin), as: school.admin)
        #expect(try screen(state).accounts.map(\.login) == ["admin", "alekseev.v", "ivanova.m", "kuznetsova.o", "smirnov.a"])
        Snapshot.assertMatches(AppView(state: state).render(), named: "admin-accounts-80x24-ru")
    }

    @Test func f5BlocksTheAccountAndF5AgainUnblocksIt() throws {
        let school = try SchoolFixture()
        var state = try onTheMathTeacher(school)
        let before = try school.logCount()

        press(.function(5), in: &state)
        #expect(try mathTeachersAccount(school).blocked)
        #expect(try school.logCount() == before + 1)
        #expect(try screen(state).status == StatusMessage(LocalizedText(ru: "Учётная запись ivanova.m заблокирована: её сеанс закончится.",
                                                                        en: "The account ivanova.m is blocked: its session ends."), kind: .success))
        #expect(throws: Refusal.self) { try school.journal.logIn(login: "ivanova.m", password: Self.teacherPassword) }

        press(.function(5), in: &state)
        #expect(try !mathTeachersAccount(school).blocked)
        #expect(try school.logCount() == before + 2)
        #expect(try screen(state).selectedAccount?.blocked == false)
        _ = try school.journal.logIn(login: "ivanova.m", password: Self.teacherPassword)
    }

    @Test func f6ShowsTheTemporaryPasswordOnceAndTheAccountMustChangeIt() throws {
        let school = try SchoolFixture()
        var state = try onTheMathTeacher(school)

        press(.function(6), in: &state)
        let password = try #require(try screen(state).issued?.temporaryPassword)
        let lines = AppView(state: state).render().lines(trimmingTrailingSpaces: true)
        #expect(lines.contains { $0.contains("Временный пароль для ivanova.m: \(password)") })
        // The password is random: the snapshot has it blanked, the line above checks it is shown
        Snapshot.assertMatches(lines: lines.map { $0.replacingOccurrences(of: password, with: "**********") },
                               named: "admin-accounts-password-80x24-ru")

        #expect(try mathTeachersAccount(school).mustChangePassword)
        #expect(throws: Refusal.self) { try school.journal.logIn(login: "ivanova.m", password: Self.teacherPassword) }
        guard case .mustChangePassword = try school.journal.logIn(login: "ivanova.m", password: password) else {
            Issue.record("the temporary password opened a session without asking for a new one")
            return
        }

        // The next key takes it off the screen, and it is nowhere in the state
        press(.up, in: &state)
        #expect(try screen(state).issued == nil)
        #expect(!AppView(state: state).render().lines().contains { $0.contains(password) })
    }

    /// The math teacher's own session, which gives a mark at 10:00 and another at 11:00.
    private func twoMarks(_ school: SchoolFixture) throws {
        school.clock.set(today(9, 30))
        guard case .session(let teacher) = try school.journal.logIn(login: "ivanova.m", password: Self.teacherPassword) else {
            Issue.record("the math teacher's login asks for a new password")
            return
        }
        school.clock.set(today(10))
        try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "4")
        school.clock.set(today(11))
        try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[1].id, value: "5")
        school.clock.set(today(12))
    }

    @Test func f7FlagsTheOperationsSinceTheTypedMomentAndBlocksTheAccount() throws {
        let school = try SchoolFixture()
        var state = try onTheMathTeacher(school)
        try twoMarks(school)

        // When the administrator reports it compromised since 10:30 (the form offers now)
        press(.function(7), in: &state)
        #expect(try screen(state).momentForm?[0] == "23.11.2026 12:00")
        #expect(state.activeContexts == [.form, .edit, .app])
        press(.ctrl("u"), in: &state)
        type("23.11.2026 10:30", in: &state)
        press(.enter, in: &state)

        // Then only the 11:00 mark is flagged, for review, and the account is blocked
        let report = try #require(try screen(state).report)
        #expect(report.operationCount == 1)
        #expect(report.entries.map(\.log.targetTable) == ["mark"])
        #expect(report.entries.map(\.localTime) == ["23.11.2026 11:00"])
        let flagged = try school.admin.invalidatedEntries()
        #expect(Set(flagged.map(\.operationID)) == Set(report.entries.map(\.log.operationID)))
        #expect(try mathTeachersAccount(school).blocked)
        #expect(try screen(state).status?.kind == .success)
        Snapshot.assertMatches(AppView(state: state).render(), named: "admin-accounts-compromised-80x24-ru")

        // Esc goes back to the list, which shows the account blocked
        press(.escape, in: &state)
        #expect(try screen(state).report == nil)
        #expect(try screen(state).selectedAccount?.blocked == true)
    }

    @Test func aMistypedMomentIsRefusedAndChangesNothing() throws {
        let school = try SchoolFixture()
        var state = try onTheMathTeacher(school)
        try twoMarks(school)
        let before = try school.logCount()

        press(.function(7), in: &state)
        Snapshot.assertMatches(AppView(state: state).render(), named: "admin-accounts-compromised-form-80x24-ru")
        press(.ctrl("u"), in: &state)
        type("31.11.2026 10:30", in: &state)
        press(.enter, in: &state)

        #expect(try screen(state).status == .error(LocalizedText(ru: "«31.11.2026 10:30» — не дата и время: нужно ДД.ММ.ГГГГ ЧЧ:ММ.",
                                                                 en: "\"31.11.2026 10:30\" is not a date and time: type DD.MM.YYYY HH:MM.")))
        #expect(try screen(state).momentForm?[0] == "31.11.2026 10:30")
        #expect(try school.logCount() == before)
        #expect(try !mathTeachersAccount(school).blocked)
        #expect(try school.admin.invalidatedEntries().isEmpty)

        // Esc closes the form without reporting anything
        press(.escape, in: &state)
        #expect(try screen(state).momentForm == nil)
        #expect(try school.logCount() == before)
    }

    @Test func aDeputyGetsTheModelsRefusalAndChangesNothing() throws {
        let school = try SchoolFixture()
        try accounts(school)
        let deputy = school.actor([.deputy])
        var expected: LocalizedText?
        do { _ = try deputy.accountSummaries() } catch { expected = error.message }
        let before = try school.logCount()

        var state = school.app(AccountsScreen(session: deputy), as: deputy)
        #expect(try screen(state).status == .error(try #require(expected)))
        #expect(try screen(state).accounts.isEmpty)
        press(.function(5), .function(6), .function(7), .enter, in: &state)

        #expect(try school.logCount() == before)
        #expect(try screen(state).issued == nil && screen(state).momentForm == nil)
    }
}
