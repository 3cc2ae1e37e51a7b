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
