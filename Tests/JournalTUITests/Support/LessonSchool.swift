import Foundation
import GRDB
@testable import JournalModel

/// A small school for the lesson screens, built through the public model API in a temp dir.
///
/// Today is Monday 2026-11-23; the lessons are on Friday 2026-11-20. Class 5А has three students
/// (Алексеев, Белова, Ёлкин); English is taught in two subgroups; 1А is taught without marks.
/// Mathematics for grade 5 has a plan of three topics.
final class LessonSchool {
    let directory: URL
    let journal: Journal
    let clock: FixedClock
    let admin = JournalActor.system("test-admin")

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
        try build()
        clock.set(LessonSchool.today)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    var databasePath: String { journal.database.path }

    private func build() throws {
        let date = { (text: String) in SchoolDate(text)! }
        let created = try journal.createSchoolYear(
            name: "2026/2027", startsOn: date("2026-09-01"), endsOn: date("2027-05-31"),
            periods: [
                PeriodPlan(kind: .quarter, number: 1, name: "1 четверть", startsOn: date("2026-09-01"), endsOn: date("2026-10-24")),
                PeriodPlan(kind: .quarter, number: 2, name: "2 четверть", startsOn: date("2026-11-05"), endsOn: date("2026-12-28")),
            ], as: admin)
        mathTeacher = try staff("Иванова", "Мария", "Петровна")
        classTeacher = try staff("Смирнов", "Андрей", "Николаевич")
        englishTeacher = try staff("Кузнецова", "Ольга", "Ильинична")
        primaryTeacher = try staff("Соколова", "Анна", "Юрьевна")
        class5A = try journal.createClass(yearID: created.year.id, grade: 5, letter: "А", classTeacherID: classTeacher.id, as: admin)
        class1A = try journal.createClass(yearID: created.year.id, grade: 1, letter: "А", classTeacherID: primaryTeacher.id, as: admin)
        math = try journal.createSubject(name: "Математика", shortName: "Мат", as: admin)
        let russian = try journal.createSubject(name: "Русский язык", shortName: "Рус", as: admin)
        english = try journal.createSubject(name: "Английский язык", shortName: "Англ", as: admin)
        let group1 = try journal.createSubgroup(classID: class5A.id, subjectID: english.id, name: "1 группа", as: admin)
        let group2 = try journal.createSubgroup(classID: class5A.id, subjectID: english.id, name: "2 группа", as: admin)

        let start = date("2026-09-01")
        // Enrolled out of order: the screens must show the model's Russian alphabetical order (Ё after Е).
        for (last, first, patronymic) in [("Ёлкин", "Дмитрий", "Ефимович"), ("Алексеев", "Борис", "Викторович"), ("Белова", "Вера", "Глебовна")] {
            students.append(try journal.enrollStudent(
                Person(id: "", kind: .student, lastName: last, firstName: first, patronymic: patronymic), classID: class5A.id, on: start, as: admin))
        }
        students.sort { RussianCollation.precedes($0.fullName, $1.fullName) }
        try journal.enrollStudent(Person(id: "", kind: .student, lastName: "Жуков", firstName: "Егор", patronymic: "Олегович"),
                                  classID: class1A.id, on: start, as: admin)
        try journal.assignToSubgroup(studentID: students[0].id, subgroupID: group1.id, from: start, as: admin)
        try journal.assignToSubgroup(studentID: students[1].id, subgroupID: group1.id, from: start, as: admin)
        try journal.assignToSubgroup(studentID: students[2].id, subgroupID: group2.id, from: start, as: admin)

        try journal.addWorkload(teacherID: mathTeacher.id, subjectID: math.id, classID: class5A.id, hoursPerWeek: 5, as: admin)
        try journal.addWorkload(teacherID: classTeacher.id, subjectID: russian.id, classID: class5A.id, hoursPerWeek: 5, as: admin)
        try journal.addWorkload(teacherID: englishTeacher.id, subjectID: english.id, classID: class5A.id, subgroupID: group1.id, hoursPerWeek: 3, as: admin)
        try journal.addWorkload(teacherID: primaryTeacher.id, subjectID: russian.id, classID: class1A.id, hoursPerWeek: 5, as: admin)
        try journal.importPlan(Data("1;Дроби;1\n2;Проценты;2\n3;Площадь прямоугольника;1\n".utf8), subjectID: math.id, grade: 5, as: admin)

        mathLesson = try journal.createLesson(classID: class5A.id, subjectID: math.id, on: LessonSchool.lessonDay, slot: 2, as: teacher(mathTeacher))
        englishLesson = try journal.createLesson(classID: class5A.id, subjectID: english.id, subgroupID: group1.id,
                                                 on: LessonSchool.lessonDay, slot: 3, as: teacher(englishTeacher))
        firstGradeLesson = try journal.createLesson(classID: class1A.id, subjectID: russian.id, on: LessonSchool.lessonDay, slot: 1,
                                                    as: teacher(primaryTeacher))
    }

    private func staff(_ last: String, _ first: String, _ patronymic: String) throws -> Person {
        try journal.addPerson(Person(id: "", kind: .staff, lastName: last, firstName: first, patronymic: patronymic), as: admin)
    }

    /// An actor that is a teacher (and a class teacher or substitute by data).
    func teacher(_ person: Person) -> JournalActor { Self.teacher(personID: person.id) }

    static func teacher(personID: String) -> JournalActor {
        JournalActor(id: "account-\(personID)", personID: personID, roles: [.teacher], login: "teacher")
    }

    /// An actor with the given roles, acting as `person` when given.
    func actor(_ roles: Set<Role>, person: Person? = nil) -> JournalActor {
        JournalActor(id: "account-roles-\(person?.id ?? "none")", personID: person?.id, roles: roles, login: "user")
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
