import GRDB

/// What a person is to the school.
public enum PersonKind: String, Codable, Sendable, DatabaseValueConvertible {
    case staff, student, parent
}

/// A person: staff member, student or parent.
public struct Person: JournalRecord {
    public static let databaseTableName = "person"
    public var id: String
    public var kind: PersonKind
    public var lastName: String
    public var firstName: String
    public var patronymic: String = ""
    /// `m` or `f`.
    public var sex: String?
    public var birthDate: SchoolDate?
    /// For staff: the post (учитель математики, заместитель директора…).
    public var position: String?
    public var phone: String?
    public var email: String?
    public var state: RecordState = .active

    /// A record with every field given (fields with a default may be left out).
    public init(id: String = "", kind: PersonKind, lastName: String, firstName: String, patronymic: String = "",
                sex: String? = nil, birthDate: SchoolDate? = nil, position: String? = nil, phone: String? = nil,
                email: String? = nil, state: RecordState = .active) {
        self.id = id
        self.kind = kind
        self.lastName = lastName
        self.firstName = firstName
        self.patronymic = patronymic
        self.sex = sex
        self.birthDate = birthDate
        self.position = position
        self.phone = phone
        self.email = email
        self.state = state
    }

    /// «Иванов Пётр Сергеевич».
    public var fullName: String {
        [lastName, firstName, patronymic].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// «Иванов П. С.», as lists and headers show teachers.
    public var shortName: String {
        let initials = [firstName, patronymic].compactMap { $0.first.map { "\($0)." } }.joined(separator: " ")
        return initials.isEmpty ? lastName : "\(lastName) \(initials)"
    }
}

/// A student's membership of a class over a span of dates (open-ended while they stay).
public struct Enrollment: JournalRecord {
    public static let databaseTableName = "enrollment"
    public var id: String
    public var studentID: String
    public var classID: String
    public var startsOn: SchoolDate
    public var endsOn: SchoolDate?
    public var state: RecordState = .active

    /// A record with every field given (fields with a default may be left out).
    public init(id: String, studentID: String, classID: String, startsOn: SchoolDate, endsOn: SchoolDate? = nil, state: RecordState = .active) {
        self.id = id
        self.studentID = studentID
        self.classID = classID
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.state = state
    }
}

/// A student's membership of a subgroup over a span of dates.
public struct SubgroupMembership: JournalRecord {
    public static let databaseTableName = "subgroup_membership"
    public var id: String
    public var subgroupID: String
    public var studentID: String
    public var startsOn: SchoolDate
    public var endsOn: SchoolDate?
    public var state: RecordState = .active

    /// A record with every field given (fields with a default may be left out).
    public init(id: String, subgroupID: String, studentID: String, startsOn: SchoolDate, endsOn: SchoolDate? = nil, state: RecordState = .active) {
        self.id = id
        self.subgroupID = subgroupID
        self.studentID = studentID
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.state = state
    }
}

/// Kinds of student movement (движение обучающихся).
public enum MovementKind: String, Codable, Sendable, DatabaseValueConvertible {
    case arrival, transfer, departure
}

/// A dated arrival, transfer between classes or departure; the history is kept forever.
public struct Movement: JournalRecord {
    public static let databaseTableName = "movement"
    public var id: String
    public var studentID: String
    public var kind: MovementKind
    public var onDate: SchoolDate
    public var fromClassID: String?
    public var toClassID: String?
    public var note: String = ""
    public var state: RecordState = .active

    /// A record with every field given (fields with a default may be left out).
    public init(id: String, studentID: String, kind: MovementKind, onDate: SchoolDate, fromClassID: String? = nil, toClassID: String? = nil, note: String = "", state: RecordState = .active) {
        self.id = id
        self.studentID = studentID
        self.kind = kind
        self.onDate = onDate
        self.fromClassID = fromClassID
        self.toClassID = toClassID
        self.note = note
        self.state = state
    }
}

/// A parent or legal representative linked to a student, with their consent to electronic access.
public struct Guardian: JournalRecord {
    public static let databaseTableName = "guardian"
    public var id: String
    public var parentID: String
    public var studentID: String
    public var relation: String = ""
    /// Consent to processing of personal data and electronic access (согласие) registered.
    public var consent: Bool = false
    public var state: RecordState = .active

    /// A record with every field given (fields with a default may be left out).
    public init(id: String, parentID: String, studentID: String, relation: String = "", consent: Bool = false, state: RecordState = .active) {
        self.id = id
        self.parentID = parentID
        self.studentID = studentID
        self.relation = relation
        self.consent = consent
        self.state = state
    }
}

extension Person {
    /// The person as lists show them (a gradebook's students, the staff to pick a substitute
    /// from): names, kind, post; the phone, e-mail, birth date and sex are left out, for only
    /// `JournalSession.personDetails` may give them [DOMAIN §7, 152-ФЗ].
    var listed: Person {
        Person(id: id, kind: kind, lastName: lastName, firstName: firstName, patronymic: patronymic, position: position, state: state)
    }

    /// People by id as lists show them, in Russian alphabetical order.
    static func listed(_ db: Database, keys: some Collection<String>) throws -> [Person] {
        RussianCollation.sorted(try Person.fetchAll(db, keys: Array(keys)).map(\.listed), by: \.fullName)
    }
}
