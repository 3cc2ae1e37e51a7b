import GRDB

extension JournalSession {
    /// One recorded lesson by id, for screens opened on a lesson this account may read.
    public func lesson(id: String) throws(Refusal) -> Lesson {
        try read { db in
            let context = try LessonContext.load(db, lessonID: id, actor: actor)
            try requireReadable(.lesson, .lesson(context))
            return context.lesson
        }
    }

    /// The attendance sheet of a lesson: its students and codes, and whether this account may
    /// take the register now (`refusal`, decided by `EditRules` as `setAttendance` would).
    public func attendanceSheet(lessonID: String) throws(Refusal) -> AttendanceSheet {
        try read { db in
            let context = try LessonContext.load(db, lessonID: lessonID, actor: actor)
            try requireReadable(.lesson, .lesson(context))
            let settings = try JournalSettings.load(db)
            let lesson = context.lesson
            let ids = try Teaching.studentIDs(db, classID: lesson.classID, subgroupID: lesson.subgroupID, on: lesson.onDate)
            let students = try Person.listed(db, keys: ids)
            var records: [String: Attendance] = [:]
            for record in try Attendance.fetchAll(db.cachedStatement(sql: "SELECT * FROM attendance WHERE lesson_id = ? AND state = 'active'"),
                                                  arguments: [lessonID]) {
                records[record.studentID] = record
            }
            return AttendanceSheet(lesson: lesson, classTitle: context.schoolClass.title, subjectName: context.subject.name,
                                   students: students, records: records, codes: settings.attendanceCodes,
                                   refusal: try editRefusal(.attendance, context, db, settings))
        }
    }

    /// A lesson's record with the names and choices the lesson editor shows, and whether this
    /// account may change it now (`refusal`, decided as `changeLesson` would).
    public func lessonRecord(lessonID: String) throws(Refusal) -> LessonRecord {
        try read { db in
            let context = try LessonContext.load(db, lessonID: lessonID, actor: actor)
            try requireReadable(.lesson, .lesson(context))
            let settings = try JournalSettings.load(db)
            let lesson = context.lesson
            let name = { (id: String) throws -> String in try Person.fetchOne(db, key: id)?.fullName ?? "" }
            return LessonRecord(
                lesson: lesson, schoolClass: context.schoolClass, subjectName: context.subject.name,
                teacherName: try name(lesson.teacherID), substituteName: try lesson.substituteID.map(name),
                plannedTopic: try PlanTopic.next(db, for: lesson, grade: context.schoolClass.grade),
                plannedTopics: try PlanTopic.planOf(subjectID: lesson.subjectID, grade: context.schoolClass.grade).fetchAll(db),
                workKinds: settings.offeredWorkKinds, refusal: try editRefusal(.lessonRecord, context, db, settings))
        }
    }

    private func editRefusal(_ kind: ChangeKind, _ context: LessonContext, _ db: Database, _ settings: JournalSettings) throws -> Refusal? {
        let facts = try context.lessonFacts(db, settings: settings)
        if case let .failure(refusal) = EditRules.decide(kind, roles: actor.roles, facts: context.facts, lesson: facts, today: journal.today) {
            return refusal
        }
        return nil
    }
}

/// What the attendance sheet of one lesson shows: the lesson, its students and their codes.
public struct AttendanceSheet: Sendable {
    public var lesson: Lesson
    public var classTitle: String
    public var subjectName: String
    /// The students of the lesson (the class, or the subgroup) on its date, in Russian alphabetical order.
    public var students: [Person]
    /// Active attendance records by student id.
    public var records: [String: Attendance]
    /// The school's codes, in the order the settings list them.
    public var codes: [AttendanceCode]
    /// Why this account may not take the register now; nil when it may.
    public var refusal: Refusal?

    /// The code recorded for a student, nil when none (present).
    public func code(of studentID: String) -> String? { records[studentID]?.code }

    /// The setting that describes a code.
    public func attendanceCode(_ code: String) -> AttendanceCode? { codes.first { $0.code == code } }
}

/// What the lesson editor shows besides the lesson itself: names and the choices the school offers.
public struct LessonRecord: Sendable {
    public var lesson: Lesson
    public var schoolClass: SchoolClass
    public var subjectName: String
    public var teacherName: String
    public var substituteName: String?
    /// The next topic of the calendar-thematic plan, the default for an empty topic.
    public var plannedTopic: PlanTopic?
    /// The subject's plan for the class's grade, to pick another topic from.
    public var plannedTopics: [PlanTopic]
    /// Kinds of work the settings weigh, built-in ones first in their usual order.
    public var workKinds: [String]
    /// Why this account may not change the record now; nil when it may.
    public var refusal: Refusal?
}
