import Foundation
import GRDB
import JournalTestSupport
import Testing
@testable import JournalModel

/// Setting a school up from its own files: columns found by their headers wherever they are,
/// every bad row reported with nothing written, a second import changing nothing, a changed file
/// updating what it matches and listing (never removing) what is gone.
@Suite struct SchoolImportTests {
    private func table(_ text: String, _ name: String = "ученики.csv", encoding: String.Encoding = .utf8) throws -> ImportTable {
        try ImportTable.csv(try #require(text.data(using: encoding)), fileName: name)
    }

    private func problems(_ body: () throws -> ImportReport) -> [ImportProblem] {
        do {
            _ = try body()
        } catch let Refusal.badSchoolFile(problems) {
            return problems
        } catch {
            Issue.record("unexpected \(error)")
        }
        return []
    }

    /// A students' file as a secretary writes it: a title row, an empty row, columns in their own
    /// order and spelling, an extra column, Windows-1251.
    static let secretarysFile = """
        Список обучающихся на 23.11.2026
        ;;;;
        Пол;Д.р.;ФИО;Класс;Примечание
        м;;Алексеев Борис Викторович;5 А;
        ж;;Белова Вера Глебовна;5-А;
        м;;Ёлкин Дмитрий Ефимович;5«А»;
        ж;01.06.2015;Гусева Ирина Павловна;6 "Б";новенькая
        """

    @Test func aSecretarysFileImportsAndASecondImportChangesNothing() throws {
        let school = try SchoolFixture()
        let before = try school.logCount()
        let report = try school.admin.importSchoolFile(.students, try table(Self.secretarysFile, encoding: .windowsCP1251))
        #expect(report.added.map { $0.russian } == ["класс 6Б", "Гусева Ирина Павловна, 6Б"])
        // The three already in 5А: the file adds their sex, nothing else.
        #expect(report.unchanged == 0 && report.changed.map(\.russian) == [
            "Алексеев Борис Викторович: пол — → m", "Белова Вера Глебовна: пол — → f", "Ёлкин Дмитрий Ефимович: пол — → m",
        ])
        #expect(report.missing == ["Жуков Егор Олегович"])  // 1А is not in this file: listed, not removed
        #expect(report.unknownColumns == ["Примечание"] && report.written)
        #expect(try school.logCount() > before)

        // She arrived today in the new class, with her birth date and sex; the arrival is a movement.
        let (enrollment, movement) = try school.journal.database.pool.read { db in
            let row = try #require(try Row.fetchOne(db, sql: """
                SELECT enrollment.starts_on, school_class.grade, school_class.letter, person.birth_date, person.sex
                FROM person JOIN enrollment ON enrollment.student_id = person.id JOIN school_class ON school_class.id = enrollment.class_id
                WHERE person.last_name = 'Гусева'
                """))
            let movement = try String.fetchOne(db, sql: "SELECT movement.kind FROM movement JOIN person ON person.id = movement.student_id WHERE person.last_name = 'Гусева'")
            return ("\(row["starts_on"] as String) \(row["grade"] as Int)\(row["letter"] as String) \(row["birth_date"] as String) \(row["sex"] as String)", movement)
        }
        #expect(enrollment == "2026-11-23 6Б 2015-06-01 f" && movement == "arrival")
        #expect(try school.journal.verify().passed)

        let logged = try school.logCount()
        let again = try school.admin.importSchoolFile(.students, try table(Self.secretarysFile, encoding: .windowsCP1251))
        #expect(again.added.isEmpty && again.changed.isEmpty && again.unchanged == 4)
        #expect(try school.logCount() == logged)
    }

    @Test func aChangedFileUpdatesWhatItMatchesAndListsWhatIsGone() throws {
        let school = try SchoolFixture()
        let report = try school.admin.importSchoolFile(.students, try table("""
            Фамилия;Имя;Отчество;Класс;Телефон
            Алексеев;Борис;Викторович;5А;+7 900 111-22-33
            Ёлкин;Дмитрий;Ефимович;5Б;
            """))
        #expect(report.changed.map(\.russian) == ["Алексеев Борис Викторович: телефон — → +7 900 111-22-33"])
        #expect(report.missing == ["Белова Вера Глебовна", "Жуков Егор Олегович"])
        // Ёлкин is in 5А in the journal: a transfer to 5Б is dated on a screen, not by the import.
        #expect(report.notes.map(\.russian) == ["Ёлкин Дмитрий Ефимович: в файле — 5Б, в журнале — 5А; перевод оформляется в журнале с датой."])
        let belova = try school.admin.classAttendance(classID: school.class5A.id, from: SchoolFixture.today, to: SchoolFixture.today).students
        #expect(belova.contains { $0.lastName == "Белова" } && belova.contains { $0.lastName == "Ёлкин" })
        #expect(try school.admin.personDetails(id: school.students[0].id).phone == "+7 900 111-22-33")
    }

    @Test func aFileWithFiveBadRowsWritesNothingAndNamesEachOne() throws {
        let school = try SchoolFixture()
        let before = try school.logCount()
        let found = problems {
            try school.admin.importSchoolFile(.students, try table("""
                ФИО;Дата рождения;Класс;Пол
                Петров;01.01.2015;5А;м
                Сидоров Иван;31.02.2015;5А;м
                Кузнецов Олег;;12А;м
                Орлова Анна;;5А;х
                Орлова Анна;02.02.2015;5А;ж
                Орлова Анна;02.02.2015;5А;ж
                Новикова Ольга;03.03.2015;5А;ж
                """))
        }
        #expect(Refusal.badSchoolFile(found).message.russian == """
            Ничего не импортировано, ошибок: 5.
            ученики.csv, строка 2, столбец «ФИО»: «Петров» — нужны фамилия и имя (и отчество, если есть).
            ученики.csv, строка 3, столбец «Дата рождения»: «31.02.2015» — нужна дата в виде ДД.ММ.ГГГГ.
            ученики.csv, строка 4, столбец «Класс»: «12А» — класс пишется как «5А» (параллель 1–11 и буква).
            ученики.csv, строка 5, столбец «Пол»: «х» — пол — «м» или «ж».
            ученики.csv, строка 7 — ученик «Орлова Анна» с той же датой рождения уже есть в строке 6.
            """)
        #expect(try school.logCount() == before)
    }

    @Test func filesWithoutRowsOrHeaderOrReadableTextAreRefused() throws {
        let school = try SchoolFixture()
        #expect(problems { try school.admin.importSchoolFile(.students, try table("ФИО;Класс\n")) }.first?.expected.russian
                == "после строки заголовков нет ни одной строки с данными.")
        #expect(problems { try school.admin.importSchoolFile(.students, try table("Имя ученика;Группа\nИванов;5А\n")) }.first?.expected.russian
                == "не найдена строка заголовков со столбцами ФИО + Класс или Фамилия + Имя + Класс.")
        #expect(throws: Refusal.self) { try ImportTable.csv(Data(), fileName: "ученики.csv") }
        #expect(throws: Refusal.self) { try ImportTable.csv(Data([0x00, 0xFF, 0x00, 0xD8]), fileName: "ученики.xlsx") }
    }

    @Test func aDryRunReportsTheSameAndWritesNothing() throws {
        let school = try SchoolFixture()
        let before = try school.logCount()
        let report = try school.admin.importSchoolFile(.students, try table(Self.secretarysFile), dryRun: true)
        #expect(report.added.count == 2 && !report.written)
        #expect(try school.logCount() == before)
    }

    @Test func onlyTheAdministratorImports() throws {
        let school = try SchoolFixture()
        for session in [school.teacher(school.classTeacher), school.director, school.actor([.deputy]),
                        school.actor([.student], person: school.students[0])] {
            #expect(throws: Refusal.self) { try session.importSchoolFile(.students, try table(Self.secretarysFile), dryRun: true) }
        }
    }

    @Test func periodsMakeTheSchoolYearOnce() throws {
        let school = try SchoolFixture()
        let periods = """
            Период,Начало,Конец
            1 триместр,01.09.2027,30.11.2027
            2 триместр,2027-12-01,28.02.2028
            3 триместр,01.03.2028,31.05.2028
            """
        let report = try school.admin.importSchoolFile(.periods, try table(periods, "периоды.csv"))
        #expect(report.added.map(\.russian) == ["учебный год 2027/2028", "1 триместр", "2 триместр", "3 триместр"])
        let next = try school.admin.periods(ofYearContaining: SchoolDate("2027-10-01")!)
        #expect(next.map(\.kind) == [.trimester, .trimester, .trimester, .year])
        #expect(try school.admin.importSchoolFile(.periods, try table(periods, "периоды.csv")).unchanged == 3)

        let overlapping = problems {
            try school.admin.importSchoolFile(.periods, try table("Период;Начало;Конец\nI;01.09.2028;30.12.2028\nII;20.12.2028;31.05.2029\n", "периоды.csv"))
        }
        #expect(overlapping.map(\.line) == [3])
    }

    @Test func subjectsAndStaffWithTheirClassTeachers() throws {
        let school = try SchoolFixture()
        let subjects = try school.admin.importSchoolFile(.subjects, try table("""
            Предмет;Краткое название;Шкала
            Математика;Матем;пятибалльная
            Химия;Хим;
            Физическая культура;;пятибалльная
            """, "предметы.csv"))
        #expect(subjects.added.map(\.russian) == ["Химия"])
        #expect(subjects.changed.map(\.russian) == ["Математика: Мат → Матем", "Физическая культура: пятибалльная"])
        #expect(subjects.missing == ["Английский язык", "Русский язык"])

        let staff = try school.admin.importSchoolFile(.staff, try table("""
            ФИО;Должность;Класс
            Иванова Мария Петровна;учитель математики;5А
            Орлов Пётр Ильич;учитель химии;
            """, "сотрудники.csv"))
        #expect(staff.added.map(\.russian) == ["Орлов Пётр Ильич"])
        #expect(staff.changed.map(\.russian) == ["Иванова Мария Петровна: должность — → учитель математики, классный руководитель 5А"])
        #expect(try school.journal.database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT class_teacher_id FROM school_class WHERE id = ?", arguments: [school.class5A.id])
        } == school.mathTeacher.id)
    }

    @Test func aScaleDoesNotChangeUnderMarks() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        let found = problems { try school.admin.importSchoolFile(.subjects, try table("Предмет;Шкала\nМатематика;зачёт\n", "предметы.csv")) }
        #expect(found.map(\.expected.russian) == ["у предмета уже есть отметки: шкалу не изменить."])
    }

    @Test func valuesAsSchoolsWriteThem() {
        for text in ["5А", "5 А", "5-А", "5«А»", "5 \"А\"", "5а"] { #expect(ImportValues.schoolClass(text)! == (5, "А"), "\(text)") }
        #expect(ImportValues.schoolClass("12А") == nil && ImportValues.schoolClass("5") == nil && ImportValues.schoolClass("5АБ") == nil)
        #expect(ImportValues.date("4.3.2015") == SchoolDate("2015-03-04") && ImportValues.date("2015-03-04") == SchoolDate("2015-03-04"))
        #expect(ImportValues.date("42067") == SchoolDate("2015-03-04"))
        #expect(ImportValues.date("31.02.2015") == nil && ImportValues.date("завтра") == nil)
        #expect(ImportColumn.named("Эл. почта") == .email && ImportColumn.named("E-MAIL") == .email && ImportColumn.named("д. р.") == .birthDate)
        #expect(ImportColumn.named("Отчёство") == .patronymic)
    }
}
