import Testing
import JournalTestSupport
@testable import JournalModel

/// The class list and movement of a period.
@Suite struct ClassListReportTests {
    @Test func theListAndTheMovementsOfThePeriod() throws {
        // Given an arrival on 16.11, a transfer out on 20.11 and a departure in the first quarter
        let school = try SchoolFixture()
        try school.admin.enrollStudent(Person(id: "", kind: .student, lastName: "Абрамов", firstName: "Борис", patronymic: "",
                                                            birthDate: SchoolDate("2015-03-14")), classID: school.class5A.id,
                                                     on: SchoolDate("2026-11-16")!, note: "из школы № 5")
        try school.admin.transferStudent(school.students[1].id, toClassID: school.class1A.id, on: SchoolDate("2026-11-20")!)
        try school.admin.withdrawStudent(school.students[2].id, on: SchoolDate("2026-10-01")!)

        let report = try school.admin.classListReport(classID: school.class5A.id, periodID: school.quarter2.id)

        // Then the second quarter lists who was in 5А during it: not Ёлкин, who left in the first
        #expect(report.tables[0].rows.map { $0.map(\.text) } == [
            ["1", "Абрамов Борис", "14.03.2015", "16.11.2026", ""],
            ["2", "Алексеев Борис Викторович", "", "01.09.2026", ""],
            ["3", "Белова Вера Глебовна", "", "01.09.2026", "19.11.2026"],
        ])
        #expect(report.parameters.last?.value == "2")
        #expect(report.tables[1].rows.map { $0.map(\.text) } == [
            ["16.11.2026", "Абрамов Борис", "16.11.2026 прибытие в 5А: из школы № 5"],
            ["20.11.2026", "Белова Вера Глебовна", "20.11.2026 перевод из 5А в 1А"],
        ])
    }

    @Test func theDirectorGetsTheListWithoutBirthDates() throws {
        let school = try SchoolFixture()
        let report = try school.director.classListReport(classID: school.class5A.id, periodID: school.quarter2.id)
        #expect(!report.tables[0].columns.map(\.title.russian).contains("Дата рождения"))
        #expect(report.notes.map(\.russian) == ["Даты рождения в этом отчёте не показаны: это персональные данные."])
    }
}
