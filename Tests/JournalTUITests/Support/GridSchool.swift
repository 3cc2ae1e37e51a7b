import Foundation
@testable import JournalModel
import Testing
@testable import JournalTUI

/// A small school on a fresh database for the grid's tests, built through the model's public API.
///
/// Today is Monday 2026-11-23 (2 четверть), the edit window is two weeks. Class 5А has four
/// students; mathematics has lessons on 06.11 (past the window), 20.11 and 23.11 (today), and one
/// on 20.10 in the first quarter. Class 1А is taught without marks.
final class GridSchool {
    let directory: URL
    let journal: Journal
    let clock: FixedClock
    /// The program's own session, with the administrator's rights: builds the school.
    let admin: JournalSession

    static let today = SchoolDate("2026-11-23")!

    var quarter1: Period!
    var quarter2: Period!
    var class5A: SchoolClass!
    var class1A: SchoolClass!
    var math: Subject!
    var russian: Subject!
    var mathTeacher: Person!
    var classTeacher: Person!
    var primaryTeacher: Person!
    var students: [Person] = []
    var oldLesson: Lesson!
    var lessonQ1: Lesson!
    var fridayLesson: Lesson!
    var todayLesson: Lesson!
    var firstGradeLesson: Lesson!

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("journal-grid-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        clock = FixedClock(SchoolDate("2026-09-01")!)
        journal = try Journal(path: directory.appendingPathComponent("school.sqlite").path, clock: clock,
                              timeZone: TimeZone(identifier: "UTC")!)
        admin = .system(journal, "test-admin")
        try build()
        clock.set(GridSchool.today)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    private func build() throws {
        let date = { (text: String) in SchoolDate(text)! }
        let created = try admin.createSchoolYear(name: "2026/2027", startsOn: date("2026-09-01"), endsOn: date("2027-05-31"),
            periods: [
                PeriodPlan(kind: .quarter, number: 1, name: "1 четверть", startsOn: date("2026-09-01"), endsOn: date("2026-10-24")),
                PeriodPlan(kind: .quarter, number: 2, name: "2 четверть", startsOn: date("2026-11-05"), endsOn: date("2026-12-28")),
            ])
        quarter1 = created.periods[0]
        quarter2 = created.periods[1]
        try admin.changeSettings({ $0.editWindow = .twoWeeks })

        mathTeacher = try staff("Иванова", "Мария", "Петровна")
        classTeacher = try staff("Смирнов", "Андрей", "Николаевич")
        primaryTeacher = try staff("Соколова", "Анна", "Юрьевна")
        class5A = try admin.createClass(yearID: created.year.id, grade: 5, letter: "А", classTeacherID: classTeacher.id)
        class1A = try admin.createClass(yearID: created.year.id, grade: 1, letter: "А", classTeacherID: primaryTeacher.id)
        math = try admin.createSubject(name: "Математика", shortName: "Мат")
        russian = try admin.createSubject(name: "Русский язык", shortName: "Рус")
        for (last, first, patronymic) in [("Ёлкин", "Дмитрий", "Ефимович"), ("Алексеев", "Борис", "Викторович"),
                                          ("Белова", "Вера", "Глебовна"), ("Щукина", "Ульяна", "Андреевна")] {
            students.append(try admin.enrollStudent(Person(id: "", kind: .student, lastName: last, firstName: first, patronymic: patronymic),
                classID: class5A.id, on: date("2026-09-01")))
        }
        students.sort { RussianCollation.precedes($0.fullName, $1.fullName) }
        _ = try admin.enrollStudent(Person(id: "", kind: .student, lastName: "Жуков", firstName: "Егор", patronymic: "Олегович"),
                                      classID: class1A.id, on: date("2026-09-01"))
        try admin.addWorkload(teacherID: mathTeacher.id, subjectID: math.id, classID: class5A.id, hoursPerWeek: 5)
        try admin.addWorkload(teacherID: classTeacher.id, subjectID: russian.id, classID: class5A.id, hoursPerWeek: 5)
        try admin.addWorkload(teacherID: primaryTeacher.id, subjectID: russian.id, classID: class1A.id, hoursPerWeek: 5)
        try admin.setBell(slot: 2, startsAt: "09:25", endsAt: "10:10")
        try admin.addTimetableEntry(TimetableEntry(yearID: created.year.id, weekday: 1, slot: 2, classID: class5A.id, subjectID: math.id,
                                                     teacherID: mathTeacher.id, room: "212", validFrom: date("2026-09-01")))

        lessonQ1 = try lesson(on: "2026-10-20", teacher: mathTeacher, classID: class5A.id, subjectID: math.id)
        oldLesson = try lesson(on: "2026-11-06", teacher: mathTeacher, classID: class5A.id, subjectID: math.id, workKind: WorkKind.test)
        try teacher(mathTeacher).addMark(lessonID: oldLesson.id, studentID: students[0].id, value: "4")
        fridayLesson = try lesson(on: "2026-11-20", teacher: mathTeacher, classID: class5A.id, subjectID: math.id)
        try teacher(mathTeacher).addMark(lessonID: fridayLesson.id, studentID: students[1].id, value: "5")
        try teacher(mathTeacher).setAttendance(lessonID: fridayLesson.id, studentID: students[2].id, code: "Н")
        todayLesson = try lesson(on: "2026-11-23", teacher: mathTeacher, classID: class5A.id, subjectID: math.id)
        firstGradeLesson = try lesson(on: "2026-11-23", teacher: primaryTeacher, classID: class1A.id, subjectID: russian.id)
    }

    private func lesson(on text: String, teacher person: Person, classID: String, subjectID: String,
                        workKind: String = WorkKind.classwork) throws -> Lesson {
        clock.set(SchoolDate(text)!)
        return try teacher(person).createLesson(classID: classID, subjectID: subjectID, on: SchoolDate(text)!, slot: 2,
                                        workKind: workKind)
    }

    private func staff(_ last: String, _ first: String, _ patronymic: String) throws -> Person {
        try admin.addPerson(Person(id: "", kind: .staff, lastName: last, firstName: first, patronymic: patronymic))
    }

    /// A teacher's session (class teacher by data when the class names them), with no account behind it.
    func teacher(_ person: Person) -> JournalSession {
        session(JournalActor(id: "account-\(person.id)", personID: person.id, roles: [.teacher], login: person.lastName))
    }

    /// The director: sees everything, changes nothing.
    var director: JournalSession { session(JournalActor(id: "account-director", personID: nil, roles: [.director], login: "director")) }

    private func session(_ actor: JournalActor) -> JournalSession {
        JournalSession(journal: journal, actor: actor, credential: nil, terminal: "test", displayName: actor.login)
    }

    /// The grid of a class and subject for a period, as `session` opens it.
    func grid(_ session: JournalSession, classID: String? = nil, subjectID: String? = nil, period: Period? = nil) throws -> GridScreen {
        let choices = try session.openableGradebooks()
        let choice = try #require(choices.first { $0.classID == (classID ?? class5A.id) && $0.subjectID == (subjectID ?? math.id) })
        return try GridScreen(session: session, choice: choice, period: period ?? quarter2)
    }

    /// The app showing `screen` to `session`, with the default keys.
    func app(_ screen: any Screen, as session: JournalSession, size: Size = Size(width: 80, height: 24),
             language: Language = .russian) -> AppState {
        AppState(size: size, language: language, keymap: defaultKeymap(), environment: session.environment, screen: screen)
    }

    /// Active marks of a student at a lesson, straight from the model.
    func marks(_ lesson: Lesson, _ student: Person) throws -> [String] {
        try admin.gradebook(classID: lesson.classID, subjectID: lesson.subjectID, periodID: quarter2.id)
            .marks(lessonID: lesson.id, studentID: student.id).map(\.value)
    }
}
