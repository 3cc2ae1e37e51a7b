import Foundation
@testable import JournalModel

/// A small school on a fresh database, built through the public API: the Given of most tests.
///
/// Today is Monday 2026-11-23 in the second quarter. Class 5А has three students; English is
/// taught in two subgroups. Class 1А is taught without marks.
final class TestSchool {
    let directory: URL
    let journal: Journal
    let clock: FixedClock
    /// The program's own session, with the administrator's rights: builds the school.
    let admin: JournalSession

    static let today = SchoolDate("2026-11-23")!
    static let lessonDay = SchoolDate("2026-11-20")!

    var year: SchoolYear!
    var quarter1: Period!
    var quarter2: Period!
    var yearPeriod: Period!
    var class5A: SchoolClass!
    var class1A: SchoolClass!
    var math: Subject!
    var russian: Subject!
    var english: Subject!
    var pe: Subject!
    var englishGroup1: Subgroup!
    var englishGroup2: Subgroup!

    var mathTeacher: Person!
    var classTeacher: Person!
    var englishTeacher1: Person!
    var englishTeacher2: Person!
    var primaryTeacher: Person!
    var substituteTeacher: Person!
    var students: [Person] = []
    var parent: Person!
    var firstGrader: Person!

    var mathLesson: Lesson!
    var mathLessonQ1: Lesson!
    var englishLesson1: Lesson!
    var firstGradeLesson: Lesson!
    var peLesson: Lesson!

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("journal-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        clock = FixedClock(TestSchool.lessonDay)
        journal = try Journal(path: directory.appendingPathComponent("school.sqlite").path, clock: clock,
                              timeZone: TimeZone(identifier: "UTC")!)
        admin = .system(journal, "test-admin")
        try build()
        clock.set(TestSchool.today)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    var databasePath: String { journal.database.path }

    private func build() throws {
        let date = { (text: String) in SchoolDate(text)! }
        let created = try admin.createSchoolYear(name: "2026/2027", startsOn: date("2026-09-01"), endsOn: date("2027-05-31"),
            periods: [
                PeriodPlan(kind: .quarter, number: 1, name: "1 четверть", startsOn: date("2026-09-01"), endsOn: date("2026-10-24")),
                PeriodPlan(kind: .quarter, number: 2, name: "2 четверть", startsOn: date("2026-11-05"), endsOn: date("2026-12-28")),
                PeriodPlan(kind: .quarter, number: 3, name: "3 четверть", startsOn: date("2027-01-09"), endsOn: date("2027-03-21")),
                PeriodPlan(kind: .quarter, number: 4, name: "4 четверть", startsOn: date("2027-03-30"), endsOn: date("2027-05-31")),
            ])
        year = created.year
        quarter1 = created.periods[0]
        quarter2 = created.periods[1]
        yearPeriod = created.periods.first { $0.kind == .year }

        mathTeacher = try staff("Иванова", "Мария", "Петровна")
        classTeacher = try staff("Смирнов", "Андрей", "Николаевич")
        englishTeacher1 = try staff("Кузнецова", "Ольга", "Ильинична")
        englishTeacher2 = try staff("Попов", "Илья", "Сергеевич")
        primaryTeacher = try staff("Соколова", "Анна", "Юрьевна")
        substituteTeacher = try staff("Лебедев", "Павел", "Львович")

        class5A = try admin.createClass(yearID: year.id, grade: 5, letter: "А", classTeacherID: classTeacher.id)
        class1A = try admin.createClass(yearID: year.id, grade: 1, letter: "А", classTeacherID: primaryTeacher.id)
        math = try admin.createSubject(name: "Математика", shortName: "Мат")
        russian = try admin.createSubject(name: "Русский язык", shortName: "Рус")
        english = try admin.createSubject(name: "Английский язык", shortName: "Англ")
        pe = try admin.createSubject(name: "Физическая культура", shortName: "Физ", scale: .passFail)
        englishGroup1 = try admin.createSubgroup(classID: class5A.id, subjectID: english.id, name: "1 группа")
        englishGroup2 = try admin.createSubgroup(classID: class5A.id, subjectID: english.id, name: "2 группа")

        let start = date("2026-09-01")
        for (last, first, patronymic) in [("Алексеев", "Борис", "Викторович"), ("Белова", "Вера", "Глебовна"), ("Ёлкин", "Дмитрий", "Ефимович")] {
            students.append(try admin.enrollStudent(Person(id: "", kind: .student, lastName: last, firstName: first, patronymic: patronymic), classID: class5A.id, on: start))
        }
        firstGrader = try admin.enrollStudent(Person(id: "", kind: .student, lastName: "Жуков", firstName: "Егор", patronymic: "Олегович"), classID: class1A.id, on: start)
        try admin.assignToSubgroup(studentID: students[0].id, subgroupID: englishGroup1.id, from: start)
        try admin.assignToSubgroup(studentID: students[1].id, subgroupID: englishGroup1.id, from: start)
        try admin.assignToSubgroup(studentID: students[2].id, subgroupID: englishGroup2.id, from: start)
        parent = try admin.addPerson(Person(id: "", kind: .parent, lastName: "Алексеев", firstName: "Виктор", patronymic: "Ильич"))
        try admin.linkGuardian(parentID: parent.id, studentID: students[0].id, relation: "отец", consent: true)

        try admin.addWorkload(teacherID: mathTeacher.id, subjectID: math.id, classID: class5A.id, hoursPerWeek: 5)
        try admin.addWorkload(teacherID: mathTeacher.id, subjectID: pe.id, classID: class5A.id, hoursPerWeek: 2)
        try admin.addWorkload(teacherID: classTeacher.id, subjectID: russian.id, classID: class5A.id, hoursPerWeek: 5)
        try admin.addWorkload(teacherID: englishTeacher1.id, subjectID: english.id, classID: class5A.id, subgroupID: englishGroup1.id, hoursPerWeek: 3)
        try admin.addWorkload(teacherID: englishTeacher2.id, subjectID: english.id, classID: class5A.id, subgroupID: englishGroup2.id, hoursPerWeek: 3)
        try admin.addWorkload(teacherID: primaryTeacher.id, subjectID: russian.id, classID: class1A.id, hoursPerWeek: 5)

        clock.set(date("2026-10-20"))
        mathLessonQ1 = try teacher(mathTeacher).createLesson(classID: class5A.id, subjectID: math.id, on: date("2026-10-20"), slot: 1)
        clock.set(TestSchool.lessonDay)
        mathLesson = try teacher(mathTeacher).createLesson(classID: class5A.id, subjectID: math.id, on: TestSchool.lessonDay, slot: 2)
        peLesson = try teacher(mathTeacher).createLesson(classID: class5A.id, subjectID: pe.id, on: TestSchool.lessonDay, slot: 4)
        englishLesson1 = try teacher(englishTeacher1).createLesson(classID: class5A.id, subjectID: english.id, subgroupID: englishGroup1.id,
                                                  on: TestSchool.lessonDay, slot: 3)
        firstGradeLesson = try teacher(primaryTeacher).createLesson(classID: class1A.id, subjectID: russian.id, on: TestSchool.lessonDay, slot: 1)
    }

    private func staff(_ last: String, _ first: String, _ patronymic: String) throws -> Person {
        try admin.addPerson(Person(id: "", kind: .staff, lastName: last, firstName: first, patronymic: patronymic))
    }

    /// A session of a teacher (and whatever else the person is by data: class teacher, substitute),
    /// with no account behind it.
    func teacher(_ person: Person) -> JournalSession {
        session(JournalActor(id: "account-\(person.id)", personID: person.id, roles: [.teacher], login: person.lastName))
    }

    /// A session with the given roles and no account behind it.
    func actor(_ roles: Set<Role>, person: Person? = nil) -> JournalSession {
        session(JournalActor(id: "account-\(roles.map(\.rawValue).sorted().joined())", personID: person?.id, roles: roles, login: "user"))
    }

    private func session(_ actor: JournalActor) -> JournalSession {
        JournalSession(journal: journal, actor: actor, credential: nil, terminal: "test", displayName: actor.login)
    }

    /// How many entries the operation log holds.
    func logCount() throws -> Int {
        try journal.database.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM operation_log") ?? 0 }
    }
}
