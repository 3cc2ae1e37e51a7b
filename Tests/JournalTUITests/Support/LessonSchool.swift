import Foundation
import GRDB
@testable import JournalModel
@testable import JournalTUI

/// A small school for the lesson screens, built through the public model API in a temp dir.
///
/// Today is Monday 2026-11-23; the lessons are on Friday 2026-11-20. Class 5А has three students
/// (Алексеев, Белова, Ёлкин); English is taught in two subgroups; 1А is taught without marks.
/// Mathematics for grade 5 has a plan of three topics.
final class LessonSchool {
    let directory: URL
    let journal: Journal
    let clock: FixedClock
    /// The program's own session, with the administrator's rights: builds the school.
    let admin: JournalSession

    static let today = SchoolDate("2026-11-23")!
    static let lessonDay = SchoolDate("2026-11-20")!
    static let timeZone = TimeZone(identifier: "UTC")!

    var class5A: SchoolClass!
    var class1A: SchoolClass!
    var math: Subject!
    var english: Subject!
    var mathTeacher: Person!
    var classTeacher: Person!
    var englishTeacher: Person!
    var primaryTeacher: Person!
    var students: [Person] = []
    var mathLesson: Lesson!
    var englishLesson: Lesson!
    var firstGradeLesson: Lesson!

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("journal-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        clock = FixedClock(LessonSchool.lessonDay)
        journal = try Journal(path: directory.appendingPathComponent("school.sqlite").path, clock: clock, timeZone: Self.timeZone)
        admin = .system(journal, "test-admin")
        try build()
        clock.set(LessonSchool.today)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    var databasePath: String { journal.database.path }

    private func build() throws {
        let date = { (text: String) in SchoolDate(text)! }
        let created = try admin.createSchoolYear(name: "2026/2027", startsOn: date("2026-09-01"), endsOn: date("2027-05-31"),
            periods: [
                PeriodPlan(kind: .quarter, number: 1, name: "1 четверть", startsOn: date("2026-09-01"), endsOn: date("2026-10-24")),
                PeriodPlan(kind: .quarter, number: 2, name: "2 четверть", startsOn: date("2026-11-05"), endsOn: date("2026-12-28")),
            ])
        mathTeacher = try staff("Иванова", "Мария", "Петровна")
        classTeacher = try staff("Смирнов", "Андрей", "Николаевич")
        englishTeacher = try staff("Кузнецова", "Ольга", "Ильинична")
        primaryTeacher = try staff("Соколова", "Анна", "Юрьевна")
        class5A = try admin.createClass(yearID: created.year.id, grade: 5, letter: "А", classTeacherID: classTeacher.id)
        class1A = try admin.createClass(yearID: created.year.id, grade: 1, letter: "А", classTeacherID: primaryTeacher.id)
        math = try admin.createSubject(name: "Математика", shortName: "Мат")
        let russian = try admin.createSubject(name: "Русский язык", shortName: "Рус")
        english = try admin.createSubject(name: "Английский язык", shortName: "Англ")
        let group1 = try admin.createSubgroup(classID: class5A.id, subjectID: english.id, name: "1 группа")
        let group2 = try admin.createSubgroup(classID: class5A.id, subjectID: english.id, name: "2 группа")

        let start = date("2026-09-01")
        // Enrolled out of order: the screens must show the model's Russian alphabetical order (Ё after Е).
        for (last, first, patronymic) in [("Ёлкин", "Дмитрий", "Ефимович"), ("Алексеев", "Борис", "Викторович"), ("Белова", "Вера", "Глебовна")] {
            students.append(try admin.enrollStudent(Person(id: "", kind: .student, lastName: last, firstName: first, patronymic: patronymic), classID: class5A.id, on: start))
        }
        students.sort { RussianCollation.precedes($0.fullName, $1.fullName) }
        try admin.enrollStudent(Person(id: "", kind: .student, lastName: "Жуков", firstName: "Егор", patronymic: "Олегович"),
                                  classID: class1A.id, on: start)
        try admin.assignToSubgroup(studentID: students[0].id, subgroupID: group1.id, from: start)
        try admin.assignToSubgroup(studentID: students[1].id, subgroupID: group1.id, from: start)
        try admin.assignToSubgroup(studentID: students[2].id, subgroupID: group2.id, from: start)

        try admin.addWorkload(teacherID: mathTeacher.id, subjectID: math.id, classID: class5A.id, hoursPerWeek: 5)
        try admin.addWorkload(teacherID: classTeacher.id, subjectID: russian.id, classID: class5A.id, hoursPerWeek: 5)
        try admin.addWorkload(teacherID: englishTeacher.id, subjectID: english.id, classID: class5A.id, subgroupID: group1.id, hoursPerWeek: 3)
        try admin.addWorkload(teacherID: primaryTeacher.id, subjectID: russian.id, classID: class1A.id, hoursPerWeek: 5)
        try admin.importPlan(Data("1;Дроби;1\n2;Проценты;2\n3;Площадь прямоугольника;1\n".utf8), subjectID: math.id, grade: 5)

        mathLesson = try teacher(mathTeacher).createLesson(classID: class5A.id, subjectID: math.id, on: LessonSchool.lessonDay, slot: 2)
        englishLesson = try teacher(englishTeacher).createLesson(classID: class5A.id, subjectID: english.id, subgroupID: group1.id,
                                                 on: LessonSchool.lessonDay, slot: 3)
        firstGradeLesson = try teacher(primaryTeacher).createLesson(classID: class1A.id, subjectID: russian.id, on: LessonSchool.lessonDay, slot: 1)
    }

    private func staff(_ last: String, _ first: String, _ patronymic: String) throws -> Person {
        try admin.addPerson(Person(id: "", kind: .staff, lastName: last, firstName: first, patronymic: patronymic))
    }

    /// A teacher's session (a class teacher or substitute by data), with no account behind it.
    func teacher(_ person: Person) -> JournalSession { Self.teacher(personID: person.id, in: journal) }

    static func teacher(personID: String, in journal: Journal) -> JournalSession {
        JournalSession(journal: journal, actor: JournalActor(id: "account-\(personID)", personID: personID, roles: [.teacher], login: "teacher"),
                       credential: nil, terminal: "test", displayName: "teacher")
    }

    /// A session with the given roles, acting as `person` when given.
    func actor(_ roles: Set<Role>, person: Person? = nil) -> JournalSession {
        JournalSession(journal: journal, actor: JournalActor(id: "account-roles-\(person?.id ?? "none")", personID: person?.id, roles: roles, login: "user"),
                       credential: nil, terminal: "test", displayName: "user")
    }

    /// An account for a person: with a temporary password, or with `password` already chosen.
    @discardableResult
    func account(_ login: String, for person: Person?, roles: Set<Role> = [.teacher], temporary: String = "Vremya-2026",
                 password: String? = nil) throws -> String {
        let account = try admin.createAccount(login: login, personID: person?.id, roles: roles, temporaryPassword: temporary, rounds: 1_000)
        if let password {
            guard case .mustChangePassword(let change) = try journal.logIn(login: login, password: temporary) else { return account.id }
            _ = try change.choose(password, rounds: 1_000)
        }
        return account.id
    }

    /// The app on the login screen, with the default keys.
    func loginApp(language: Language = .russian) -> AppState {
        AppState(size: Size(width: 80, height: 24), language: language, keymap: defaultKeymap(),
                 environment: AppEnvironment(journal: journal, terminal: "test"), screen: LoginScreen())
    }

    /// The app showing `screen` to `session`, with the default keys.
    func app(_ screen: any Screen, as session: JournalSession, size: Size = Size(width: 80, height: 24)) -> AppState {
        AppState(size: size, language: .russian, keymap: defaultKeymap(), environment: session.environment, screen: screen)
    }

    /// The operation log's entries after `seq`, as (table, field) pairs in order.
    func logEntries(after seq: Int) throws -> [(table: String, field: String?, new: String?)] {
        try journal.database.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT target_table, field, new_value FROM operation_log WHERE seq > ? ORDER BY seq", arguments: [seq])
                .map { ($0["target_table"], $0["field"], $0["new_value"]) }
        }
    }

    /// The last sequence number of the operation log.
    func lastLogSeq() throws -> Int {
        try journal.database.pool.read { db in try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM operation_log") ?? 0 }
    }
}
