import Testing
import JournalTestSupport
@testable import JournalModel

/// The сводная ведомость учёта успеваемости: its figures worked out by hand for the fixture's 5А.
@Suite struct MarksSummaryReportTests {
    /// Period marks of the second quarter: mathematics 5, 3, 2; Russian 4 and н/а; PE зач and незач.
    private func markedSchool() throws -> SchoolFixture {
        let school = try SchoolFixture()
        let (alekseev, belova, yolkin) = (school.students[0].id, school.students[1].id, school.students[2].id)
        let math = school.teacher(school.mathTeacher), russian = school.teacher(school.classTeacher)
        for (student, value) in [(alekseev, "5"), (belova, "3"), (yolkin, "2")] {
            try math.setFinalMark(studentID: student, subjectID: school.math.id, periodID: school.quarter2.id, value: value)
        }
        for (student, value) in [(alekseev, "4"), (belova, "н/а")] {
            try russian.setFinalMark(studentID: student, subjectID: school.russian.id, periodID: school.quarter2.id, value: value)
        }
        for (student, value) in [(alekseev, "зач"), (belova, "незач")] {
            try math.setFinalMark(studentID: student, subjectID: school.pe.id, periodID: school.quarter2.id, value: value)
        }
        return school
    }

    @Test func theFiguresAreTheOnesCountedByHand() throws {
        let school = try markedSchool()
        let report = try school.director.marksSummaryReport(classID: school.class5A.id, periodID: school.quarter2.id)
        let table = try #require(report.tables.first)

        // Columns: №, the student, the subjects by name (Англ, Мат, Рус, Физ), the average
        #expect(table.columns.map(\.title.russian) == ["№", "Обучающийся", "Англ", "Мат", "Рус", "Физ", "Ср. балл"])
        #expect(table.rows.map { $0.map(\.text) } == [
            ["1", "Алексеев Борис Викторович", "", "5", "4", "зач", "4,50"],
            ["2", "Белова Вера Глебовна", "", "3", "н/а", "незач", "3,00"],
            ["3", "Ёлкин Дмитрий Ефимович", "", "2", "", "", "2,00"],
        ])
        // Mathematics: 2 of 3 with 3 or higher (66.7 %), 1 of 3 with 4 or 5 (33.3 %); Russian: 1 of 2
        // (н/а counts against); PE: 1 of 2 passed, no quality on a pass/fail subject; English: no marks.
        #expect(table.totals.map { $0.dropFirst(1).dropLast().map(\.text) } == [
            ["«5»", "0", "1", "0", "0"],
            ["«4»", "0", "0", "1", "0"],
            ["«3»", "0", "1", "0", "0"],
            ["«2»", "0", "1", "0", "0"],
            ["«н/а»", "0", "0", "1", "0"],
            ["Успеваемость, %", "", "66,7", "50,0", "50,0"],
            ["Качество, %", "", "33,3", "50,0", ""],
        ])
        #expect(report.parameters.map(\.value) == ["5А", "2 четверть (05.11.2026–28.12.2026)"])
        #expect(report.stamp.logPosition == (try school.logCount()))
        #expect(report.stamp.school == (try school.journal.read { db in try Meta.value(db, key: Meta.schoolNameKey) ?? "" }))
    }

    @Test func aStudentWhoLeftWithinThePeriodIsListedWithTheDay() throws {
        let school = try markedSchool()
        try school.admin.withdrawStudent(school.students[2].id, on: SchoolFixture.today, note: "переезд")
        let report = try school.director.marksSummaryReport(classID: school.class5A.id, periodID: school.quarter2.id)
        #expect(report.tables[0].rows.map { $0[1].text }.last == "Ёлкин Дмитрий Ефимович (выбыл(а) 23.11.2026)")
    }

    @Test func aClassTeacherMakesItForTheirClassAndASubjectTeacherDoesNot() throws {
        let school = try markedSchool()
        _ = try school.teacher(school.classTeacher).marksSummaryReport(classID: school.class5A.id, periodID: school.quarter2.id)
        #expect(throws: Refusal.notVisible(.classReport)) {
            try school.teacher(school.mathTeacher).marksSummaryReport(classID: school.class5A.id, periodID: school.quarter2.id)
        }
        #expect(throws: Refusal.notVisible(.classReport)) {
            try school.teacher(school.classTeacher).marksSummaryReport(classID: school.class1A.id, periodID: school.quarter2.id)
        }
    }

    @Test func aPeriodWithoutMarksGivesAnEmptyTableNotAnError() throws {
        let school = try SchoolFixture()
        let report = try school.director.marksSummaryReport(classID: school.class5A.id, periodID: school.quarter1.id)
        #expect(report.tables[0].rows.allSatisfy { $0.dropFirst(2).allSatisfy { $0 == .empty } })
        #expect(report.tables[0].totals.last?.dropFirst(2).allSatisfy { $0 == .empty } == true)
    }
}
