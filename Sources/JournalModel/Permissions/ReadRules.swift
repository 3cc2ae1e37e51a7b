/// The kinds of read the permission rules distinguish [DOMAIN §2, §7].
public enum ReadKind: String, Sendable, CaseIterable {
    /// A class's (or group's) gradebook in a subject: lessons, marks, attendance, forecasts, cell history.
    case gradebook
    /// One lesson: its record, its attendance sheet, when its parts were entered.
    case lesson
    /// A class's attendance across every subject (the class teacher's week).
    case classAttendance
    /// A person's contact details and birth date (152-ФЗ).
    case personalData
    /// The list of accounts.
    case accounts
    /// Every lesson of the school on a day (the journal of substitutions).
    case schoolDay
    /// A teacher's timetable of a day.
    case teacherTimetable
    /// The calendar-thematic plan of a subject in a grade.
    case plan
    /// The operations of a compromised account, flagged for review.
    case flaggedOperations
    /// A student's diary: their week, marks, forecasts and attendance.
    case diary
    /// The classes of the year and a class's students with their arrivals, transfers and departures.
    case classList
    /// A class's summary reports: the сводные ведомости of marks and attendance, the class's results.
    case classReport
}

/// What the reader is to what is read, as far as the read rules care.
public struct ReadFacts: Sendable, Equatable {
    /// The reader's workload covers it (for a class's attendance: some subject in the class).
    public var teachesIt: Bool
    /// The reader substitutes a lesson of it.
    public var substitutesIt: Bool
    /// The reader is the class teacher of the class concerned (for a person: of the student, or
    /// of a parent's child).
    public var isClassTeacher: Bool
    /// It is about the reader themself (their own details, their own timetable).
    public var isSelf: Bool
    /// It is about the reader's own child.
    public var isOwnChild: Bool

    public init(teachesIt: Bool = false, substitutesIt: Bool = false, isClassTeacher: Bool = false,
                isSelf: Bool = false, isOwnChild: Bool = false) {
        self.teachesIt = teachesIt
        self.substitutesIt = substitutesIt
        self.isClassTeacher = isClassTeacher
        self.isSelf = isSelf
        self.isOwnChild = isOwnChild
    }
}

/// Who may read what [DOMAIN §2]: the school's management every journal, read-only; a subject
/// teacher the classes and groups of their workload and the lessons they substitute; a class
/// teacher their class in every subject; students and parents the diary only (their own, their
/// children's, where the parent's consent is registered); a class teacher their class's diaries. Personal details only for the administrator, the class teacher, the person and
/// their parent. One pure function, tested as a table like `PermissionRules`.
public enum ReadRules {
    /// Nil when the read is allowed, else the refusal that fits the reader's roles.
    public static func decide(_ kind: ReadKind, roles: Set<Role>, facts: ReadFacts) -> Refusal? {
        let management = !roles.isDisjoint(with: [.administrator, .director, .deputy])
        let teacher = roles.contains(.teacher)
        let staff = management || teacher
        switch kind {
        case .gradebook, .lesson:
            if management || teacher && (facts.teachesIt || facts.substitutesIt || facts.isClassTeacher) { return nil }
            return staff ? .notInWorkload : .diaryOnly
        case .classAttendance:
            if management || teacher && (facts.teachesIt || facts.isClassTeacher) { return nil }
            return staff ? .notInWorkload : .diaryOnly
        case .plan:
            if management || teacher && facts.teachesIt { return nil }
            return staff ? .notInWorkload : .diaryOnly
        case .personalData:
            if roles.contains(.administrator) || facts.isSelf || teacher && facts.isClassTeacher
                || roles.contains(.parent) && facts.isOwnChild { return nil }
            return .notVisible(.personalData)
        case .accounts:
            if roles.contains(.administrator) || teacher && facts.isClassTeacher { return nil }
            return staff ? .notVisible(.accounts) : .diaryOnly
        case .schoolDay:
            if management { return nil }
            return staff ? .notVisible(.schoolDay) : .diaryOnly
        case .teacherTimetable:
            if management || facts.isSelf { return nil }
            return staff ? .notVisible(.teacherTimetable) : .diaryOnly
        case .flaggedOperations:
            if roles.contains(.administrator) { return nil }
            return staff ? .notVisible(.flaggedOperations) : .diaryOnly
        case .classList, .classReport:
            if management || teacher && facts.isClassTeacher { return nil }
            return staff ? .notVisible(kind) : .diaryOnly
        case .diary:
            if management || teacher && facts.isClassTeacher || roles.contains(.student) && facts.isSelf
                || roles.contains(.parent) && facts.isOwnChild { return nil }
            return .notVisible(.diary)
        }
    }
}

extension ReadKind {
    /// Why a reader who may not see it does not: for `Refusal.notVisible`.
    var hiddenBecause: LocalizedText {
        switch self {
        case .gradebook, .lesson, .classAttendance, .plan:
            LocalizedText(ru: "Этот журнал вам не открыт.", en: "This journal is not open to you.")
        case .personalData:
            LocalizedText(ru: "Телефон, почту и дату рождения видят только администратор, классный руководитель, сам человек и его родители.",
                          en: "Phone, e-mail and birth date are shown only to the administrator, the class teacher, the person and their parents.")
        case .accounts:
            LocalizedText(ru: "Учётные записи видит только администратор (классный руководитель — своего класса).",
                          en: "Accounts are shown only to the administrator (and to a class teacher, those of their class).")
        case .schoolDay:
            LocalizedText(ru: "Уроки всей школы (журнал замен) видят только директор, заместитель директора и администратор.",
                          en: "The whole school's lessons (substitutions) are shown only to the director, the deputy director and the administrator.")
        case .teacherTimetable:
            LocalizedText(ru: "Расписание другого учителя вам не открыто.", en: "Another teacher's timetable is not open to you.")
        case .classList:
            LocalizedText(ru: "Список класса и движение учеников видят администрация школы и классный руководитель.",
                          en: "A class's list and its students' movements are shown to the school's management and the class teacher.")
        case .classReport:
            LocalizedText(ru: "Сводные ведомости класса составляют администрация школы и классный руководитель.",
                          en: "A class's summary reports are made by the school's management and the class teacher.")
        case .diary:
            LocalizedText(ru: "Дневник другого ученика вам не открыт.", en: "Another student's diary is not open to you.")
        case .flaggedOperations:
            LocalizedText(ru: "Операции взломанной учётной записи видит только администратор.",
                          en: "Operations of a compromised account are shown only to the administrator.")
        }
    }
}
