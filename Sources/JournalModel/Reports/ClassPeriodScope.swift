import GRDB

/// What a class's summary report for a period reads: the class, the period, the students who
/// were in the class on some day of it, and the subjects of the class's workload.
struct ClassPeriodScope {
    var schoolClass: SchoolClass
    var period: Period
    /// In Russian alphabetical order, with the last day each was in the class when it was within the period.
    var students: [(person: Person, leftOn: SchoolDate?)]
    /// By name in Russian alphabetical order.
    var subjects: [Subject]

    /// The scope, once the session may read the class's reports.
    static func read(_ db: Database, _ session: JournalSession, classID: String, periodID: String) throws -> ClassPeriodScope {
        let schoolClass = try SchoolClass.require(db, classID)
        try session.requireReadable(.classReport, ReadFacts(isClassTeacher: session.isClassTeacher(of: schoolClass)))
        let period = try Period.require(db, periodID)
        guard period.yearID == schoolClass.yearID else {
            throw Refusal.notFound(LocalizedText(ru: "Период «\(period.name)» не из учебного года класса \(schoolClass.title).",
                                                 en: "The period \"\(period.name)\" is not of the school year of \(schoolClass.title)."))
        }
        let enrollments = try Enrollment.fetchAll(db, sql: """
            SELECT * FROM enrollment WHERE class_id = ? AND state = 'active' AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)
            ORDER BY starts_on
            """, arguments: [classID, period.endsOn, period.startsOn])
        var lastDay: [String: SchoolDate?] = [:]  // a nil value: still in the class when the period ends
        for enrollment in enrollments {
            lastDay.updateValue(enrollment.endsOn.flatMap { $0 < period.endsOn ? $0 : nil }, forKey: enrollment.studentID)
        }
        let people = RussianCollation.sorted(try Person.fetchAll(db, keys: Array(lastDay.keys)), by: \.fullName)
        let subjects = try Subject.fetchAll(db, sql: """
            SELECT * FROM subject WHERE state = 'active' AND id IN (SELECT subject_id FROM workload WHERE class_id = ? AND state = 'active')
            """, arguments: [classID])
        return ClassPeriodScope(schoolClass: schoolClass, period: period,
                                students: people.map { ($0, lastDay[$0.id] ?? nil) },
                                subjects: RussianCollation.sorted(subjects, by: \.name))
    }

    /// The parameter lines every class report for a period starts with.
    var parameters: [ReportParameter] {
        [ReportParameter(LocalizedText(ru: "Класс", en: "Class"), schoolClass.title),
         ReportParameter(LocalizedText(ru: "Период", en: "Period"),
                         "\(period.name) (\(period.startsOn.russianText)–\(period.endsOn.russianText))")]
    }

    /// «Алексеев Борис Викторович», and «(выбыл 12.12.2026)» after it for one who left within the period.
    static func listedName(_ student: (person: Person, leftOn: SchoolDate?)) -> String {
        student.leftOn.map { "\(student.person.fullName) (выбыл(а) \($0.russianText))" } ?? student.person.fullName
    }
}

extension JournalSession {
    /// Whether this account's person is the class teacher of `schoolClass`.
    func isClassTeacher(of schoolClass: SchoolClass) -> Bool {
        actor.personID != nil && schoolClass.classTeacherID == actor.personID
    }
}
