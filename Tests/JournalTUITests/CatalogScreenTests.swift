import Foundation
import JournalTestSupport
@testable import JournalModel
import Testing
@testable import JournalTUI

/// The administrator's subjects, workload, kinds of work and classes screens driven by keys: each
/// addition is the model's, a refusal keeps what was typed; golden snapshots at 80×24 in Russian.
@Suite struct CatalogScreenTests {
    private func press(_ keys: Key..., in state: inout AppState) {
        for key in keys { state.reduce(.key(key)) }
    }

    private func type(_ text: String, in state: inout AppState) {
        for character in text { state.reduce(.key(.character(character))) }
    }

    /// The administration menu's `section` opened by the administrator.
    private func open(_ section: AdministrationScreen.Section, _ school: SchoolFixture) -> AppState {
        var state = school.app(AdministrationScreen(), as: school.admin)
        for _ in 0..<AdministrationScreen.Section.allCases.firstIndex(of: section)! { press(.down, in: &state) }
        press(.enter, in: &state)
        return state
    }

    @Test func aSubjectIsAddedOnTheFormAndARefusalKeepsTheForm() throws {
        // Given the subjects screen
        let school = try SchoolFixture()
        var state = open(.subjects, school)
        Snapshot.assertMatches(AppView(state: state).render(), named: "admin-subjects-80x24-ru")

        // When F4 opens the form and a subject the school has is typed
        press(.function(4), in: &state)
        type("Математика", in: &state)
        press(.enter, in: &state)

        // Then the model's refusal is shown and the form keeps the name
        #expect(state.visibleStatus?.text.russian == "Предмет «Математика» уже есть.")
        Snapshot.assertMatches(AppView(state: state).render(), named: "admin-subject-refused-80x24-ru")

        // When the name is changed and a pass/fail scale typed
        press(.backspace, in: &state)
        for _ in 0..<9 { press(.backspace, in: &state) }
        type("Информатика", in: &state)
        press(.tab, in: &state)
        type("Инф", in: &state)
        press(.tab, in: &state)
        press(.backspace, in: &state)
        type("зачёт", in: &state)
        press(.enter, in: &state)

        // Then the subject is in the journal and in the list
        let added = try #require(try school.admin.subjects().first { $0.name == "Информатика" })
        #expect(added.shortName == "Инф" && added.scale == .passFail)
        #expect(try #require(state.screen as? CatalogScreen<SubjectsCatalog>).items.contains(added))
    }

    @Test func aWorkloadIsAddedByNames() throws {
        let school = try SchoolFixture()
        var state = open(.workload, school)
        Snapshot.assertMatches(AppView(state: state).render(), named: "admin-workload-80x24-ru")

        press(.function(4), in: &state)
        for (index, text) in ["Попов И. С.", "Математика", "1А", "", "x"].enumerated() {
            if index > 0 { press(.tab, in: &state) }
            type(text, in: &state)
        }
        press(.enter, in: &state)
        #expect(state.visibleStatus?.text.russian == "Часы в неделю — число от 0 до 40.")
        Snapshot.assertMatches(AppView(state: state).render(), named: "admin-workload-refused-80x24-ru")

        press(.backspace, in: &state)
        type("4", in: &state)
        press(.enter, in: &state)
        #expect(try school.admin.workloads().contains { $0.teacherName == "Попов И. С." && $0.classTitle == "1А" && $0.workload.hoursPerWeek == 4 })
    }

    @Test func aWeightIsSteppedAndSavedAtOnce() throws {
        let school = try SchoolFixture()
        var state = open(.workKinds, school)
        Snapshot.assertMatches(AppView(state: state).render(), named: "admin-work-kinds-80x24-ru")
        press(.right, in: &state)
        #expect(try school.admin.settings().weight(of: WorkKind.classwork) == 1.5)
        for _ in 0..<3 { press(.left, in: &state) }
        // 1.5 → 1 → 0.5, then 0 is refused and the stored weight stays
        #expect(try school.admin.settings().weight(of: WorkKind.classwork) == 0.5)
        #expect(state.visibleStatus?.text.russian == "Вес вида работы — число от 0 до 10.")
    }

    @Test func aClassIsAddedAndItsClassTeacherChanged() throws {
        let school = try SchoolFixture()
        var state = open(.students, school)
        press(.function(4), in: &state)
        type("5Б", in: &state)
        press(.tab, in: &state)
        type("Лебедев П. Л.", in: &state)
        Snapshot.assertMatches(AppView(state: state).render(), named: "admin-class-new-80x24-ru")
        press(.enter, in: &state)
        let screen = try #require(state.screen as? ClassesScreen)
        let created = try #require(screen.classes.first { $0.title == "5Б" })
        #expect(created.classTeacherName == "Лебедев П. Л.")

        // The class teacher of the selected class (1А, the first) changed with F5
        press(.function(5), in: &state)
        for _ in 0..<20 { press(.backspace, in: &state) }
        type("Нет Такого", in: &state)
        press(.enter, in: &state)
        #expect(state.visibleStatus?.text.russian == "Сотрудника «Нет Такого» нет в журнале.")
        #expect(try school.admin.schoolClasses(on: SchoolFixture.today).first { $0.title == "1А" }?.classTeacherName == "Соколова А. Ю.")
    }
}
