import GRDB

extension JournalSession {
    /// Refuses a read `ReadRules` does not allow this account. The facts are loaded only when the
    /// roles alone do not allow it (the school's management reads every journal without them).
    func requireReadable(_ kind: ReadKind, _ facts: @autoclosure () throws -> ReadFacts = ReadFacts()) throws {
        guard ReadRules.decide(kind, roles: actor.roles, facts: ReadFacts()) != nil else { return }
        if let refusal = ReadRules.decide(kind, roles: actor.roles, facts: try facts()) { throw refusal }
    }
}

extension ReadFacts {
    /// What the reader is to a class's (or group's) gradebook in a subject.
    static func gradebook(_ db: Database, _ actor: JournalActor, classID: String, subjectID: String, subgroupID: String?) throws -> ReadFacts {
        guard let person = actor.personID else { return ReadFacts() }
        let teaches = try Teaching.covers(db, teacherID: person, classID: classID, subjectID: subjectID, subgroupID: subgroupID)
        let substitutes = try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM lesson WHERE substitute_id = ? AND class_id = ? AND subject_id = ?
                AND subgroup_id IS ? AND state = 'active')
            """), arguments: [person, classID, subjectID, subgroupID]) ?? false
        return ReadFacts(teachesIt: teaches, substitutesIt: substitutes, isClassTeacher: try isClassTeacher(db, person, of: classID))
    }

    /// What the reader is to one lesson.
    static func lesson(_ context: LessonContext) -> ReadFacts {
        ReadFacts(teachesIt: context.facts.teachesIt, substitutesIt: context.facts.substitutesIt, isClassTeacher: context.facts.isClassTeacher)
    }

    /// What the reader is to a class's attendance: teaching some subject there, or its class teacher.
    static func classAttendance(_ db: Database, _ actor: JournalActor, classID: String) throws -> ReadFacts {
        guard let person = actor.personID else { return ReadFacts() }
        let teaches = try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM workload WHERE teacher_id = ? AND class_id = ? AND state = 'active')
                OR EXISTS (SELECT 1 FROM lesson WHERE substitute_id = ? AND class_id = ? AND state = 'active')
            """), arguments: [person, classID, person, classID]) ?? false
        return ReadFacts(teachesIt: teaches, isClassTeacher: try isClassTeacher(db, person, of: classID))
    }

    /// What the reader is to a student's marks in a subject (period marks and their history):
    /// teaching the subject to the student, or the class teacher of the student's class.
    static func studentInSubject(_ db: Database, _ actor: JournalActor, studentID: String, subjectID: String,
                                 period: Period, today: SchoolDate) throws -> ReadFacts {
        guard let person = actor.personID else { return ReadFacts() }
        let onDate = period.clamped(today)
        guard let classID = try Teaching.classOf(db, studentID: studentID, on: onDate)
                ?? Teaching.classOf(db, studentID: studentID, on: period.endsOn) else { return ReadFacts() }
        let teaches = try FinalMarkScope.teacherTeachesStudent(db, teacherID: person, studentID: studentID, classID: classID,
                                                               subjectID: subjectID, on: onDate)
        return ReadFacts(teachesIt: teaches, isClassTeacher: try isClassTeacher(db, person, of: classID))
    }

    private static func isClassTeacher(_ db: Database, _ person: String, of classID: String) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM school_class WHERE id = ? AND class_teacher_id = ?)"),
                          arguments: [classID, person]) ?? false
    }
}
