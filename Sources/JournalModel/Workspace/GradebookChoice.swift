import GRDB

/// A gradebook an actor may open: one class (or subgroup) and subject, and whether the actor may
/// enter marks in it or only look.
public struct GradebookChoice: Sendable, Hashable {
    public var classID: String
    public var classTitle: String
    public var subjectID: String
    public var subjectName: String
    public var subgroupID: String?
    public var subgroupName: String?
    /// False when the actor may only read it (director, deputy, class teacher on another's subject).
    public var mayEdit: Bool
}

extension GradebookChoice {
    /// The gradebook of a timetable lesson the teacher substitutes: it opens for them although it
    /// is outside their workload, and only that lesson's cells may change (the gradebook's access
    /// says which).
    public init(substituted lesson: TimetableLesson) {
        self.init(classID: lesson.classID, classTitle: lesson.classTitle, subjectID: lesson.subjectID, subjectName: lesson.subjectName,
                  subgroupID: lesson.subgroupID, subgroupName: lesson.subgroupName, mayEdit: true)
    }

    /// Whether this is the gradebook of the lessons of this class, subject and group.
    public func holds(classID: String, subjectID: String, subgroupID: String?) -> Bool {
        self.classID == classID && self.subjectID == subjectID && self.subgroupID == subgroupID
    }

    /// The gradebook a lesson of a teacher's timetable opens for them: for a lesson they
    /// substitute, that lesson's own (`init(substituted:)`); otherwise the one of `choices` (their
    /// openable gradebooks) that holds it; nil when none does, and the lesson is not offered.
    public static func opened(by lesson: TimetableLesson, among choices: [GradebookChoice]) -> GradebookChoice? {
        if lesson.isSubstitution { return GradebookChoice(substituted: lesson) }
        return choices.first { $0.holds(classID: lesson.classID, subjectID: lesson.subjectID, subgroupID: lesson.subgroupID) }
    }
}

extension JournalSession {
    /// The gradebook a recorded lesson opens for `actor` (Enter on its attendance sheet): a lesson
    /// of their timetable that day by the same rule as on the home screen (`GradebookChoice.opened`),
    /// so a substitute gets the substituted lesson's; any other (an extra lesson, or another
    /// teacher's for the school's management) the openable gradebook that holds it; nil when none.
    public func gradebookChoice(forLesson lesson: Lesson) throws(Refusal) -> GradebookChoice? {
        let choices = try openableGradebooks()
        if let personID = actor.personID, let scheduled = try timetable(forTeacher: personID, on: lesson.onDate).first(where: {
            $0.slot == lesson.slot && $0.classID == lesson.classID && $0.subjectID == lesson.subjectID && $0.subgroupID == lesson.subgroupID
        }) {
            return GradebookChoice.opened(by: scheduled, among: choices)
        }
        return choices.first { $0.holds(classID: lesson.classID, subjectID: lesson.subjectID, subgroupID: lesson.subgroupID) }
    }
}

extension JournalSession {
    /// The gradebooks `actor` may open [DOMAIN §2]: a teacher's workload; a class teacher's own
    /// class in every subject taught there; every class for the director, deputy and administrator.
    /// Students and parents get none (they see the diary). Sorted by class, then subject.
    public func openableGradebooks() throws(Refusal) -> [GradebookChoice] {
        let seesAll = actor.seesWholeSchool
        guard seesAll || actor.has(.teacher), let personID = actor.personID ?? (seesAll ? "" : nil) else { return [] }
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT DISTINCT w.class_id, c.grade, c.letter, w.subject_id, s.name AS subject_name,
                       w.subgroup_id, g.name AS subgroup_name,
                       EXISTS (SELECT 1 FROM workload m WHERE m.teacher_id = ? AND m.class_id = w.class_id
                               AND m.subject_id = w.subject_id AND m.state = 'active'
                               AND (m.subgroup_id IS NULL OR m.subgroup_id = w.subgroup_id)) AS teaches
                FROM workload w
                JOIN school_class c ON c.id = w.class_id AND c.state = 'active'
                JOIN subject s ON s.id = w.subject_id
                LEFT JOIN subgroup g ON g.id = w.subgroup_id
                WHERE w.state = 'active' AND (? OR w.teacher_id = ? OR c.class_teacher_id = ?)
                """, arguments: [personID, seesAll, personID, personID])
        }
        let choices = rows.map { row -> GradebookChoice in
            let teaches: Bool = row["teaches"]
            let mayEdit = (try? PermissionRules.decide(.mark, roles: actor.roles, facts: PermissionFacts(teachesIt: teaches)).get()) != nil
            return GradebookChoice(
                classID: row["class_id"], classTitle: "\(row["grade"] as Int)\(row["letter"] as String)",
                subjectID: row["subject_id"], subjectName: row["subject_name"],
                subgroupID: row["subgroup_id"], subgroupName: row["subgroup_name"], mayEdit: mayEdit)
        }
        let grades = Dictionary(rows.map { (($0["class_id"] as String), ($0["grade"] as Int)) }) { first, _ in first }
        return choices.sorted { left, right in
            if left.classID != right.classID {
                let (lg, rg) = (grades[left.classID] ?? 0, grades[right.classID] ?? 0)
                return lg != rg ? lg < rg : RussianCollation.precedes(left.classTitle, right.classTitle)
            }
            if left.subjectName != right.subjectName { return RussianCollation.precedes(left.subjectName, right.subjectName) }
            return RussianCollation.precedes(left.subgroupName ?? "", right.subgroupName ?? "")
        }
    }

    /// The reporting periods of the school year containing `date` (quarters first, then the year),
    /// or of the latest year when no year contains it.
    public func periods(ofYearContaining date: SchoolDate) throws(Refusal) -> [Period] {
        try read { db in
            guard let yearID = try SchoolYear.id(containing: date, db) else { return [] }
            return try Period.ofYear(yearID, db)
        }
    }

}

extension Period {
    /// The periods of a school year: the terms in order, then the year.
    static func ofYear(_ yearID: String, _ db: Database) throws -> [Period] {
        try Period.fetchAll(db, sql: """
            SELECT * FROM period WHERE year_id = ? AND state = 'active' ORDER BY kind = 'year', starts_on, number
            """, arguments: [yearID])
    }

    /// The period a gradebook opens on by default: the shortest one containing `date`, else the
    /// nearest one before it (holidays), else the first.
    public static func defaultPeriod(among periods: [Period], on date: SchoolDate) -> Period? {
        let terms = periods.filter { $0.kind != .year }
        if let current = terms.filter({ $0.startsOn <= date && date <= $0.endsOn }).min(by: { $0.endsOn < $1.endsOn }) {
            return current
        }
        return terms.filter { $0.endsOn < date }.max { $0.endsOn < $1.endsOn } ?? periods.first
    }
}
