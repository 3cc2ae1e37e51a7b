import GRDB

/// A lesson held (урок): the record a teacher keeps for one class or subgroup on one date and slot.
public struct Lesson: JournalRecord {
    public static let databaseTableName = "lesson"
    public var id: String
    public var classID: String
    public var subjectID: String
    public var subgroupID: String?
    public var teacherID: String
    /// The teacher who held it instead (замена), if any.
    public var substituteID: String?
    public var onDate: SchoolDate
    public var slot: Int
    public var topic: String = ""
    /// Kind of work (вид работы) of the lesson, a key of the weights setting.
    public var workKind: String = WorkKind.classwork
    public var homework: String = ""
    /// False when the lesson was not held.
    public var held: Bool = true
    /// The teacher confirmed the register ("все присутствуют"): students without a code were present.
    /// Attendance also counts as taken once any code is recorded (see `ClassAttendance`).
    public var attendanceTaken: Bool = false
    public var state: RecordState = .active

    /// A record with every field given (fields with a default may be left out).
    public init(id: String, classID: String, subjectID: String, subgroupID: String? = nil, teacherID: String, substituteID: String? = nil, onDate: SchoolDate, slot: Int, topic: String = "", workKind: String = WorkKind.classwork, homework: String = "", held: Bool = true, attendanceTaken: Bool = false, state: RecordState = .active) {
        self.id = id
        self.classID = classID
        self.subjectID = subjectID
        self.subgroupID = subgroupID
        self.teacherID = teacherID
        self.substituteID = substituteID
        self.onDate = onDate
        self.slot = slot
        self.topic = topic
        self.workKind = workKind
        self.homework = homework
        self.held = held
        self.attendanceTaken = attendanceTaken
        self.state = state
    }

    /// Who held the lesson: the substitute if there was one, else the teacher.
    public var heldByID: String { substituteID ?? teacherID }

    /// Whether another teacher held it (замена).
    public var isSubstitution: Bool { substituteID != nil }
}

/// A mark (отметка) given to a student at a lesson; several per lesson are allowed.
public struct Mark: JournalRecord {
    public static let databaseTableName = "mark"
    public var id: String
    public var lessonID: String
    public var studentID: String
    /// `5`…`1`, `зач`, `незач` or `н/а`.
    public var value: String
    public var workKind: String
    public var weight: Double
    public var comment: String = ""
    /// The mark took its lesson's kind of work (and follows it when the lesson's kind changes);
    /// false when the teacher chose the kind for this mark.
    public var kindFromLesson: Bool = true
    public var state: RecordState = .active

    /// A record with every field given (fields with a default may be left out).
    public init(id: String, lessonID: String, studentID: String, value: String, workKind: String, weight: Double, comment: String = "", kindFromLesson: Bool = true, state: RecordState = .active) {
        self.id = id
        self.lessonID = lessonID
        self.studentID = studentID
        self.value = value
        self.workKind = workKind
        self.weight = weight
        self.comment = comment
        self.kindFromLesson = kindFromLesson
        self.state = state
    }
}

/// A student's attendance at a lesson: a code such as Н, Б, У, П or ОП (late).
public struct Attendance: JournalRecord {
    public static let databaseTableName = "attendance"
    public var id: String
    public var lessonID: String
    public var studentID: String
    public var code: String
    public var state: RecordState = .active

    /// A record with every field given (fields with a default may be left out).
    public init(id: String, lessonID: String, studentID: String, code: String, state: RecordState = .active) {
        self.id = id
        self.lessonID = lessonID
        self.studentID = studentID
        self.code = code
        self.state = state
    }
}

/// Which summary mark a `FinalMark` is.
public enum FinalMarkKind: String, Codable, Sendable, DatabaseValueConvertible, CaseIterable {
    /// Четвертная / триместровая / полугодовая.
    case period
    /// Годовая.
    case year
    /// Экзаменационная.
    case exam
    /// Итоговая.
    case final
}

/// A period, year, exam or final mark, set by the teacher (never written from the forecast).
public struct FinalMark: JournalRecord {
    public static let databaseTableName = "final_mark"
    public var id: String
    public var studentID: String
    public var subjectID: String
    /// The period it is for; year, exam and final marks name the year period.
    public var periodID: String
    public var kind: FinalMarkKind
    public var value: String
    public var state: RecordState = .active

    /// A record with every field given (fields with a default may be left out).
    public init(id: String, studentID: String, subjectID: String, periodID: String, kind: FinalMarkKind, value: String, state: RecordState = .active) {
        self.id = id
        self.studentID = studentID
        self.subjectID = subjectID
        self.periodID = periodID
        self.kind = kind
        self.value = value
        self.state = state
    }
}

/// A school setting, stored as JSON text under a well-known key.
public struct Setting: JournalRecord {
    public static let databaseTableName = "setting"
    /// The setting's key, e.g. `edit_window`.
    public var id: String
    public var value: String
    public var state: RecordState = .active
}

// Lessons, marks and attendance are decoded and encoded column by column instead of through
// Codable: every save reads its lesson and writes a mark or a code, the grid and the attendance
// sheet read hundreds of them, and GRDB's Codable coders were a twentieth of the program's CPU
// through a lesson. The column names are Codable's (snake case); `RecordCodingTests` checks both
// ways agree.
extension Lesson {
    public init(row: Row) throws {
        id = try row.decode(String.self, forColumn: "id")
        classID = try row.decode(String.self, forColumn: "class_id")
        subjectID = try row.decode(String.self, forColumn: "subject_id")
        subgroupID = try row.decode(String?.self, forColumn: "subgroup_id")
        teacherID = try row.decode(String.self, forColumn: "teacher_id")
        substituteID = try row.decode(String?.self, forColumn: "substitute_id")
        onDate = try row.decode(SchoolDate.self, forColumn: "on_date")
        slot = try row.decode(Int.self, forColumn: "slot")
        topic = try row.decode(String.self, forColumn: "topic")
        workKind = try row.decode(String.self, forColumn: "work_kind")
        homework = try row.decode(String.self, forColumn: "homework")
        held = try row.decode(Bool.self, forColumn: "held")
        attendanceTaken = try row.decode(Bool.self, forColumn: "attendance_taken")
        state = try row.decode(RecordState.self, forColumn: "state")
    }
}

extension Mark {
    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["lesson_id"] = lessonID
        container["student_id"] = studentID
        container["value"] = value
        container["work_kind"] = workKind
        container["weight"] = weight
        container["comment"] = comment
        container["kind_from_lesson"] = kindFromLesson
        container["state"] = state
    }

    public init(row: Row) throws {
        id = try row.decode(String.self, forColumn: "id")
        lessonID = try row.decode(String.self, forColumn: "lesson_id")
        studentID = try row.decode(String.self, forColumn: "student_id")
        value = try row.decode(String.self, forColumn: "value")
        workKind = try row.decode(String.self, forColumn: "work_kind")
        weight = try row.decode(Double.self, forColumn: "weight")
        comment = try row.decode(String.self, forColumn: "comment")
        kindFromLesson = try row.decode(Bool.self, forColumn: "kind_from_lesson")
        state = try row.decode(RecordState.self, forColumn: "state")
    }
}

extension Attendance {
    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["lesson_id"] = lessonID
        container["student_id"] = studentID
        container["code"] = code
        container["state"] = state
    }

    public init(row: Row) throws {
        id = try row.decode(String.self, forColumn: "id")
        lessonID = try row.decode(String.self, forColumn: "lesson_id")
        studentID = try row.decode(String.self, forColumn: "student_id")
        code = try row.decode(String.self, forColumn: "code")
        state = try row.decode(RecordState.self, forColumn: "state")
    }
}
