import GRDB

/// Whom a class teacher looks after: the students of their class today and those students' parents.
enum ClassTeacherScope {
    /// Whether the actor is class teacher of the class a student is in today, or of a class where
    /// a child of this parent is.
    static func covers(_ db: Database, _ actor: JournalActor, personID: String, today: SchoolDate) throws -> Bool {
        guard let teacher = actor.personID else { return false }
        return try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM enrollment e JOIN school_class c ON c.id = e.class_id
                WHERE c.class_teacher_id = ? AND e.state = 'active' AND e.starts_on <= ? AND (e.ends_on IS NULL OR e.ends_on >= ?)
                  AND (e.student_id = ? OR e.student_id IN (SELECT student_id FROM guardian WHERE parent_id = ? AND state = 'active')))
            """, arguments: [teacher, today, today, personID, personID]) ?? false
    }

    /// The ids of the students of the actor's classes today and of their parents; empty for
    /// someone who is no class teacher.
    static func families(_ db: Database, _ actor: JournalActor, today: SchoolDate) throws -> Set<String> {
        guard let teacher = actor.personID else { return [] }
        let students = try String.fetchAll(db, sql: """
            SELECT e.student_id FROM enrollment e JOIN school_class c ON c.id = e.class_id
            WHERE c.class_teacher_id = ? AND e.state = 'active' AND e.starts_on <= ? AND (e.ends_on IS NULL OR e.ends_on >= ?)
            """, arguments: [teacher, today, today])
        guard !students.isEmpty else { return [] }
        let parents = try String.fetchAll(db, sql: """
            SELECT parent_id FROM guardian WHERE state = 'active' AND student_id IN (\(students.map { _ in "?" }.joined(separator: ",")))
            """, arguments: StatementArguments(students))
        return Set(students).union(parents)
    }
}
