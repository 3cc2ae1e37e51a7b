import GRDB

/// A lesson with its class and subject, and what the acting person is to it.
struct LessonContext {
    let lesson: Lesson
    let schoolClass: SchoolClass
    let subject: Subject
    let facts: PermissionFacts

    static func load(_ transaction: JournalTransaction, lessonID: String) throws -> LessonContext {
        if let (lesson, schoolClass, subject) = try fetchJoined(transaction.db, lessonID: lessonID) {
            return try make(transaction, lesson: lesson, schoolClass: schoolClass, subject: subject)
        }
        // Something is missing or withdrawn: the separate fetches say which.
        let lesson = try transaction.fetch(Lesson.self, lessonID, what: LocalizedText(ru: "Урок не найден.", en: "Lesson not found."))
        return try load(transaction, lesson: lesson)
    }

    static func load(_ transaction: JournalTransaction, lesson: Lesson) throws -> LessonContext {
        let schoolClass = try transaction.fetch(SchoolClass.self, lesson.classID, what: LocalizedText(ru: "Класс не найден.", en: "Class not found."))
        let subject = try transaction.fetch(Subject.self, lesson.subjectID, what: LocalizedText(ru: "Предмет не найден.", en: "Subject not found."))
        return try make(transaction, lesson: lesson, schoolClass: schoolClass, subject: subject)
    }

    /// The lesson, its class and its subject in one statement instead of three (every mark saved
    /// loads them); nil when any of them is missing or withdrawn.
    private static func fetchJoined(_ db: Database, lessonID: String) throws -> (Lesson, SchoolClass, Subject)? {
        let adapters = splittingRowAdapters(columnCounts: [
            try db.columns(in: Lesson.databaseTableName).count,
            try db.columns(in: SchoolClass.databaseTableName).count,
        ])
        let statement = try db.cachedStatement(sql: """
            SELECT lesson.*, school_class.*, subject.* FROM lesson
                JOIN school_class ON school_class.id = lesson.class_id
                JOIN subject ON subject.id = lesson.subject_id
            WHERE lesson.id = ?
            """)
        let scopes = ScopeAdapter(["lesson": adapters[0], "class": adapters[1], "subject": adapters[2]])
        guard let row = try Row.fetchOne(statement, arguments: [lessonID], adapter: scopes),
              let lessonRow = row.scopes["lesson"], let classRow = row.scopes["class"], let subjectRow = row.scopes["subject"] else {
            return nil
        }
        let lesson = try Lesson(row: lessonRow)
        let schoolClass = try SchoolClass(row: classRow)
        let subject = try Subject(row: subjectRow)
        guard lesson.isActive, schoolClass.isActive, subject.isActive else { return nil }
        return (lesson, schoolClass, subject)
    }

    private static func make(_ transaction: JournalTransaction, lesson: Lesson, schoolClass: SchoolClass, subject: Subject) throws -> LessonContext {
        let db = transaction.db
        let person = transaction.actor.personID
        let teaches = try person.map {
            try Teaching.covers(db, teacherID: $0, classID: lesson.classID, subjectID: lesson.subjectID, subgroupID: lesson.subgroupID)
        } ?? false
        let facts = PermissionFacts(
            teachesIt: teaches,
            substitutesIt: person != nil && lesson.substituteID == person,
            isClassTeacher: person != nil && schoolClass.classTeacherID == person)
        return LessonContext(lesson: lesson, schoolClass: schoolClass, subject: subject, facts: facts)
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

    /// The class a student is enrolled in on a date, if any.
    static func classOf(_ db: Database, studentID: String, on date: SchoolDate) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: """
            SELECT class_id FROM enrollment WHERE student_id = ? AND state = 'active'
                AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?) ORDER BY starts_on DESC LIMIT 1
            """), arguments: [studentID, date, date])
    }
}
