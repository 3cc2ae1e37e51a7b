import Foundation
import JournalModel
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
    let admin = JournalActor.system("test-admin")

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
        try build()
        clock.set(GridSchool.today)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    private func build() throws {
        let date = { (text: String) in SchoolDate(text)! }
        let created = try journal.createSchoolYear(
            name: "2026/2027", startsOn: date("2026-09-01"), endsOn: date("2027-05-31"),
            periods: [
                PeriodPlan(kind: .quarter, number: 1, name: "1 четверть", startsOn: date("2026-09-01"), endsOn: date("2026-10-24")),
                PeriodPlan(kind: .quarter, number: 2, name: "2 четверть", startsOn: date("2026-11-05"), endsOn: date("2026-12-28")),
            ], as: admin)
        quarter1 = created.periods[0]
        quarter2 = created.periods[1]
        try journal.changeSettings({ $0.editWindow = .twoWeeks }, as: admin)

        mathTeacher = try staff("Иванова", "Мария", "Петровна")
        classTeacher = try staff("Смирнов", "Андрей", "Николаевич")
        primaryTeacher = try staff("Соколова", "Анна", "Юрьевна")
        class5A = try journal.createClass(yearID: created.year.id, grade: 5, letter: "А", classTeacherID: classTeacher.id, as: admin)
        class1A = try journal.createClass(yearID: created.year.id, grade: 1, letter: "А", classTeacherID: primaryTeacher.id, as: admin)
        math = try journal.createSubject(name: "Математика", shortName: "Мат", as: admin)
        russian = try journal.createSubject(name: "Русский язык", shortName: "Рус", as: admin)
        for (last, first, patronymic) in [("Ёлкин", "Дмитрий", "Ефимович"), ("Алексеев", "Борис", "Викторович"),
                                          ("Белова", "Вера", "Глебовна"), ("Щукина", "Ульяна", "Андреевна")] {
            students.append(try journal.enrollStudent(
                Person(id: "", kind: .student, lastName: last, firstName: first, patronymic: patronymic),
                classID: class5A.id, on: date("2026-09-01"), as: admin))
        }
        students.sort { RussianCollation.precedes($0.fullName, $1.fullName) }
        _ = try journal.enrollStudent(Person(id: "", kind: .student, lastName: "Жуков", firstName: "Егор", patronymic: "Олегович"),
                                      classID: class1A.id, on: date("2026-09-01"), as: admin)
        try journal.addWorkload(teacherID: mathTeacher.id, subjectID: math.id, classID: class5A.id, hoursPerWeek: 5, as: admin)
        try journal.addWorkload(teacherID: classTeacher.id, subjectID: russian.id, classID: class5A.id, hoursPerWeek: 5, as: admin)
        try journal.addWorkload(teacherID: primaryTeacher.id, subjectID: russian.id, classID: class1A.id, hoursPerWeek: 5, as: admin)
        try journal.setBell(slot: 2, startsAt: "09:25", endsAt: "10:10", as: admin)
        try journal.addTimetableEntry(TimetableEntry(yearID: created.year.id, weekday: 1, slot: 2, classID: class5A.id, subjectID: math.id,
                                                     teacherID: mathTeacher.id, room: "212", validFrom: date("2026-09-01")), as: admin)

        lessonQ1 = try lesson(on: "2026-10-20", teacher: mathTeacher, classID: class5A.id, subjectID: math.id)
        oldLesson = try lesson(on: "2026-11-06", teacher: mathTeacher, classID: class5A.id, subjectID: math.id, workKind: WorkKind.test)
        try journal.addMark(lessonID: oldLesson.id, studentID: students[0].id, value: "4", as: teacher(mathTeacher))
        fridayLesson = try lesson(on: "2026-11-20", teacher: mathTeacher, classID: class5A.id, subjectID: math.id)
        try journal.addMark(lessonID: fridayLesson.id, studentID: students[1].id, value: "5", as: teacher(mathTeacher))
        try journal.setAttendance(lessonID: fridayLesson.id, studentID: students[2].id, code: "Н", as: teacher(mathTeacher))
        todayLesson = try lesson(on: "2026-11-23", teacher: mathTeacher, classID: class5A.id, subjectID: math.id)
        firstGradeLesson = try lesson(on: "2026-11-23", teacher: primaryTeacher, classID: class1A.id, subjectID: russian.id)
    }

    private func lesson(on text: String, teacher person: Person, classID: String, subjectID: String,
                        workKind: String = WorkKind.classwork) throws -> Lesson {
        clock.set(SchoolDate(text)!)
        return try journal.createLesson(classID: classID, subjectID: subjectID, on: SchoolDate(text)!, slot: 2,
                                        workKind: workKind, as: teacher(person))
    }

    private func staff(_ last: String, _ first: String, _ patronymic: String) throws -> Person {
        try journal.addPerson(Person(id: "", kind: .staff, lastName: last, firstName: first, patronymic: patronymic), as: admin)
    }

    /// A teacher's actor (class teacher by data when the class names them).
    func teacher(_ person: Person) -> JournalActor {
        JournalActor(id: "account-\(person.id)", personID: person.id, roles: [.teacher], login: person.lastName)
    }

    /// The director: sees everything, changes nothing.
    var director: JournalActor { JournalActor(id: "account-director", personID: nil, roles: [.director], login: "director") }

    /// The grid of a class and subject for a period, as `actor` opens it.
    func grid(_ actor: JournalActor, classID: String? = nil, subjectID: String? = nil, period: Period? = nil) throws -> GridScreen {
        let choices = try journal.openableGradebooks(for: actor)
        let choice = try #require(choices.first { $0.classID == (classID ?? class5A.id) && $0.subjectID == (subjectID ?? math.id) })
        return try GridScreen(journal: journal, actor: actor, choice: choice, period: period ?? quarter2)
    }

    /// The app showing `screen`, with the default keys.
    func app(_ screen: any Screen, size: Size = Size(width: 80, height: 24), language: Language = .russian) -> AppState {
        AppState(size: size, language: language, keymap: defaultKeymap(), screen: screen)
    }

    /// Active marks of a student at a lesson, straight from the model.
    func marks(_ lesson: Lesson, _ student: Person) throws -> [String] {
        try journal.gradebook(classID: lesson.classID, subjectID: lesson.subjectID, periodID: quarter2.id)
            .marks(lessonID: lesson.id, studentID: student.id).map(\.value)
    }
}
