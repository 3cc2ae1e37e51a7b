/// Everything a demo school needs, drawn deterministically from a size and a seed.
public struct DemoSchoolPlan: Sendable, Hashable {
    public let size: DemoSchoolSize
    public let seed: UInt64
    /// The year the school year starts (2026 for 2026/27).
    public let schoolYear: Int
    public let bellSchedule: DemoBellSchedule
    /// Subjects taught anywhere in the school, in journal order.
    public let subjects: [DemoSubject]
    public let classes: [DemoClass]
    public let teachers: [DemoTeacher]
    /// Teacher–subject–class/group lines with weekly hours.
    public let workload: [DemoWorkload]
    /// The weekly timetable; a split subject has one lesson per group in the same slot.
    public let timetable: [DemoLesson]
    /// How often the timetable builder hired an extra teacher to resolve a conflict.
    public let timetableRelaxations: Int

    /// All students of the school.
    public var students: [DemoStudent] { classes.flatMap(\.students) }

    /// All parents of the school.
    public var parents: [DemoParent] { classes.flatMap { $0.students.flatMap(\.parents) } }

    /// Class letters in the order schools use them (Ё, Й and similar skipped).
    public static let letters = ["А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И", "К"]

    /// Generates the whole school for `size` and `seed`; the same inputs give the same plan.
    public static func make(size: DemoSchoolSize, seed: UInt64, schoolYear: Int = 2026) -> DemoSchoolPlan {
        let root = DemoRandom(seed: seed)
        var studentRng = root.derived("students")
        var classes: [DemoClass] = []
        var nextStudent = 0
        var nextParent = 0
        for grade in 1...11 {
            for parallel in 0..<(size.parallels[grade] ?? 0) {
                let count = studentRng.int(in: size.classSizes)
                let students = makeStudents(
                    count: count, grade: grade, schoolYear: schoolYear, nextStudent: &nextStudent,
                    nextParent: &nextParent, using: &studentRng)
                classes.append(DemoClass(
                    id: classes.count, grade: grade, letter: letters[parallel], students: students,
                    classTeacherID: -1))
            }
        }

        var pool = DemoTeacherPool(rng: root.derived("teachers"))
        var builder = DemoTimetableBuilder(rng: root.derived("timetable"))
        let requests = classes.map {
            DemoClassRequest(classID: $0.id, grade: $0.grade, items: DemoCurriculum.items(grade: $0.grade))
        }
        let timetable = builder.build(classes: requests, pool: &pool)
        assignClassTeachers(&classes, workload: timetable.workload, pool: &pool)
        var teachers = issueLogins(classes: &classes, pool: pool)
        teachers.sort { $0.id < $1.id }

        let subjects = Set(requests.flatMap { $0.items.map(\.subject) }).sorted()
        return DemoSchoolPlan(
            size: size, seed: seed, schoolYear: schoolYear, bellSchedule: .standard, subjects: subjects,
            classes: classes, teachers: teachers, workload: timetable.workload, timetable: timetable.lessons,
            timetableRelaxations: timetable.relaxations)
    }

    // MARK: - Students and parents

    private static func makeStudents(
        count: Int, grade: Int, schoolYear: Int, nextStudent: inout Int, nextParent: inout Int,
        using rng: inout DemoRandom
    ) -> [DemoStudent] {
        // Most first-graders are 6¾–7¾ on 1 September: born December to November seven years before.
        let earliest = DemoDate(year: schoolYear - 7 - grade, month: 12, day: 1)
        var people: [(DemoPerson, DemoDate)] = []
        var names: Set<String> = []
        while people.count < count {
            let sex: DemoSex = rng.chance(0.5) ? .male : .female
            let child = DemoPeople.child(sex: sex, using: &rng)
            guard names.insert(child.fullName).inserted else { continue }
            people.append((child, earliest.adding(days: rng.int(in: 0...364))))
        }
        people.sort { DemoPerson.classListOrder($0.0, $1.0) }
        return people.map { child, birth in
            var parents: [DemoParent] = []
            let hasMother = rng.chance(0.95)
            let hasFather = !hasMother || rng.chance(0.7)
            if hasMother {
                parents.append(DemoParent(
                    id: nextParent, person: DemoPeople.mother(of: child, using: &rng), relation: .mother,
                    birthDate: DemoDate(year: birth.year - rng.int(in: 21...40), month: rng.int(in: 1...12), day: rng.int(in: 1...28)),
                    hasConsent: rng.chance(0.93), login: ""))
                nextParent += 1
            }
            if hasFather {
                parents.append(DemoParent(
                    id: nextParent, person: DemoPeople.father(of: child, using: &rng), relation: .father,
                    birthDate: DemoDate(year: birth.year - rng.int(in: 23...45), month: rng.int(in: 1...12), day: rng.int(in: 1...28)),
                    hasConsent: rng.chance(0.93), login: ""))
                nextParent += 1
            }
            let student = DemoStudent(
                id: nextStudent, person: child, birthDate: birth, parents: parents,
                profile: .random(using: &rng), login: "")
            nextStudent += 1
            return student
        }
    }

    // MARK: - Class teachers and logins

    /// The class's own primary teacher in 1–4; from 5 up, the teacher with most hours in the class
    /// who leads no other class (PE teachers last), or any free teacher.
    private static func assignClassTeachers(_ classes: inout [DemoClass], workload: [DemoWorkload], pool: inout DemoTeacherPool) {
        var leading: Set<Int> = []
        for index in classes.indices {
            let id = classes[index].id
            var hours: [Int: Int] = [:]
            for line in workload where line.classID == id { hours[line.teacherID, default: 0] += line.hoursPerWeek }
            let ranked = hours.keys.sorted {
                let a = (pool.teachers[$0].specialty == .physicalEducation ? 0 : 1, hours[$0] ?? 0)
                let b = (pool.teachers[$1].specialty == .physicalEducation ? 0 : 1, hours[$1] ?? 0)
                return a != b ? a > b : $0 < $1
            }
            let chosen = ranked.first { !leading.contains($0) }
                ?? pool.teachers.map(\.id).first { !leading.contains($0) && pool.teachers[$0].specialty != .primary }
                ?? ranked.first ?? 0
            leading.insert(chosen)
            classes[index].classTeacherID = chosen
        }
    }

    /// One login book for everyone, teachers first, so logins are unique across the school.
    private static func issueLogins(classes: inout [DemoClass], pool: DemoTeacherPool) -> [DemoTeacher] {
        var book = DemoLoginBook()
        var teachers = pool.teachers
        for i in teachers.indices { teachers[i].login = book.issue(for: teachers[i].person) }
        for c in classes.indices {
            var students = classes[c].students
            for s in students.indices {
                students[s].login = book.issue(for: students[s].person)
                var parents = students[s].parents
                for p in parents.indices { parents[p].login = book.issue(for: parents[p].person) }
                students[s] = DemoStudent(
                    id: students[s].id, person: students[s].person, birthDate: students[s].birthDate,
                    parents: parents, profile: students[s].profile, login: students[s].login)
            }
            classes[c] = DemoClass(
                id: classes[c].id, grade: classes[c].grade, letter: classes[c].letter, students: students,
                classTeacherID: classes[c].classTeacherID)
        }
        return teachers
    }
}
