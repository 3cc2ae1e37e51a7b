import GRDB

/// A class of a school year as the administrator's screens list it.
public struct ClassSummary: Sendable, Equatable {
    public var schoolClass: SchoolClass
    /// «Петрова А. В.», or nil when the class has none.
    public var classTeacherName: String?
    /// How many students are in the class on the day it was read.
    public var studentCount: Int

    public var id: String { schoolClass.id }
    /// «5А».
    public var title: String { schoolClass.title }
}

/// A student who is, or was this year, in a class: their membership and every movement they had.
public struct RosterStudent: Sendable, Equatable {
    public var student: Person
    /// The first day of their membership of this class.
    public var joinedOn: SchoolDate
    /// Their last day in this class; nil while they are in it.
    public var leftOn: SchoolDate?
    /// The student's arrivals, transfers and departures, oldest first (in any class).
    public var movements: [Movement]

    /// Whether they are in the class on `date`.
    public func isMember(on date: SchoolDate) -> Bool {
        joinedOn <= date && (leftOn.map { date <= $0 } ?? true)
    }
}

extension JournalSession {
    /// The classes of the school year containing `date` (or of the latest year), by grade and
    /// letter: every class for the school's management, their own for a class teacher.
    public func schoolClasses(on date: SchoolDate) throws(Refusal) -> [ClassSummary] {
        try read { db in
            let own = try ownClasses(db).map(\.id)
            try requireReadable(.classList, ReadFacts(isClassTeacher: !own.isEmpty))
            guard let yearID = try SchoolYear.id(containing: date, db) else { return [] }
            let classes = try SchoolClass.fetchAll(db, sql: """
                SELECT * FROM school_class WHERE year_id = ? AND state = 'active' ORDER BY grade, letter
                """, arguments: [yearID]).filter { actor.seesWholeSchool || own.contains($0.id) }
            let teachers = Dictionary(uniqueKeysWithValues: try Person.fetchAll(db, keys: Set(classes.compactMap(\.classTeacherID)))
                .map { ($0.id, $0.shortName) })
            let counts = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                SELECT class_id, COUNT(DISTINCT student_id) AS students FROM enrollment
                WHERE state = 'active' AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?) GROUP BY class_id
                """, arguments: [date, date]).map { ($0["class_id"] as String, $0["students"] as Int) })
            return classes.map { schoolClass in
                ClassSummary(schoolClass: schoolClass, classTeacherName: schoolClass.classTeacherID.flatMap { teachers[$0] },
                             studentCount: counts[schoolClass.id] ?? 0)
            }
        }
    }

    /// Everyone who has been in the class this year: those in it on `date` first, then those who
    /// left it, each in Russian alphabetical order, with their movements.
    public func classRoster(classID: String, on date: SchoolDate) throws(Refusal) -> [RosterStudent] {
        try read { db in
            let schoolClass = try SchoolClass.require(db, classID)
            try requireReadable(.classList, ReadFacts(isClassTeacher: isClassTeacher(of: schoolClass)))
            let enrollments = try Enrollment.fetchAll(db, sql: """
                SELECT * FROM enrollment WHERE class_id = ? AND state = 'active' ORDER BY starts_on
                """, arguments: [classID])
            // A student who left and came back keeps one line: the latest membership.
            var latest: [String: Enrollment] = [:]
            for enrollment in enrollments { latest[enrollment.studentID] = enrollment }
            let students = try Person.fetchAll(db, keys: Array(latest.keys))
            let movements = try Movement.fetchAll(db, sql: """
                SELECT * FROM movement WHERE state = 'active' AND student_id IN (SELECT student_id FROM enrollment WHERE class_id = ?)
                ORDER BY on_date, id
                """, arguments: [classID])
            let byStudent = Dictionary(grouping: movements, by: \.studentID)
            let roster = students.compactMap { student in
                latest[student.id].map { RosterStudent(student: student, joinedOn: $0.startsOn, leftOn: $0.endsOn,
                                                       movements: byStudent[student.id] ?? []) }
            }
            return roster.sorted { left, right in
                let (leftIn, rightIn) = (left.isMember(on: date), right.isMember(on: date))
                if leftIn != rightIn { return leftIn }
                return RussianCollation.precedes(left.student.fullName, right.student.fullName)
            }
        }
    }
}

extension JournalSession {
    /// The classes whose class teacher this account's person is, youngest grade first (every
    /// year's: the read rules ask whether the reader is a class teacher at all).
    func ownClasses(_ db: Database) throws -> [SchoolClass] {
        guard let person = actor.personID else { return [] }
        return try SchoolClass.fetchAll(db, sql: "SELECT * FROM school_class WHERE class_teacher_id = ? AND state = 'active' ORDER BY grade, letter",
                                        arguments: [person])
    }
}

extension Array where Element == ClassSummary {
    /// The class written as a school writes it (`5А`, `5 А`, `5-А`, `5«А»`), if it is one of these.
    public func named(_ text: String) -> ClassSummary? {
        map(\.schoolClass).named(text).flatMap { found in first { $0.id == found.id } }
    }
}

extension Array where Element == SchoolClass {
    /// The class written as a school writes it (`5А`, `5 А`, `5-А`, `5«А»`), if it is one of these.
    func named(_ text: String) -> SchoolClass? {
        guard let (grade, letter) = ImportValues.schoolClass(text.trimmingCharacters(in: .whitespaces)) else { return nil }
        return first { $0.grade == grade && $0.letter.uppercased() == letter }
    }
}
