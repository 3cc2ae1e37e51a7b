import GRDB

/// A student whose diary an account reads: the student themself, or a parent's child.
public struct DiaryPupil: Sendable, Hashable {
    public let id: String
    /// «Иванов Пётр Сергеевич».
    public let fullName: String
    /// The class the student is in today (or was last in), «5А»; empty when never enrolled.
    public let classTitle: String
}

extension JournalSession {
    /// Whether this account reads the diary rather than gradebooks: a student or a parent with no
    /// staff role.
    public var readsDiary: Bool {
        (has(.student) || has(.parent)) && roles.isDisjoint(with: [.administrator, .director, .deputy, .teacher])
    }

    /// The students whose diary this account opens on: a student their own; a parent the children
    /// whose link has consent registered [DOMAIN §7], in alphabetical order; nobody else has one.
    public func diaryPupils() throws(Refusal) -> [DiaryPupil] {
        try read { db in
            guard let person = actor.personID else { return [] }
            var ids: [String] = []
            if actor.has(.student) { ids.append(person) }
            if actor.has(.parent) {
                ids += try String.fetchAll(db.cachedStatement(sql: """
                    SELECT student_id FROM guardian WHERE parent_id = ? AND consent = 1 AND state = 'active'
                    """), arguments: [person])
            }
            return try Person.listed(db, keys: Set(ids)).map { student in
                DiaryPupil(id: student.id, fullName: student.fullName, classTitle: try DiaryScope.classTitle(db, studentID: student.id, on: today))
            }
        }
    }

    /// Refuses a diary read `ReadRules` does not allow (`.diary`): another family's child, another class.
    func requireDiary(_ db: Database, studentID: String) throws {
        try requireReadable(.diary, ReadFacts.diary(db, actor, studentID: studentID, on: today))
    }

    /// The student whose diary is read, once the read rule allows it, with their class on a date.
    func readableDiaryPupil(_ db: Database, studentID: String, on date: SchoolDate) throws -> DiaryPupil {
        try requireDiary(db, studentID: studentID)
        let student = try Person.require(db, studentID)
        return DiaryPupil(id: student.id, fullName: student.fullName, classTitle: try DiaryScope.classTitle(db, studentID: studentID, on: date))
    }
}

extension ReadFacts {
    /// What the reader is to a student's diary: the student, their parent (with consent), or the
    /// class teacher of a class the student is in on the date.
    static func diary(_ db: Database, _ actor: JournalActor, studentID: String, on date: SchoolDate) throws -> ReadFacts {
        guard let person = actor.personID else { return ReadFacts() }
        let ownChild = try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM guardian WHERE parent_id = ? AND student_id = ? AND consent = 1 AND state = 'active')
            """), arguments: [person, studentID]) ?? false
        let classTeacher = try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM enrollment JOIN school_class ON school_class.id = enrollment.class_id
                WHERE enrollment.student_id = ? AND enrollment.state = 'active' AND school_class.class_teacher_id = ?
                  AND enrollment.starts_on <= ? AND (enrollment.ends_on IS NULL OR enrollment.ends_on >= ?))
            """), arguments: [studentID, person, date, date]) ?? false
        return ReadFacts(isClassTeacher: classTeacher, isSelf: person == studentID, isOwnChild: ownChild)
    }
}
