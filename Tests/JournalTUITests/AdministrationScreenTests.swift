import Foundation
import JournalTestSupport
@testable import JournalModel
import Testing
@testable import JournalTUI

/// The administrator's menu, the periods and the class lists, driven by keys: each change is the
/// model's, a refusal keeps what was typed; golden snapshots of every screen at 80×24 in Russian.
@Suite struct AdministrationScreenTests {
    private func press(_ keys: Key..., in state: inout AppState) {
        for key in keys { state.reduce(.key(key)) }
    }

    private func type(_ text: String, in state: inout AppState) {
        for character in text { state.reduce(.key(.character(character))) }
    }

    /// The administrator's home with F8 pressed: the administration menu.
    private func menu(_ school: SchoolFixture) -> AppState {
        var state = school.app(HomeScreen(session: school.admin), as: school.admin)
        press(.function(8), in: &state)
        return state
    }

    /// The menu's `index`-th section opened.
    private func section(_ index: Int, _ school: SchoolFixture) -> AppState {
        var state = menu(school)
        for _ in 0..<index { press(.down, in: &state) }
        press(.enter, in: &state)
        return state
    }

    private func roster(_ state: AppState) throws -> ClassRosterScreen { try #require(state.screen as? ClassRosterScreen) }

    @Test func onlyTheAdministratorGetsTheMenu() throws {
        let school = try SchoolFixture()
        var state = menu(school)
        #expect(state.screen is AdministrationScreen)
        Snapshot.assertMatches(AppView(state: state).render(), named: "admin-menu-80x24-ru")

        let deputy = school.actor([.deputy])
        state = school.app(HomeScreen(session: deputy), as: deputy)
        press(.function(8), in: &state)
        #expect(state.screen is HomeScreen)
        #expect(state.visibleStatus == .error(Refusal.onlyAdministrator.message))
    }

    @Test func closingAndReopeningAPeriod() throws {
        // Given the periods screen on the first quarter
        let school = try SchoolFixture()
        var state = section(0, school)
        #expect((state.screen as? PeriodsScreen)?.selectedPeriod?.id == school.quarter1.id)
        Snapshot.assertMatches(AppView(state: state).render(), named: "admin-periods-80x24-ru")

        // When F5 asks and Enter confirms
        press(.function(5), in: &state)
        Snapshot.assertMatches(AppView(state: state).render(), named: "admin-periods-close-80x24-ru")
        press(.enter, in: &state)

        // Then the quarter is closed in the journal
        #expect(try school.admin.periods(ofYearContaining: SchoolFixture.today).first { $0.id == school.quarter1.id }?.closed == true)

        // And reopening without a reason is refused, the form staying open; with one it is done and logged
        press(.function(6), in: &state)
        press(.enter, in: &state)
        #expect(state.visibleStatus?.kind == .error)
        type("Исправление ошибки учителя", in: &state)
        Snapshot.assertMatches(AppView(state: state).render(), named: "admin-periods-reopen-80x24-ru")
        press(.enter, in: &state)
        #expect(try school.admin.periods(ofYearContaining: SchoolFixture.today).first { $0.id == school.quarter1.id }?.closed == false)
        #expect(try school.lastLogReason() == "Исправление ошибки учителя")
        #expect(state.visibleStatus?.kind == .success)
    }

    @Test func anArrivalTypedInTheFormIsEnrolled() throws {
        // Given 5А's list (the classes are 1А, then 5А)
        let school = try SchoolFixture()
        var state = section(1, school)
        Snapshot.assertMatches(AppView(state: state).render(), named: "admin-classes-80x24-ru")
        press(.down, .enter, in: &state)
        #expect(try roster(state).schoolClass.id == school.class5A.id)
        Snapshot.assertMatches(AppView(state: state).render(), named: "admin-class-students-80x24-ru")

        // When F4 is filled in with a mistyped birth date
        press(.function(4), in: &state)
        type("Орлов", in: &state)
        press(.tab, in: &state)
        type("Иван", in: &state)
        press(.tab, .tab, in: &state)
        type("32.13.2015", in: &state)
        press(.tab, .tab, in: &state)
        type("из школы № 7", in: &state)
        press(.enter, in: &state)

        // Then nothing is written, the cursor is on the date and what was typed stays
        #expect(state.visibleStatus?.kind == .error)
        let form = try #require(try roster(state).form)
        #expect(form.fields.focus == 3 && form.fields[0] == "Орлов" && form.fields[5] == "из школы № 7")
        #expect(try school.admin.classRoster(classID: school.class5A.id, on: SchoolFixture.today).count == school.students.count)

        // When the date is corrected
        press(.ctrl("u"), in: &state)
        type("02.04.2015", in: &state)
        Snapshot.assertMatches(AppView(state: state).render(), named: "admin-arrival-80x24-ru")
        press(.enter, in: &state)

        // Then Орлов is in 5А from today, with his arrival
        let orlov = try #require(try school.admin.classRoster(classID: school.class5A.id, on: SchoolFixture.today)
            .first { $0.student.lastName == "Орлов" })
        #expect(orlov.joinedOn == SchoolFixture.today && orlov.student.birthDate == SchoolDate("2015-04-02"))
        #expect(orlov.movements.map(\.note) == ["из школы № 7"])
        #expect(try roster(state).form == nil && state.visibleStatus?.kind == .success)

        // And back on the classes, the next tick counts him
        press(.escape, in: &state)
        state.reduce(.tick)
        #expect((state.screen as? ClassesScreen)?.classes.first { $0.id == school.class5A.id }?.studentCount == school.students.count + 1)
    }

    @Test func aTransferAndADepartureKeepTheStudentOnTheList() throws {
        let school = try SchoolFixture()
        var state = section(1, school)
        press(.down, .enter, in: &state)
        let first = try #require(try roster(state).selected?.student)

        // A transfer to a class that does not exist is refused, naming it
        press(.function(5), in: &state)
        type("7В", in: &state)
        press(.enter, in: &state)
        #expect(state.visibleStatus?.kind == .error)
        #expect(try roster(state).form?.fields[0] == "7В")

        // To 1А it is recorded: the student stays on 5А's list with the dates they were in it
        press(.ctrl("u"), in: &state)
        type("1 А", in: &state)
        press(.enter, in: &state)
        #expect(state.visibleStatus?.kind == .success)
        let moved = try #require(try roster(state).roster.last)
        #expect(moved.student.id == first.id && moved.leftOn == SchoolFixture.today.adding(days: -1))
        #expect(try school.admin.classRoster(classID: school.class1A.id, on: SchoolFixture.today).contains { $0.student.id == first.id })

        // A departure of the next student
        let second = try #require(try roster(state).selected?.student)
        press(.function(6), in: &state)
        press(.tab, in: &state)
        type("переезд в другой город", in: &state)
        press(.enter, in: &state)
        let left = try #require(try roster(state).roster.first { $0.student.id == second.id })
        #expect(left.leftOn == SchoolFixture.today && left.movements.last?.kind == .departure)
    }
}

extension AdministrationScreenTests {
    @Test func theStudentsCardTurnsAParentsConsentOffAndOn() throws {
        // Given Алексеев's card (5А's first student, whose father has consent)
        let school = try SchoolFixture()
        var state = section(1, school)
        press(.down, .enter, .enter, in: &state)
        let card = try #require(state.screen as? StudentCardScreen)
        #expect(card.guardians.map(\.parent.id) == [school.parent.id])
        Snapshot.assertMatches(AppView(state: state).render(), named: "admin-student-card-80x24-ru")

        // When F7 is pressed, consent is withdrawn: the father no longer reads the diary
        press(.function(7), in: &state)
        let father = school.actor([.parent], person: school.parent)
        #expect(try father.diaryPupils().isEmpty)

        // And F7 again registers it
        press(.function(7), in: &state)
        #expect(try father.diaryPupils().map(\.id) == [school.students[0].id])
        #expect(state.visibleStatus?.kind == .success)
    }
}
