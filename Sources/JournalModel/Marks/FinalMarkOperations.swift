import GRDB

extension JournalSession {
    /// Sets (or with `nil` withdraws) a student's period, year, exam or final mark in a subject.
    ///
    /// Only the teacher of the subject in the student's class may do it, never in a closed
    /// period, never in a class taught without marks. The forecast is not consulted: the
    /// teacher decides.
    @discardableResult
    public func setFinalMark(
        studentID: String, subjectID: String, periodID: String, kind: FinalMarkKind = .period, value: String?,
        expecting: String?? = .none
    ) throws(Refusal) -> FinalMark? {
        try perform { transaction in
            try transaction.setFinalMark(studentID: studentID, subjectID: subjectID, periodID: periodID, kind: kind, value: value,
                                         expecting: expecting)
        }
    }
}

extension JournalTransaction {
    /// `JournalSession.setFinalMark` inside this transaction.
    func setFinalMark(studentID: String, subjectID: String, periodID: String, kind: FinalMarkKind, value: String?,
                      expecting: String??) throws -> FinalMark? {
        let period = try Period.require(db, periodID)
        let subject = try Subject.require(db, subjectID)
        let onDate = period.clamped(today)
        guard let classID = try Teaching.classOf(db, studentID: studentID, on: onDate)
                ?? Teaching.classOf(db, studentID: studentID, on: period.endsOn) else {
            throw Refusal.studentNotInLesson
        }
        let schoolClass = try SchoolClass.require(db, classID)
        let person = actor.personID
        let teaches = try person.map { teacher in
            try FinalMarkScope.teacherTeachesStudent(db, teacherID: teacher, studentID: studentID, classID: classID,
                                                     subjectID: subjectID, on: onDate)
        } ?? false
        let facts = PermissionFacts(teachesIt: teaches, isClassTeacher: schoolClass.classTeacherID == person)
        let closing = Period.closing(period, among: try Period.closed(db, yearID: period.yearID))
        if let refusal = EditRules.decidePeriodMark(roles: actor.roles, facts: facts, closedPeriod: closing?.name, schoolClass: schoolClass) {
            throw refusal
        }
        let existing = try FinalMark
            .filter(Column("student_id") == studentID && Column("subject_id") == subjectID
                    && Column("period_id") == periodID && Column("kind") == kind && Column("state") == RecordState.active)
            .fetchOne(db)
        if case let .some(expected) = expecting, expected != existing?.value {
            throw Refusal.staleValue(current: existing?.value ?? "")
        }
        guard let value else {
            if let existing {
                try writer.update(table: FinalMark.databaseTableName, id: existing.id, field: "state", to: RecordState.deleted)
            }
            return nil
        }
        let stored = try MarkValue.normalized(value, scale: subject.scale, allowNotAssessed: true)
            .orRefuse(.invalidMark(value: value, scale: subject.scale))
        if var existing {
            try writer.update(table: FinalMark.databaseTableName, id: existing.id, field: "value", to: stored)
            existing.value = stored
            return existing
        }
        let mark = FinalMark(id: newID(), studentID: studentID, subjectID: subjectID, periodID: periodID,
                             kind: kind, value: stored)
        try writer.create(mark)
        return mark
    }
}

enum FinalMarkScope {
    /// Whether the teacher teaches this subject to this student: a whole-class workload, or the
    /// workload of a subgroup the student belongs to.
    static func teacherTeachesStudent(_ db: Database, teacherID: String, studentID: String, classID: String,
                                      subjectID: String, on date: SchoolDate) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM workload w WHERE w.teacher_id = ? AND w.class_id = ? AND w.subject_id = ?
                AND w.state = 'active'
                AND (w.subgroup_id IS NULL OR EXISTS (SELECT 1 FROM subgroup_membership m
                    WHERE m.subgroup_id = w.subgroup_id AND m.student_id = ? AND m.state = 'active'
                      AND m.starts_on <= ? AND (m.ends_on IS NULL OR m.ends_on >= ?))))
            """, arguments: [teacherID, classID, subjectID, studentID, date, date]) ?? false
    }
}
