import Foundation
import GRDB
import JournalTestSupport
import Testing
@testable import JournalModel

/// The administrator's forms for subjects, workload and classes: names typed as a school writes
/// them are resolved by the model; every bad value is refused with nothing written.
@Suite struct SchoolCatalogTests {
    /// One typed workload the fixture lacks: Попов teaches Russian in 1А.
    private let russianIn1A = TypedWorkload(teacher: "Попов И. С.", subject: "русский язык", schoolClass: "1 А", hours: "4")

    @Test func aSubjectNeedsAUniqueNameAndAShortEnoughShortName() throws {
        let school = try SchoolFixture()
        let before = try school.logCount()
        #expect(throws: Refusal.invalidValue(LocalizedText(ru: "Нужно название предмета.", en: "A subject needs a name."))) {
            try school.admin.createSubject(name: "  ", shortName: "")
        }
        #expect(throws: Refusal.duplicate(LocalizedText(ru: "Предмет «математика» уже есть.", en: "The subject математика already exists."))) {
            try school.admin.createSubject(name: "математика", shortName: "М")
        }
        #expect(throws: Refusal.self) { try school.admin.createSubject(name: "Информатика", shortName: "Информатик") }
        #expect(try school.logCount() == before)

        let created = try school.admin.createSubject(name: " Информатика ", shortName: "", scale: .passFail)
        #expect(created.name == "Информатика" && created.shortName == "Инфо" && created.scale == .passFail)
        #expect(try school.admin.subjects().map(\.name) == ["Английский язык", "Информатика", "Математика", "Русский язык", "Физическая культура"])
    }

    @Test func aTypedWorkloadIsResolvedByNames() throws {
        let school = try SchoolFixture()
        try school.admin.addWorkload(russianIn1A)
        let line = try #require(try school.admin.workloads().first { $0.classTitle == "1А" && $0.teacherName == "Попов И. С." })
        #expect(line.subjectName == "Русский язык" && line.workload.hoursPerWeek == 4 && line.subgroupName == nil)
    }

    @Test func aWorkloadForAGroupTheClassLacksCreatesTheGroup() throws {
        let school = try SchoolFixture()
        try school.admin.addWorkload(TypedWorkload(teacher: "Кузнецова Ольга Ильинична", subject: "Мат", schoolClass: "5А",
                                                   group: "3 группа", hours: "1,5"))
        let line = try #require(try school.admin.workloads().first { $0.subgroupName == "3 группа" })
        #expect(line.subjectName == "Математика" && line.workload.hoursPerWeek == 1.5)
        // The same workload again is refused: the group is found, not made twice.
        #expect(throws: Refusal.duplicate(LocalizedText(ru: "Эта нагрузка уже есть.", en: "This workload is already there."))) {
            try school.admin.addWorkload(TypedWorkload(teacher: "Кузнецова О. И.", subject: "Математика", schoolClass: "5А",
                                                       group: "3 группа", hours: "2"))
        }
        let groups = try school.journal.database.pool.read { db in try Subgroup.filter(Column("name") == "3 группа").fetchCount(db) }
        #expect(groups == 1)
    }

    @Test(arguments: [
        (TypedWorkload(teacher: "Петров", subject: "Математика", schoolClass: "1А", hours: "2"), "Сотрудника «Петров» нет в журнале."),
        (TypedWorkload(teacher: "", subject: "Математика", schoolClass: "1А", hours: "2"), "Укажите учителя."),
        (TypedWorkload(teacher: "Попов И. С.", subject: "Химия", schoolClass: "1А", hours: "2"), "Предмета «Химия» нет в журнале."),
        (TypedWorkload(teacher: "Попов И. С.", subject: "Математика", schoolClass: "7В", hours: "2"),
         "Класса «7В» нет в этом учебном году (класс пишется как «5А»)."),
        (TypedWorkload(teacher: "Попов И. С.", subject: "Математика", schoolClass: "1А", hours: "41"), "Часы в неделю — число от 0 до 40."),
        (TypedWorkload(teacher: "Попов И. С.", subject: "Математика", schoolClass: "1А", group: "2 группа", hours: "x"),
         "Часы в неделю — число от 0 до 40."),
        (TypedWorkload(teacher: "Иванова М. П.", subject: "Математика", schoolClass: "5А", hours: "5"), "Эта нагрузка уже есть."),
    ])
    func aBadWorkloadIsRefusedAndWritesNothing(typed: TypedWorkload, message: String) throws {
        let school = try SchoolFixture()
        let before = try school.logCount()
        do {
            try school.admin.addWorkload(typed)
            Issue.record("\(typed) was accepted")
        } catch {
            #expect(error.message.russian == message)
        }
        #expect(try school.logCount() == before)
    }

    @Test func aClassIsCreatedAndGivenAClassTeacherByNames() throws {
        let school = try SchoolFixture()
        let created = try school.admin.createClass(named: "5 б", classTeacher: "Лебедев П. Л.")
        #expect(created.title == "5Б" && created.classTeacherID == school.substituteTeacher.id && created.yearID == school.year.id)
        #expect(throws: Refusal.duplicate(LocalizedText(ru: "Класс 5Б уже есть.", en: "Class 5Б already exists."))) {
            try school.admin.createClass(named: "5Б", classTeacher: "")
        }
        #expect(throws: Refusal.self) { try school.admin.createClass(named: "12А", classTeacher: "") }

        try school.admin.setClassTeacher(classID: created.id, named: "Соколова Анна Юрьевна")
        #expect(try school.admin.schoolClasses(on: SchoolFixture.today).first { $0.id == created.id }?.classTeacherName == "Соколова А. Ю.")
        let before = try school.logCount()
        #expect(throws: Refusal.self) { try school.admin.setClassTeacher(classID: created.id, named: "Нет Такого") }
        #expect(try school.logCount() == before)
        try school.admin.setClassTeacher(classID: created.id, named: "")
        #expect(try school.admin.schoolClasses(on: SchoolFixture.today).first { $0.id == created.id }?.classTeacherName == nil)
    }

    /// Every role but the administrator's is refused each of these forms, with the refusal the
    /// permission table gives that role for the school's structure.
    @Test(arguments: Role.allCases.filter { $0 != .administrator })
    func onlyTheAdministratorAddsToTheCatalogs(role: Role) throws {
        let school = try SchoolFixture()
        let session = school.actor([role])
        let expected = try #require(PermissionRules.decide(.schoolStructure, roles: [role], facts: PermissionFacts()).refusal)
        let before = try school.logCount()
        let attempts: [() throws -> Void] = [
            { _ = try session.createSubject(name: "Информатика", shortName: "Инф") },
            { _ = try session.addWorkload(russianIn1A) },
            { _ = try session.createClass(named: "6А", classTeacher: "") },
            { try session.setClassTeacher(classID: school.class5A.id, named: "Попов И. С.") },
        ]
        for attempt in attempts {
            #expect(throws: expected) { try attempt() }
        }
        #expect(try school.logCount() == before)
    }
}
