import GRDB

/// A lesson with its class and subject, and what the acting person is to it.
struct LessonContext {
    let lesson: Lesson
    let schoolClass: SchoolClass
    let subject: Subject
    let facts: PermissionFacts

    static func load(_ transaction: JournalTransaction, lessonID: String) throws -> LessonContext {
        try load(transaction.db, lessonID: lessonID, actor: transaction.actor)
    }

    static func load(_ transaction: JournalTransaction, lesson: Lesson) throws -> LessonContext {
        try load(transaction.db, lesson: lesson, actor: transaction.actor)
    }

    static func load(_ db: Database, lessonID: String, actor: JournalActor) throws -> LessonContext {
        let lesson = try Lesson.require(db, lessonID)
        return try load(db, lesson: lesson, actor: actor)
    }

    static func load(_ db: Database, lesson: Lesson, actor: JournalActor) throws -> LessonContext {
        let schoolClass = try SchoolClass.require(db, lesson.classID)
        let subject = try Subject.require(db, lesson.subjectID)
        let person = actor.personID
        let teaches = try person.map {
            try Teaching.covers(db, teacherID: $0, classID: lesson.classID, subjectID: lesson.subjectID, subgroupID: lesson.subgroupID)
        } ?? false
        let facts = PermissionFacts(
            teachesIt: teaches,
            substitutesIt: person != nil && lesson.substituteID == person,
            isClassTeacher: person != nil && schoolClass.classTeacherID == person)
        return LessonContext(lesson: lesson, schoolClass: schoolClass, subject: subject, facts: facts)
    }

    /// The lesson's facts for `EditRules`: its closed period and edit window as they are now.
    func lessonFacts(_ db: Database, settings: JournalSettings) throws -> LessonFacts {
        let closed = try Period.closedName(db, on: lesson.onDate, yearID: schoolClass.yearID)
        return LessonFacts(lesson: lesson, schoolClass: schoolClass, closedPeriod: closed, editWindow: settings.editWindow)
    }

    func lessonFacts(_ transaction: JournalTransaction) throws -> LessonFacts {
        try lessonFacts(transaction.db, settings: transaction.settings())
    }
}

/// Facts about who teaches whom, from the workload and the class lists.
enum Teaching {
    /// Whether the teacher's workload covers this class and subject, and the subgroup if any.
    /// A workload for the whole class covers each of its subgroups; a subgroup's workload covers
    /// only that subgroup's lessons.
    static func covers(_ db: Database, teacherID: String, classID: String, subjectID: String, subgroupID: String?) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM workload
                WHERE teacher_id = ? AND class_id = ? AND subject_id = ? AND state = 'active'
                  AND (subgroup_id IS NULL OR subgroup_id = ?))
            """), arguments: [teacherID, classID, subjectID, subgroupID]) ?? false
    }

    /// Whether a student belongs to the class, and to the subgroup if one is named, on a date.
    static func studentAttends(_ db: Database, studentID: String, classID: String, subgroupID: String?, on date: SchoolDate) throws -> Bool {
        let inClass = try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM enrollment WHERE student_id = ? AND class_id = ? AND state = 'active'
                AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?))
            """), arguments: [studentID, classID, date, date]) ?? false
        guard inClass, let subgroupID else { return inClass }
        return try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM subgroup_membership WHERE student_id = ? AND subgroup_id = ? AND state = 'active'
                AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?))
            """), arguments: [studentID, subgroupID, date, date]) ?? false
    }

    /// The students of a class, or of one of its subgroups, on a date.
    static func studentIDs(_ db: Database, classID: String, subgroupID: String?, on date: SchoolDate) throws -> [String] {
        let inClass = try String.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT student_id FROM enrollment WHERE class_id = ? AND state = 'active'
                AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)
            """), arguments: [classID, date, date])
        guard let subgroupID else { return inClass }
        let inGroup = Set(try String.fetchAll(db.cachedStatement(sql: """
            SELECT student_id FROM subgroup_membership WHERE subgroup_id = ? AND state = 'active'
                AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)
            """), arguments: [subgroupID, date, date]))
        return inClass.filter(inGroup.contains)
    }

    /// The class a student is enrolled in on a date, if any.
    static func classOf(_ db: Database, studentID: String, on date: SchoolDate) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: """
            SELECT class_id FROM enrollment WHERE student_id = ? AND state = 'active'
                AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?) ORDER BY starts_on DESC LIMIT 1
            """), arguments: [studentID, date, date])
    }
}
