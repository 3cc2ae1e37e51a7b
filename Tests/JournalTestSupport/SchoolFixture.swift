import Foundation
@testable import JournalModel

/// The small school every test starts from, on a fresh database, built through the session API.
///
/// Today is Monday 2026-11-23 in the second of four quarters; the recorded lessons are on Friday
/// 2026-11-20. Class 5А has three students (Алексеев, Белова, Ёлкин, enrolled out of order so
/// screens must sort them the Russian way); English is taught in two subgroups; 1А is taught
/// without marks; physical education is pass/fail. `Extra` adds what only some tests need.
public final class SchoolFixture {
    /// What a test may add to the school before it starts.
    public struct Extra: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Mathematics for grade 5 has a plan of four topics: Натуральные числа (taken by the first
        /// quarter's lesson), Дроби, Проценты, Площадь прямоугольника.
        public static let mathPlan = Extra(rawValue: 1 << 0)
        /// A gradebook with history: a fourth student (Щукина), a two-week edit window, a test on
        /// 06.11 (past the window) with a 4, a 5 and an «Н» at Friday's lesson, a lesson today, and
        /// Monday's timetable with bells.
        public static let gradebookHistory = Extra(rawValue: 1 << 1)
    }

    public let directory: URL
    public let journal: Journal
    public let clock: FixedClock
    /// The program's own session, with the administrator's rights: builds the school.
    public let admin: JournalSession

    public static let today = SchoolDate("2026-11-23")!
    public static let lessonDay = SchoolDate("2026-11-20")!

    public internal(set) var year: SchoolYear!
    public internal(set) var quarter1: Period!
    public internal(set) var quarter2: Period!
    public internal(set) var yearPeriod: Period!
    public internal(set) var class5A: SchoolClass!
    public internal(set) var class1A: SchoolClass!
    public internal(set) var math: Subject!
    public internal(set) var russian: Subject!
    public internal(set) var english: Subject!
    public internal(set) var pe: Subject!
    public internal(set) var englishGroup1: Subgroup!
    public internal(set) var englishGroup2: Subgroup!

    public internal(set) var mathTeacher: Person!
    public internal(set) var classTeacher: Person!
    public internal(set) var englishTeacher1: Person!
    public internal(set) var englishTeacher2: Person!
    public internal(set) var primaryTeacher: Person!
    public internal(set) var substituteTeacher: Person!
    /// 5А's students in the journal's order.
    public internal(set) var students: [Person] = []
    /// The father of `students[0]`, with consent registered.
    public internal(set) var parent: Person!
    public internal(set) var firstGrader: Person!

    /// 5А mathematics, 20.10 (first quarter), slot 1.
    public internal(set) var mathLessonQ1: Lesson!
    /// 5А mathematics, Friday 20.11, slot 2.
    public internal(set) var mathLesson: Lesson!
    /// 5А English, group 1, Friday 20.11, slot 3.
    public internal(set) var englishLesson1: Lesson!
    /// 5А physical education, Friday 20.11, slot 4.
    public internal(set) var peLesson: Lesson!
    /// 1А Russian, Friday 20.11, slot 1.
    public internal(set) var firstGradeLesson: Lesson!
    /// With `.gradebookHistory`: 5А mathematics test on 06.11, slot 2.
    public internal(set) var oldLesson: Lesson!
    /// With `.gradebookHistory`: 5А mathematics today, slot 2.
    public internal(set) var todayLesson: Lesson!

    public init(with extras: Extra = []) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("journal-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        clock = FixedClock(Self.lessonDay)
        journal = try Journal(path: directory.appendingPathComponent("school.sqlite").path, clock: clock,
                              timeZone: TimeZone(identifier: "UTC")!)
        admin = .system(journal, "test-admin")
        try buildSchool()
        try buildLessons()
        if extras.contains(.mathPlan) { try addMathPlan() }
        if extras.contains(.gradebookHistory) { try addGradebookHistory() }
        clock.set(Self.today)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// The database file's path.
    public var databasePath: String { journal.database.path }

    private func buildSchool() throws {
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

        let start = year.startsOn
        for (last, first, patronymic) in [("Ёлкин", "Дмитрий", "Ефимович"), ("Алексеев", "Борис", "Викторович"), ("Белова", "Вера", "Глебовна")] {
            students.append(try enroll(last, first, patronymic, in: class5A))
        }
        students.sort { RussianCollation.precedes($0.fullName, $1.fullName) }
        firstGrader = try enroll("Жуков", "Егор", "Олегович", in: class1A)
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
    }

    private func buildLessons() throws {
        mathLessonQ1 = try lesson(on: "2026-10-20", slot: 1, teacher: mathTeacher, class: class5A, subject: math)
        mathLesson = try lesson(on: "2026-11-20", slot: 2, teacher: mathTeacher, class: class5A, subject: math)
        peLesson = try lesson(on: "2026-11-20", slot: 4, teacher: mathTeacher, class: class5A, subject: pe)
        englishLesson1 = try lesson(on: "2026-11-20", slot: 3, teacher: englishTeacher1, class: class5A, subject: english, group: englishGroup1)
        firstGradeLesson = try lesson(on: "2026-11-20", slot: 1, teacher: primaryTeacher, class: class1A, subject: russian)
    }

    private func addMathPlan() throws {
        try admin.importPlan(Data("1;Натуральные числа;1\n2;Дроби;1\n3;Проценты;2\n4;Площадь прямоугольника;1\n".utf8), subjectID: math.id, grade: 5)
    }

    private func addGradebookHistory() throws {
        try admin.changeSettings({ $0.editWindow = .twoWeeks })
        students.append(try enroll("Щукина", "Ульяна", "Андреевна", in: class5A))
        students.sort { RussianCollation.precedes($0.fullName, $1.fullName) }
        _ = try SchoolTimetable(self)
        let teacher = teacher(mathTeacher)
        oldLesson = try lesson(on: "2026-11-06", slot: 2, teacher: mathTeacher, class: class5A, subject: math, workKind: WorkKind.test)
        try teacher.addMark(lessonID: oldLesson.id, studentID: students[0].id, value: "4")
        clock.set(Self.lessonDay)
        try teacher.addMark(lessonID: mathLesson.id, studentID: students[1].id, value: "5")
        try teacher.setAttendance(lessonID: mathLesson.id, studentID: students[2].id, code: "Н")
        todayLesson = try lesson(on: "2026-11-23", slot: 2, teacher: mathTeacher, class: class5A, subject: math)
    }

    /// Records a lesson as its teacher on its own day.
    private func lesson(on day: String, slot: Int, teacher person: Person, class schoolClass: SchoolClass, subject: Subject,
                        group: Subgroup? = nil, workKind: String = WorkKind.classwork) throws -> Lesson {
        clock.set(date(day))
        return try teacher(person).createLesson(classID: schoolClass.id, subjectID: subject.id, subgroupID: group?.id,
                                                on: date(day), slot: slot, workKind: workKind)
    }

    private func staff(_ last: String, _ first: String, _ patronymic: String) throws -> Person {
        try admin.addPerson(Person(id: "", kind: .staff, lastName: last, firstName: first, patronymic: patronymic))
    }

    private func enroll(_ last: String, _ first: String, _ patronymic: String, in schoolClass: SchoolClass) throws -> Person {
        try admin.enrollStudent(Person(id: "", kind: .student, lastName: last, firstName: first, patronymic: patronymic),
                                classID: schoolClass.id, on: year.startsOn)
    }

    private func date(_ text: String) -> SchoolDate { SchoolDate(text)! }
}
