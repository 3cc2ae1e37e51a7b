import GRDB

/// A school year (учебный год), e.g. 2026/2027.
public struct SchoolYear: JournalRecord {
    public static let databaseTableName = "school_year"
    public var id: String
    public var name: String
    public var startsOn: SchoolDate
    public var endsOn: SchoolDate
    public var state: RecordState = .active

    /// A record with every field given (fields with a default may be left out).
    public init(id: String, name: String, startsOn: SchoolDate, endsOn: SchoolDate, state: RecordState = .active) {
        self.id = id
        self.name = name
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.state = state
    }
}

extension SchoolYear {
    /// The id of the school year containing `date`, or of the latest year when none does.
    static func id(containing date: SchoolDate, _ db: Database) throws -> String? {
        try String.fetchOne(db, sql: """
            SELECT id FROM school_year WHERE state = 'active'
            ORDER BY (starts_on <= ? AND ends_on >= ?) DESC, starts_on DESC LIMIT 1
            """, arguments: [date, date])
    }
}

/// How the year is divided for period marks.
public enum PeriodKind: String, Codable, Sendable, DatabaseValueConvertible, CaseIterable {
    case quarter, trimester, half, year
}

/// A reporting period (четверть, триместр, полугодие, год); closed periods are frozen.
public struct Period: JournalRecord {
    public static let databaseTableName = "period"
    public var id: String
    public var yearID: String
    public var kind: PeriodKind
    public var number: Int
    public var name: String
    public var startsOn: SchoolDate
    public var endsOn: SchoolDate
    public var closed: Bool = false
    public var state: RecordState = .active

    /// A record with every field given (fields with a default may be left out).
    public init(id: String, yearID: String, kind: PeriodKind, number: Int, name: String, startsOn: SchoolDate, endsOn: SchoolDate, closed: Bool = false, state: RecordState = .active) {
        self.id = id
        self.yearID = yearID
        self.kind = kind
        self.number = number
        self.name = name
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.closed = closed
        self.state = state
    }

    /// Whether a date falls inside the period.
    public func contains(_ date: SchoolDate) -> Bool { startsOn <= date && date <= endsOn }

    /// The date itself when the period contains it, else the period's nearer end.
    public func clamped(_ date: SchoolDate) -> SchoolDate { min(max(date, startsOn), endsOn) }
}

/// A class (класс), such as 5«А»: a parallel (grade) and a letter.
public struct SchoolClass: JournalRecord {
    public static let databaseTableName = "school_class"
    public var id: String
    public var yearID: String
    public var grade: Int
    public var letter: String
    /// "Без отметок": grade 1 and similar classes get no marks and no homework.
    public var noMarks: Bool = false
    public var classTeacherID: String?
    public var state: RecordState = .active

    /// A record with every field given (fields with a default may be left out).
    public init(id: String, yearID: String, grade: Int, letter: String, noMarks: Bool = false, classTeacherID: String? = nil, state: RecordState = .active) {
        self.id = id
        self.yearID = yearID
        self.grade = grade
        self.letter = letter
        self.noMarks = noMarks
        self.classTeacherID = classTeacherID
        self.state = state
    }

    /// The class as schools write it: `5А`.
    public var title: String { "\(grade)\(letter)" }

    /// Grades 9 and 11 end the year with state exams (ОГЭ, ЕГЭ): their year gradebooks take
    /// exam and final marks after the year mark.
    public var hasFinalExams: Bool { grade == 9 || grade == 11 }
}

/// The grading scale a subject uses.
public enum MarkScale: String, Codable, Sendable, DatabaseValueConvertible, CaseIterable {
    /// 5, 4, 3, 2, 1.
    case five
    /// зачёт / незачёт.
    case passFail = "pass_fail"
}

/// A school subject (предмет).
public struct Subject: JournalRecord {
    public static let databaseTableName = "subject"
    public var id: String
    public var name: String
    public var shortName: String
    public var scale: MarkScale = .five
    public var state: RecordState = .active

    /// A record with every field given (fields with a default may be left out).
    public init(id: String, name: String, shortName: String, scale: MarkScale = .five, state: RecordState = .active) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.scale = scale
        self.state = state
    }
}

/// A part of a class that learns a subject separately (подгруппа), e.g. English group 1.
public struct Subgroup: JournalRecord {
    public static let databaseTableName = "subgroup"
    public var id: String
    public var classID: String
    public var subjectID: String
    public var name: String
    public var state: RecordState = .active

    /// A record with every field given (fields with a default may be left out).
    public init(id: String, classID: String, subjectID: String, name: String, state: RecordState = .active) {
        self.id = id
        self.classID = classID
        self.subjectID = subjectID
        self.name = name
        self.state = state
    }
}

// Every save reads its lesson's class and subject: decoded column by column, as `Lesson` is
// (see there).
extension SchoolClass {
    public init(row: Row) throws {
        id = try row.decode(String.self, forColumn: "id")
        yearID = try row.decode(String.self, forColumn: "year_id")
        grade = try row.decode(Int.self, forColumn: "grade")
        letter = try row.decode(String.self, forColumn: "letter")
        noMarks = try row.decode(Bool.self, forColumn: "no_marks")
        classTeacherID = try row.decode(String?.self, forColumn: "class_teacher_id")
        state = try row.decode(RecordState.self, forColumn: "state")
    }
}

extension Subject {
    public init(row: Row) throws {
        id = try row.decode(String.self, forColumn: "id")
        name = try row.decode(String.self, forColumn: "name")
        shortName = try row.decode(String.self, forColumn: "short_name")
        scale = try row.decode(MarkScale.self, forColumn: "scale")
        state = try row.decode(RecordState.self, forColumn: "state")
    }
}

extension Period {
    /// The name of a closed period of the year that contains the date, if any.
    static func closedName(_ db: Database, on date: SchoolDate, yearID: String) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: """
            SELECT name FROM period WHERE year_id = ? AND closed = 1 AND state = 'active'
                AND starts_on <= ? AND ends_on >= ? ORDER BY starts_on LIMIT 1
            """), arguments: [yearID, date, date])
    }
}

extension Period {
    /// The closed periods of a school year, by start.
    static func closed(_ db: Database, yearID: String) throws -> [Period] {
        try Period.fetchAll(db.cachedStatement(sql: "SELECT * FROM period WHERE year_id = ? AND closed = 1 AND state = 'active' ORDER BY starts_on"),
                            arguments: [yearID])
    }

    /// The closed period that freezes `period`'s marks: itself, or a closed period containing it
    /// (a closed year freezes its quarters).
    static func closing(_ period: Period, among closed: [Period]) -> Period? {
        closed.first { $0.id == period.id } ?? closed.first { $0.startsOn <= period.startsOn && period.endsOn <= $0.endsOn }
    }
}
