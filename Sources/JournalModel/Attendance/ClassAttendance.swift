import GRDB

/// A class's attendance over a date range, as the class teacher checks it weekly [DOMAIN §5]:
/// students down, the recorded lessons of every subject and group across by day, codes in the
/// cells, absences without a reason identifiable.
///
/// Only recorded lessons have attendance; the timetable's expected lessons are in
/// `Journal.lessons(classID:from:to:)`.
public struct ClassAttendance: Sendable {
    public let schoolClass: SchoolClass
    public let from: SchoolDate
    public let to: SchoolDate
    /// Students who belonged to the class at any time in the range, in Russian alphabetical order.
    public let students: [Person]
    /// Recorded lessons in date and slot order: every one for the class teacher and the school's
    /// management; for a subject teacher those they held (taught or substituted) [DOMAIN §2].
    public let lessons: [Lesson]
    /// The subjects of those lessons, by id.
    public let subjects: [String: Subject]
    /// Active attendance records by lesson id, then student id.
    public let attendance: [String: [String: Attendance]]
    /// The settings in force: the attendance codes and which of them lack a reason.
    public let settings: JournalSettings
    let enrollments: [String: [ClosedRange<SchoolDate>]]
    let groupMemberships: [String: [String: [ClosedRange<SchoolDate>]]]

    /// The dates of the range, for the columns of days.
    public var days: [SchoolDate] {
        from <= to ? (from.dayNumber...to.dayNumber).map(SchoolDate.init(dayNumber:)) : []
    }

    /// The lessons of one day, in slot order.
    public func lessons(on date: SchoolDate) -> [Lesson] { lessons.filter { $0.onDate == date } }

    /// The attendance code of one cell, if any (no code: present, once attendance was taken).
    public func attendance(lessonID: String, studentID: String) -> Attendance? { attendance[lessonID]?[studentID] }

    /// Whether the student was in the lesson's class (and group) on its date: other cells are not theirs.
    public func attends(_ studentID: String, _ lesson: Lesson) -> Bool {
        guard enrollments[studentID]?.contains(where: { $0.contains(lesson.onDate) }) ?? false else { return false }
        guard let subgroupID = lesson.subgroupID else { return true }
        return groupMemberships[subgroupID]?[studentID]?.contains { $0.contains(lesson.onDate) } ?? false
    }

    /// Whether attendance was taken at one of these lessons: the teacher confirmed the register
    /// or recorded any code.
    public func isTaken(lessonID: String) -> Bool {
        lessons.contains { $0.id == lessonID && $0.attendanceTaken } || !(attendance[lessonID]?.isEmpty ?? true)
    }

    /// Whether the record is an absence whose reason is still missing (Н by default).
    public func isReasonMissing(_ record: Attendance) -> Bool {
        settings.attendanceCode(record.code)?.reasonMissing ?? false
    }

    /// Absences still without a reason, by lesson order then student order: the class teacher's to-do list.
    public var absencesWithoutReason: [Attendance] {
        lessons.flatMap { lesson in
            students.compactMap { attendance(lessonID: lesson.id, studentID: $0.id) }.filter(isReasonMissing)
        }
    }
}

extension JournalSession {
    /// Loads a class's attendance over a date range (a week for the class teacher's weekly check),
    /// with the lessons this account may see there.
    public func classAttendance(classID: String, from: SchoolDate, to: SchoolDate) throws(Refusal) -> ClassAttendance {
        try read { db in
            let facts = try ReadFacts.classAttendance(db, actor, classID: classID)
            try requireReadable(.classAttendance, facts)
            let whole = actor.seesWholeSchool || facts.isClassTeacher
            let person = actor.personID
            return try ClassAttendanceLoader.load(db, classID: classID, from: from, to: to) { lesson in
                whole || lesson.teacherID == person || lesson.substituteID == person
            }
        }
    }
}

enum ClassAttendanceLoader {
    static func load(_ db: Database, classID: String, from: SchoolDate, to: SchoolDate,
                     shown: (Lesson) -> Bool) throws -> ClassAttendance {
        let schoolClass = try SchoolClass.require(db, classID)
        let enrollments = try spans(db, sql: """
            SELECT student_id AS owner, student_id, starts_on, ends_on FROM enrollment
            WHERE class_id = ? AND state = 'active' AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)
            """, classID: classID, from: from, to: to)["all"] ?? [:]
        // By the class's subgroups, through the membership index (a join let SQLite scan every
        // membership of the school).
        let groupMemberships = try spans(db, sql: """
            SELECT subgroup_id AS owner, student_id, starts_on, ends_on FROM subgroup_membership
            WHERE subgroup_id IN (SELECT id FROM subgroup WHERE class_id = ?) AND state = 'active'
              AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)
            """, classID: classID, from: from, to: to, byOwner: true)
        let students = try Person.listed(db, keys: enrollments.keys)
        let lessons = try Lesson.fetchAll(db, sql: """
            SELECT * FROM lesson WHERE class_id = ? AND on_date >= ? AND on_date <= ? AND state = 'active' ORDER BY on_date, slot, subgroup_id
            """, arguments: [classID, from, to]).filter(shown)
        let shownIDs = Set(lessons.map(\.id))
        let subjects = try Subject.fetchAll(db, keys: Set(lessons.map(\.subjectID)))
        var attendance: [String: [String: Attendance]] = [:]
        for record in try Attendance.fetchAll(db, sql: """
            SELECT attendance.* FROM attendance JOIN lesson ON lesson.id = attendance.lesson_id
            WHERE lesson.class_id = ? AND lesson.on_date >= ? AND lesson.on_date <= ? AND lesson.state = 'active'
              AND attendance.state = 'active'
            """, arguments: [classID, from, to]) where shownIDs.contains(record.lessonID) {
            attendance[record.lessonID, default: [:]][record.studentID] = record
        }
        return ClassAttendance(schoolClass: schoolClass, from: from, to: to, students: students, lessons: lessons,
                               subjects: Dictionary(uniqueKeysWithValues: subjects.map { ($0.id, $0) }), attendance: attendance,
                               settings: try JournalSettings.load(db), enrollments: enrollments, groupMemberships: groupMemberships)
    }

    /// Membership spans clipped to the range, by owner (class or subgroup) then student.
    private static func spans(_ db: Database, sql: String, classID: String, from: SchoolDate, to: SchoolDate,
                              byOwner: Bool = false) throws -> [String: [String: [ClosedRange<SchoolDate>]]] {
        var result: [String: [String: [ClosedRange<SchoolDate>]]] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: [classID, to, from]) {
            let start: SchoolDate = row["starts_on"]
            let end: SchoolDate = row["ends_on"] ?? to
            guard start <= end else { continue }
            let owner: String = byOwner ? row["owner"] : "all"
            result[owner, default: [:]][row["student_id"], default: []].append(start...end)
        }
        return result
    }
}
