import GRDB

/// A teacher's assignment (нагрузка): a subject taught to a class, or to one subgroup of it.
public struct Workload: JournalRecord {
    public static let databaseTableName = "workload"
    public var id: String
    public var teacherID: String
    public var subjectID: String
    public var classID: String
    public var subgroupID: String?
    public var hoursPerWeek: Double = 0
    public var state: RecordState = .active

    /// A record with every field given (fields with a default may be left out).
    public init(id: String, teacherID: String, subjectID: String, classID: String, subgroupID: String? = nil, hoursPerWeek: Double = 0, state: RecordState = .active) {
        self.id = id
        self.teacherID = teacherID
        self.subjectID = subjectID
        self.classID = classID
        self.subgroupID = subgroupID
        self.hoursPerWeek = hoursPerWeek
        self.state = state
    }
}

/// A lesson slot of the bell schedule (расписание звонков).
public struct Bell: JournalRecord {
    public static let databaseTableName = "bell"
    public var id: String
    public var slot: Int
    /// `HH:MM`.
    public var startsAt: String
    public var endsAt: String
    public var state: RecordState = .active

    /// A record with every field given (fields with a default may be left out).
    public init(id: String, slot: Int, startsAt: String, endsAt: String, state: RecordState = .active) {
        self.id = id
        self.slot = slot
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.state = state
    }

    /// The bell schedule in force, by lesson number.
    static func bySlot(_ db: Database) throws -> [Int: Bell] {
        Dictionary(try Bell.filter(Column("state") == RecordState.active).fetchAll(db).map { ($0.slot, $0) }) { first, _ in first }
    }

    /// The lesson numbers a school day may have (0 is the early «нулевой урок»).
    public static let slots = 0...12
}

/// One weekly timetable cell: on this weekday and slot, this class (or subgroup) has this subject.
public struct TimetableEntry: JournalRecord {
    public static let databaseTableName = "timetable_entry"
    public var id: String
    public var yearID: String
    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int
    public var slot: Int
    public var classID: String
    public var subjectID: String
    public var subgroupID: String?
    public var teacherID: String
    public var room: String = ""
    public var validFrom: SchoolDate
    public var validTo: SchoolDate?
    public var state: RecordState = .active

    /// A record with every field given (fields with a default may be left out).
    public init(id: String = "", yearID: String, weekday: Int, slot: Int, classID: String, subjectID: String,
                subgroupID: String? = nil, teacherID: String, room: String = "", validFrom: SchoolDate,
                validTo: SchoolDate? = nil, state: RecordState = .active) {
        self.id = id
        self.yearID = yearID
        self.weekday = weekday
        self.slot = slot
        self.classID = classID
        self.subjectID = subjectID
        self.subgroupID = subgroupID
        self.teacherID = teacherID
        self.room = room
        self.validFrom = validFrom
        self.validTo = validTo
        self.state = state
    }
}
