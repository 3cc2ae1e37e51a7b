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
        #expect(report.missing.map(\.russian) == ["Жуков Егор Олегович"])  // 1А is not in this file: listed, not removed
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
        #expect(report.missing.map(\.russian) == ["Белова Вера Глебовна", "Жуков Егор Олегович"])
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
        #expect(subjects.missing.map(\.russian) == ["Английский язык", "Русский язык"])

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

    @Test func workloadNamesTeachersAsSchoolsDoAndMakesNewGroups() throws {
        let school = try SchoolFixture()
        let unknown = problems {
            try school.admin.importSchoolFile(.workload, try table("""
                Учитель;Предмет;Класс;Часы
                Никто Никакой;Математика;5А;1
                Иванова М. П.;Химия;5А;1
                Иванова М. П.;Математика;7В;1
                Иванова М. П.;Математика;5А;много
                """, "нагрузка.csv"))
        }
        #expect(unknown.map { "\($0.line ?? 0) \($0.column ?? "")" } == ["2 Учитель", "3 Предмет", "4 Класс", "5 Часы"])

        let report = try school.admin.importSchoolFile(.workload, try table("""
            Учитель;Предмет;Класс;Группа;Часов в неделю
            Иванова М. П.;Математика;5А;;5
            Кузнецова Ольга Ильинична;Англ;5А;1 группа;3
            Лебедев Павел Львович;Английский язык;5А;3 группа;1,5
            """, "нагрузка.csv"))
        #expect(report.added.map(\.russian) == ["группа «3 группа»", "Лебедев П. Л.: Английский язык, 5А · 3 группа"])
        #expect(report.unchanged == 2)
        #expect(report.missing.count == 4)  // the fixture's other workloads: listed, kept
        let books = try school.teacher(school.substituteTeacher).openableGradebooks()
        #expect(books.map { "\($0.classTitle) \($0.subjectName) \($0.subgroupName ?? "")" } == ["5А Английский язык 3 группа"])
    }

    @Test func bellsAndATimetableWithoutClashes() throws {
        let school = try SchoolFixture()
        let bells = try school.admin.importSchoolFile(.bells, try table("Урок;Начало;Конец\n1;8:30;9:15\n2;09:25;10:10\n", "звонки.csv"))
        #expect(bells.added.map(\.russian) == ["урок 1: 08:30–09:15", "урок 2: 09:25–10:10"])
        let changed = try school.actor([.deputy]).importSchoolFile(.bells, try table("Урок;Начало;Конец\n1;8:00;8:45\n2;09:25;10:10\n", "звонки.csv"))
        #expect(changed.changed.map(\.russian) == ["урок 1: 08:30 → 08:00, 09:15 → 08:45"] && changed.unchanged == 1)

        let clashes = problems {
            try school.admin.importSchoolFile(.timetable, try table("""
                День недели;Урок;Класс;Предмет;Группа;Учитель;Кабинет
                пн;1;5А;Математика;;Иванова М. П.;212
                пн;1;1А;Русский язык;;Иванова М. П.;101
                пн;2;5А;Русский язык;;Смирнов А. Н.;212
                пн;2;1А;Русский язык;;Соколова А. Ю.;212
                пн;3;5А;Английский язык;1 группа;Кузнецова О. И.;
                пн;3;5А;Математика;;Иванова М. П.;
                вс;1;5А;Математика;;Иванова М. П.;
                """, "расписание.csv"))
        }
        #expect(clashes.map { "\($0.line ?? 0) \($0.expected.russian)" } == [
            "3 у учителя в это время другой урок (строка 2).", "5 кабинет 212 в это время занят (строка 4).",
            "7 у класса в это время другой урок (строка 6).", "8 день недели — пн, вт, ср, чт, пт или сб.",
        ])

        let timetable = try school.admin.importSchoolFile(.timetable, try table("""
            День недели;Урок;Класс;Предмет;Группа;Учитель;Кабинет
            Понедельник;2;5А;Математика;;Иванова Мария Петровна;212
            Понедельник;3;5А;Английский язык;1 группа;Кузнецова О. И.;
            Понедельник;3;5А;Английский язык;2 группа;Попов И. С.;
            """, "расписание.csv"))
        #expect(timetable.added.count == 3)
        // Today (Monday 23.11) the math teacher has the imported lesson, from today on.
        let lessons = try school.teacher(school.mathTeacher).timetable(forTeacher: school.mathTeacher.id, on: SchoolFixture.today)
        #expect(lessons.map { "\($0.slot) \($0.startsAt) \($0.room)" } == ["2 09:25 212"])
        #expect(try school.admin.importSchoolFile(.timetable, try table("""
            День недели;Урок;Класс;Предмет;Группа;Учитель;Кабинет
            Понедельник;2;5А;Математика;;Иванова Мария Петровна;214
            Понедельник;3;5А;Английский язык;1 группа;Кузнецова О. И.;
            Понедельник;3;5А;Английский язык;2 группа;Попов И. С.;
            """, "расписание.csv")).changed.count == 1)
        #expect(try school.teacher(school.mathTeacher).timetable(forTeacher: school.mathTeacher.id, on: SchoolFixture.today).map(\.room) == ["214"])
        #expect(try school.journal.verify().passed)
    }

    @Test func parentsAreLinkedToTheirChildrenAndThoseWithConsentGetAccounts() throws {
        let school = try SchoolFixture()
        let file = """
            ФИО;Телефон;Ребёнок;Класс;Согласие;Кем приходится
            Белов Глеб Иванович;+7 900 1;Белова Вера Глебовна;5А;да;отец
            Белов Глеб Иванович;+7 900 1;Ёлкин Дмитрий Ефимович;5А;нет;отчим
            Ёлкина Анна Сергеевна;;Ёлкин Дмитрий Ефимович;5 А;нет;мать
            Алексеев Виктор Ильич;;Алексеев Борис Викторович;5А;да;отец
            """
        let report = try school.admin.importSchoolFile(.parents, try table(file, "родители.csv"), issuingAccounts: true)
        #expect(report.added.map(\.russian) == [
            "Белов Глеб Иванович", "Белов Глеб Иванович — Белова Вера Глебовна", "Белов Глеб Иванович — Ёлкин Дмитрий Ефимович",
            "Ёлкина Анна Сергеевна", "Ёлкина Анна Сергеевна — Ёлкин Дмитрий Ефимович",
        ])
        #expect(report.unchanged == 2)  // the fixture's father and his link
        // Accounts for the parents with consent for a child who had none (Ёлкина gave none).
        #expect(report.accounts.map { "\($0.login) \($0.detail)" } == ["alekseev.v Алексеев Б. В.", "belov.g Белова В. Г., Ёлкин Д. Е."])
        let belov = try #require(report.accounts.last)
        guard case .mustChangePassword(let change) = try school.journal.logIn(login: belov.login, password: belov.temporaryPassword) else {
            Issue.record("the temporary password did not ask for a new one")
            return
        }
        // His diary: the child he gave consent for, not his stepson.
        #expect(try change.choose("Svoi-parol-2026", rounds: 1_000).diaryPupils().map(\.fullName) == ["Белова Вера Глебовна"])

        let again = try school.admin.importSchoolFile(.parents, try table(file, "родители.csv"), issuingAccounts: true)
        #expect(again.added.isEmpty && again.changed.isEmpty && again.accounts.isEmpty)

        let wrong = problems {
            try school.admin.importSchoolFile(.parents, try table("ФИО;Ребёнок;Класс;Согласие\nИванов Иван;Петров Пётр;5А;да\nИванов Иван;Белова Вера Глебовна;5А;может быть\n", "родители.csv"))
        }
        #expect(wrong.map(\.column) == ["Ребёнок", "Согласие"])
    }

    @Test func anExportImportedIntoAnEmptyJournalIsTheSameSchool() throws {
        let school = try SchoolFixture()
        _ = try SchoolTimetable(school)
        try school.admin.updatePerson(school.students[0].id, .birthDate, to: "2015-03-04")
        try school.admin.updatePerson(school.students[0].id, .phone, to: "+7 900 000-00-00")
        let exported = try school.admin.exportSchool()
        #expect(exported.files[.students]?.count == 5 && exported.files[.timetable]?.count == 7 && exported.files[.parents]?.count == 2)

        let copy = school.directory.appendingPathComponent("copy.sqlite").path
        let journal = try Journal(path: copy, clock: FixedClock(SchoolFixture.today), timeZone: TimeZone(identifier: "UTC")!)
        let admin = JournalSession.system(journal, "test-admin")
        for kind in ImportKind.allCases where (exported.files[kind]?.count ?? 0) > 1 {
            let table = try ImportTable.csv(Data(CSVText.excelText(exported.files[kind]!).utf8), fileName: kind.russianName + ".csv")
            _ = try admin.importSchoolFile(kind, table)
        }
        let again = try admin.exportSchool()
        for kind in ImportKind.allCases { #expect(again.files[kind] == exported.files[kind], "\(kind)") }
        #expect(try journal.verify().passed)

        // Written to a folder: the files with rows, 0600, never over existing ones.
        let folder = school.directory.appendingPathComponent("export").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let written = try exported.write(to: folder)
        #expect(written.count == 8)
        #expect((try FileManager.default.attributesOfItem(atPath: written[0])[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(throws: Refusal.self) { try exported.write(to: folder) }
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
        #expect(ImportValues.clockTime("8:30") == "08:30" && ImportValues.clockTime("0.3541666666666667") == "08:30")
        #expect(ImportValues.clockTime("25:00") == nil && ImportValues.clockTime("0.5x") == nil)
        #expect(ImportValues.weekday("Понедельник") == 1 && ImportValues.weekday("сб") == 6 && ImportValues.weekday("Fri") == 5)
    }
}
