import GRDB

/// A lesson with its class and subject, and what the acting person is to it.
struct LessonContext {
    let lesson: Lesson
    let schoolClass: SchoolClass
    let subject: Subject
    let facts: PermissionFacts

    static func load(_ transaction: JournalTransaction, lessonID: String) throws -> LessonContext {
        let lesson = try transaction.fetch(Lesson.self, lessonID, what: LocalizedText(ru: "Урок не найден.", en: "Lesson not found."))
        return try load(transaction, lesson: lesson)
    }

    static func load(_ transaction: JournalTransaction, lesson: Lesson) throws -> LessonContext {
        let db = transaction.db
        let schoolClass = try transaction.fetch(SchoolClass.self, lesson.classID, what: LocalizedText(ru: "Класс не найден.", en: "Class not found."))
        let subject = try transaction.fetch(Subject.self, lesson.subjectID, what: LocalizedText(ru: "Предмет не найден.", en: "Subject not found."))
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
