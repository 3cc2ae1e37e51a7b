import Foundation
import JournalTestSupport
import GRDB
import Testing
@testable import JournalModel

/// The calendar-thematic plan (КТП) imported from the CSV files teachers save from Excel.
@Suite struct PlanImportTests {
    /// «№;Тема урока;Кол-во часов», «1;Ёмкость и объём;2», «2;"Задачи на «движение»; встречное";1»
    /// in Windows-1251 with CRLF, as Russian Excel saves "CSV (разделители — точка с запятой)".
    static let windows1251Semicolons: [UInt8] = [
        0xB9, 0x3B, 0xD2, 0xE5, 0xEC, 0xE0, 0x20, 0xF3, 0xF0, 0xEE, 0xEA, 0xE0, 0x3B, 0xCA, 0xEE, 0xEB, 0x2D, 0xE2, 0xEE, 0x20,
        0xF7, 0xE0, 0xF1, 0xEE, 0xE2, 0x0D, 0x0A, 0x31, 0x3B, 0xA8, 0xEC, 0xEA, 0xEE, 0xF1, 0xF2, 0xFC, 0x20, 0xE8, 0x20, 0xEE,
        0xE1, 0xFA, 0xB8, 0xEC, 0x3B, 0x32, 0x0D, 0x0A, 0x32, 0x3B, 0x22, 0xC7, 0xE0, 0xE4, 0xE0, 0xF7, 0xE8, 0x20, 0xED, 0xE0,
        0x20, 0xAB, 0xE4, 0xE2, 0xE8, 0xE6, 0xE5, 0xED, 0xE8, 0xE5, 0xBB, 0x3B, 0x20, 0xE2, 0xF1, 0xF2, 0xF0, 0xE5, 0xF7, 0xED,
        0xEE, 0xE5, 0x22, 0x3B, 0x31, 0x0D, 0x0A,
    ]

    private func importMath(_ school: SchoolFixture, _ text: String, grade: Int = 5) throws -> PlanImport {
        try school.admin.importPlan(Data(text.utf8), subjectID: school.math.id, grade: grade)
    }

    private func planRows(_ school: SchoolFixture) throws -> [PlanTopic] {
        try school.journal.database.pool.read { db in try PlanTopic.order(Column("id")).fetchAll(db) }
    }

    private func problems(_ refusal: Refusal) -> [PlanFileProblem] {
        if case let .badPlanFile(problems) = refusal { return problems }
        return []
    }

    /// Expects the file to be refused, returning its problems.
    private func refused(_ school: SchoolFixture, _ data: Data) throws -> [PlanFileProblem] {
        let before = try school.logCount()
        var caught: Refusal?
        do {
            try school.admin.importPlan(data, subjectID: school.math.id, grade: 5)
        } catch {
            caught = error
        }
        let refusal = try #require(caught)
        #expect(try school.logCount() == before, "nothing is imported from a bad file")
        #expect(try planRows(school).isEmpty)
        return problems(refusal)
    }

    @Test func utf8CommaFileWithHeaderAndQuotedFields() throws {
        // Given a comma file whose topics hold a comma, quotes and a line break, inside quotes
        let school = try SchoolFixture()
        let file = #"""
            №,Тема урока,Кол-во часов
            1,"Натуральные числа, их запись",2
            2,"Задача ""о бассейне""",1
            3,"Сложение
            и вычитание",3

            """#

        // When the administrator imports it for math in grade 5
        let imported = try importMath(school, file)

        // Then the plan holds the three topics in order with their hours
        #expect(imported.topics.map(\.topic) == ["Натуральные числа, их запись", "Задача \"о бассейне\"", "Сложение и вычитание"])
        #expect(imported.topics.map(\.hours) == [2, 1, 3])
        #expect(imported.topics.map(\.number) == ["1", "2", "3"])
        #expect(imported.topics.map(\.position) == [1, 2, 3])
        #expect(imported.totalHours == 6)
        #expect(imported.replacedTopics == 0)
        #expect(try school.admin.plannedTopics(subjectID: school.math.id, grade: 5) == imported.topics)
        #expect(try school.admin.plannedTopics(subjectID: school.math.id, grade: 6).isEmpty)
        #expect(try Verifier.verify(school.journal.database).passed)
    }

    @Test func utf8WithByteOrderMarkSemicolonsAndNoHeader() throws {
        // Given Excel's "CSV UTF-8": a byte-order mark, semicolons, CRLF, no header, a blank row
        let school = try SchoolFixture()
        let data = Data([0xEF, 0xBB, 0xBF] + Array("1;Части речи;1\r\n2;Имя существительное, его признаки, род;2,0\r\n;;\r\n".utf8))

        // When imported
        let imported = try school.admin.importPlan(data, subjectID: school.math.id, grade: 5)

        // Then the first row is a topic (not a header because of «час»), commas stay in the topic, 2,0 is 2
        #expect(imported.topics.map(\.topic) == ["Части речи", "Имя существительное, его признаки, род"])
        #expect(imported.topics.map(\.hours) == [1, 2])
    }

    @Test func windows1251WithSemicolons() throws {
        // Given the Windows-1251 semicolon file / When imported
        let school = try SchoolFixture()
        let imported = try school.admin.importPlan(Data(Self.windows1251Semicolons), subjectID: school.math.id, grade: 5)

        // Then Cyrillic, Ё, «» and the quoted semicolon come through
        #expect(imported.topics.map(\.topic) == ["Ёмкость и объём", "Задачи на «движение»; встречное"])
        #expect(imported.topics.map(\.hours) == [2, 1])
    }

    @Test func headerNamesColumnsInAnotherOrder() throws {
        let school = try SchoolFixture()
        let imported = try importMath(school, """
            Дата;Тема;Часы;№ п/п;Примечание
            01.09;Повторение;1;1;
            02.09;Делимость;2;2;контрольная
            """)
        #expect(imported.topics.map(\.topic) == ["Повторение", "Делимость"])
        #expect(imported.topics.map(\.hours) == [1, 2])
        #expect(imported.topics.map(\.number) == ["1", "2"])
    }

    @Test func titleRowsAboveTheHeaderAndSectionHeadingsAreSkipped() throws {
        // Given Excel's sheet with a title, the header, and section rows carrying the section's total hours
        let school = try SchoolFixture()
        let imported = try importMath(school, """
            Математика;5 класс;170 часов
            Учитель: Иванова М. П.;;
            № п/п;Тема урока;Кол-во
            ;Раздел 1. Натуральные числа;3
            1;Ряд натуральных чисел;1
            2;Сравнение чисел;2
            ;Глава 2. Дроби;1
            3;Доли;1
            """)
        // Then only the numbered topics are the plan
        #expect(imported.topics.map(\.topic) == ["Ряд натуральных чисел", "Сравнение чисел", "Доли"])
        #expect(imported.topics.map(\.hours) == [1, 2, 1])
    }

    @Test func badRowsAreReportedByLineAndNothingIsImported() throws {
        // Given a file with a topic missing on line 3 and hours that are not a number on lines 4 and 6
        let school = try SchoolFixture()
        let data = Data("""
            №;Тема урока;Кол-во часов
            1;Дроби;2
            2;;1
            3;Проценты;два
            4;Площадь;1
            5;Объём;1.5
            """.utf8)

        // When imported / Then refused, naming each line
        let problems = try refused(school, data)
        #expect(problems.map(\.line) == [3, 4, 6])
        let message = Refusal.badPlanFile(problems).message
        #expect(message.russian.hasPrefix("Файл не импортирован: ошибки в строках 3, 4, 6."))
        #expect(message.russian.contains("Строка 3: не указана тема урока."))
        #expect(message.russian.contains("Строка 4: количество часов «два» — не целое число"))
        #expect(message.english.hasPrefix("The file was not imported: errors on lines 3, 4, 6."))
        #expect(message.english.contains("Line 6: hours \"1.5\" is not a whole number"))
    }

    @Test func lineNumbersCountLinesInsideQuotedTopics() throws {
        // Given a bad row after a topic spanning two lines / Then its line is the file's line 3
        let school = try SchoolFixture()
        let problems = try refused(school, Data("1;\"Длинная\nтема\";1\n2;Ещё;\n3;Хорошо;1\n".utf8))
        #expect(problems.map(\.line) == [3])
    }

    @Test(arguments: ["", "\u{FEFF}", "№;Тема урока;Кол-во часов\r\n", ";;\r\n;;\r\n"])
    func fileWithoutTopicsIsRefused(text: String) throws {
        let school = try SchoolFixture()
        let problems = try refused(school, Data(text.utf8))
        #expect(problems.count == 1)
        #expect(problems.first?.line == nil)
        #expect(Refusal.badPlanFile(problems).message.russian.contains("в файле нет ни одной темы"))
    }

    @Test func unclosedQuoteIsReportedWhereItOpens() throws {
        let school = try SchoolFixture()
        let problems = try refused(school, Data("1;Дроби;1\n2;\"Проценты;1\n3;Площадь;1\n".utf8))
        #expect(problems.map(\.line) == [2])
    }

    @Test func tooFewColumnsIsABadRow() throws {
        let school = try SchoolFixture()
        let problems = try refused(school, Data("1;Дроби;1\n2;Проценты\n".utf8))
        #expect(problems.map(\.line) == [2])
    }

    @Test func importingAgainReplacesThePlanThroughTheLog() throws {
        // Given a plan of three topics
        let school = try SchoolFixture()
        let first = try importMath(school, "1;Дроби;2\n2;Проценты;1\n3;Площадь;1\n")
        let before = try school.logCount()

        // When a new plan of two topics is imported
        let second = try importMath(school, "1;Натуральные числа;3\n2;Дроби;2\n")

        // Then the plan is the new one; the old topics are tombstoned, not deleted, each change logged
        #expect(second.replacedTopics == 3)
        #expect(try school.admin.plannedTopics(subjectID: school.math.id, grade: 5).map(\.topic) == ["Натуральные числа", "Дроби"])
        let rows = try planRows(school)
        #expect(rows.count == 5)
        #expect(Set(rows.filter { $0.state == .deleted }.map(\.id)) == Set(first.topics.map(\.id)))
        #expect(try school.logCount() == before + 3 + 2)
        #expect(try Verifier.verify(school.journal.database).passed)
    }

    @Test func plansOfOtherGradesAndSubjectsAreLeftAlone() throws {
        let school = try SchoolFixture()
        _ = try importMath(school, "1;Дроби;1\n", grade: 6)
        try school.admin.importPlan(Data("1;Фонетика;1\n".utf8), subjectID: school.russian.id, grade: 5)
        let imported = try importMath(school, "1;Проценты;1\n")
        #expect(imported.replacedTopics == 0)
        #expect(try school.admin.plannedTopics(subjectID: school.math.id, grade: 6).map(\.topic) == ["Дроби"])
        #expect(try school.admin.plannedTopics(subjectID: school.russian.id, grade: 5).map(\.topic) == ["Фонетика"])
    }

    @Test func teachersOfTheSubjectInTheGradeMayImport() throws {
        // Given the math teacher (math in 5А) / When importing math for grade 5 / Then accepted
        let school = try SchoolFixture()
        let file = Data("1;Дроби;1\n".utf8)
        try school.teacher(school.mathTeacher).importPlan(file, subjectID: school.math.id, grade: 5)
        // And a group's teacher imports for the subject too
        try school.teacher(school.englishTeacher2).importPlan(file, subjectID: school.english.id, grade: 5)
        let before = try school.logCount()

        // When others import / Then refused with their reason, nothing written
        #expect(throws: Refusal.notInWorkload) {
            try school.teacher(school.mathTeacher).importPlan(file, subjectID: school.math.id, grade: 6)
        }
        #expect(throws: Refusal.notInWorkload) {
            try school.teacher(school.classTeacher).importPlan(file, subjectID: school.math.id, grade: 5)
        }
        #expect(throws: Refusal.onlyAdministratorOrSubjectTeacher) {
            try school.actor([.deputy]).importPlan(file, subjectID: school.math.id, grade: 5)
        }
        #expect(throws: Refusal.onlyAdministratorOrSubjectTeacher) {
            try school.actor([.director]).importPlan(file, subjectID: school.math.id, grade: 5)
        }
        #expect(throws: Refusal.studentsAndParentsCannotEdit) {
            try school.actor([.student], person: school.students[0]).importPlan(file, subjectID: school.math.id, grade: 5)
        }
        #expect(throws: Refusal.invalidValue(LocalizedText(ru: "Параллель — число от 1 до 11.", en: "The grade is a number from 1 to 11."))) {
            try school.admin.importPlan(file, subjectID: school.math.id, grade: 12)
        }
        #expect(try school.logCount() == before)
    }

    @Test func separatorIsTheOneThatGivesEvenRows() {
        // A semicolon file whose topics hold more commas than semicolons
        let text = "1;Числа: сложение, вычитание, умножение, деление;2\n2;Дроби;1\n"
        #expect(CSVText.separator(of: text, minimumColumns: 3) == ";")
        #expect(CSVText.separator(of: "1,\"Дроби; доли\",1\n2,Проценты,1\n", minimumColumns: 3) == ",")
        #expect(CSVText.separator(of: "1\tДроби\t1\n", minimumColumns: 3) == "\t")
    }

    @Test func utf16FromExcelsUnicodeTextIsRead() throws {
        let school = try SchoolFixture()
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "№\tТема\tЧасы\r\n1\tДроби\t2\r\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let imported = try school.admin.importPlan(Data(bytes), subjectID: school.math.id, grade: 5)
        #expect(imported.topics.map(\.topic) == ["Дроби"])
        #expect(imported.topics.map(\.hours) == [2])
    }
}
