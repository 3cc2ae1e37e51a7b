import GRDB

/// One class (or subgroup) × subject × period, as the gradebook grid shows it: students down,
/// lessons across, marks and absences in the cells, averages, forecasts and period marks.
public struct Gradebook: Sendable {
    public let schoolClass: SchoolClass
    public let subject: Subject
    public let subgroup: Subgroup?
    public let period: Period
    /// Students who belonged to the class (or group) at any time in the period, in Russian
    /// alphabetical order.
    public let students: [Person]
    /// Lessons in date and slot order.
    public let lessons: [Lesson]
    /// Active marks by lesson id, then student id, in the order they were given.
    public internal(set) var marks: [String: [String: [Mark]]]
    /// Active attendance records by lesson id, then student id.
    public internal(set) var attendance: [String: [String: Attendance]]
    /// The summary marks set after the lessons, by kind then student id: the period (or year)
    /// marks, and in a year gradebook of grades 9 and 11 the exam and final marks too.
    public internal(set) var summaryMarks: [FinalMarkKind: [String: FinalMark]]
    /// Dates each student belonged to the class (or group), to grey out cells outside them.
    public let memberships: [String: [ClosedRange<SchoolDate>]]
    /// The settings in force (weights, thresholds, codes, edit window).
    public let settings: JournalSettings

    /// The kind of the period marks in the first summary column: year marks for a year, else period marks.
    public var periodMarkKind: FinalMarkKind { period.kind == .year ? .year : .period }

    /// The summary marks the gradebook takes after its lessons, in column order: the period (or
    /// year) mark; in a year gradebook of a class with final exams, then the exam and the final mark.
    public var summaryKinds: [FinalMarkKind] {
        Self.summaryKinds(period: period, schoolClass: schoolClass)
    }

    static func summaryKinds(period: Period, schoolClass: SchoolClass) -> [FinalMarkKind] {
        guard period.kind == .year else { return [.period] }
        return schoolClass.hasFinalExams ? [.year, .exam, .final] : [.year]
    }

    /// The period (or year) marks set, by student id.
    public var periodMarks: [String: FinalMark] { summaryMarks[periodMarkKind] ?? [:] }

    /// A student's summary mark of one kind, if set.
    public func summaryMark(_ kind: FinalMarkKind, of studentID: String) -> FinalMark? { summaryMarks[kind]?[studentID] }

    /// The marks of one cell.
    public func marks(lessonID: String, studentID: String) -> [Mark] { marks[lessonID]?[studentID] ?? [] }

    /// The attendance code of one cell, if any.
    public func attendance(lessonID: String, studentID: String) -> Attendance? { attendance[lessonID]?[studentID] }

    /// Whether the student belonged to the class (or group) on a date.
    public func isMember(_ studentID: String, on date: SchoolDate) -> Bool {
        memberships[studentID]?.contains { $0.contains(date) } ?? false
    }

    /// A student's marks in the period with their weights, for averages.
    public func weightedMarks(of studentID: String) -> [WeightedMark] {
        lessons.flatMap { lesson in marks(lessonID: lesson.id, studentID: studentID).map { WeightedMark(value: $0.value, weight: $0.weight) } }
    }

    /// The forecast of a student's period mark, with how it was computed.
    public func forecast(for studentID: String) -> Forecast {
        Forecast.compute(marks: weightedMarks(of: studentID), scale: subject.scale, thresholds: settings.forecastThresholds)
    }

    /// The last date a lesson's records may be changed under the edit window (nil: no limit but closing).
    public func lastEditableDate(of lesson: Lesson) -> SchoolDate? {
        settings.editWindow.lastEditableDate(forLessonOn: lesson.onDate)
    }
}

extension JournalSession {
    /// Loads the gradebook of a class (or one of its subgroups) in a subject for a period, when
    /// this account may read it (`ReadRules`, `.gradebook`).
    public func gradebook(classID: String, subjectID: String, subgroupID: String? = nil, periodID: String) throws(Refusal) -> Gradebook {
        try read { db in
            try requireReadable(.gradebook, ReadFacts.gradebook(db, actor, classID: classID, subjectID: subjectID, subgroupID: subgroupID))
            return try GradebookLoader.load(db, classID: classID, subjectID: subjectID, subgroupID: subgroupID, periodID: periodID)
        }
    }
}

enum GradebookLoader {
    static func load(_ db: Database, classID: String, subjectID: String, subgroupID: String?, periodID: String) throws -> Gradebook {
        func missing(_ ru: String, _ en: String) -> Refusal { .notFound(LocalizedText(ru: ru, en: en)) }
        guard let schoolClass = try SchoolClass.fetchOne(db, key: classID) else { throw missing("Класс не найден.", "Class not found.") }
        guard let subject = try Subject.fetchOne(db, key: subjectID) else { throw missing("Предмет не найден.", "Subject not found.") }
        guard let period = try Period.fetchOne(db, key: periodID) else { throw missing("Период не найден.", "Period not found.") }
        let subgroup = try subgroupID.flatMap { try Subgroup.fetchOne(db, key: $0) }
        let range: StatementArguments = [period.endsOn, period.startsOn]

        let membershipSQL = subgroupID == nil
            ? "SELECT student_id, starts_on, ends_on FROM enrollment WHERE class_id = ? AND state = 'active' AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)"
            : "SELECT student_id, starts_on, ends_on FROM subgroup_membership WHERE subgroup_id = ? AND state = 'active' AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)"
        var memberships: [String: [ClosedRange<SchoolDate>]] = [:]
        for row in try Row.fetchAll(db, sql: membershipSQL, arguments: [subgroupID ?? classID] + range) {
            let start: SchoolDate = row["starts_on"]
            let end: SchoolDate = row["ends_on"] ?? period.endsOn
            if start <= end { memberships[row["student_id"], default: []].append(start...end) }
        }
        let students = try Person.listed(db, keys: memberships.keys)

        let lessonFilter = subgroupID == nil ? "subgroup_id IS NULL" : "subgroup_id = ?"
        var lessonArguments: StatementArguments = [classID, subjectID, period.startsOn, period.endsOn]
        if let subgroupID { lessonArguments += [subgroupID] }
        let lessons = try Lesson.fetchAll(db, sql: """
            SELECT * FROM lesson WHERE class_id = ? AND subject_id = ? AND on_date >= ? AND on_date <= ?
                AND \(lessonFilter) AND state = 'active' ORDER BY on_date, slot
            """, arguments: lessonArguments)

        var marks: [String: [String: [Mark]]] = [:]
        for mark in try Mark.fetchAll(db, sql: """
            SELECT mark.* FROM mark JOIN lesson ON lesson.id = mark.lesson_id
            WHERE lesson.class_id = ? AND lesson.subject_id = ? AND lesson.on_date >= ? AND lesson.on_date <= ?
              AND lesson.\(lessonFilter) AND lesson.state = 'active' AND mark.state = 'active' ORDER BY mark.id
            """, arguments: lessonArguments) {
            marks[mark.lessonID, default: [:]][mark.studentID, default: []].append(mark)
        }
        var attendance: [String: [String: Attendance]] = [:]
        for record in try Attendance.fetchAll(db, sql: """
            SELECT attendance.* FROM attendance JOIN lesson ON lesson.id = attendance.lesson_id
            WHERE lesson.class_id = ? AND lesson.subject_id = ? AND lesson.on_date >= ? AND lesson.on_date <= ?
              AND lesson.\(lessonFilter) AND lesson.state = 'active' AND attendance.state = 'active'
            """, arguments: lessonArguments) {
            attendance[record.lessonID, default: [:]][record.studentID] = record
        }
        var summaryMarks: [FinalMarkKind: [String: FinalMark]] = [:]
        let kinds = Gradebook.summaryKinds(period: period, schoolClass: schoolClass)
        for mark in try FinalMark.filter(Column("subject_id") == subjectID && Column("period_id") == periodID
                                         && kinds.contains(Column("kind")) && Column("state") == RecordState.active).fetchAll(db)
        where memberships[mark.studentID] != nil {
            summaryMarks[mark.kind, default: [:]][mark.studentID] = mark
        }
        return Gradebook(schoolClass: schoolClass, subject: subject, subgroup: subgroup, period: period, students: students,
                         lessons: lessons, marks: marks, attendance: attendance, summaryMarks: summaryMarks,
                         memberships: memberships, settings: try JournalSettings.load(db))
    }
}
