import GRDB

/// A student's marks in one subject over a period, as the diary's subject view shows them.
public struct DiarySubjectMarks: Sendable {
    /// One mark with the date of its lesson.
    public struct Entry: Sendable, Equatable {
        public let date: SchoolDate
        public let mark: Mark
    }

    public let subject: Subject
    /// Every mark of the period in lesson order (of every class and group the student was in).
    public let entries: [Entry]
    /// The forecast of the period mark and how it was reached: what the teacher sees with F3 in
    /// the gradebook the student is in now (the class or group of their latest lesson of the
    /// subject), from the marks of that gradebook; a student who changed class or group meanwhile
    /// sees the earlier marks listed but not counted, as that gradebook does not count them.
    public let forecast: Forecast
    /// The period mark, once the teacher set it.
    public let periodMark: String?
    /// The year mark, once set.
    public let yearMark: String?
}

/// A student's marks by subject for a period, with averages, forecasts, period and year marks.
public struct DiaryMarks: Sendable {
    public let pupil: DiaryPupil
    public let period: Period
    /// The subjects the student had lessons or marks in, in alphabetical order.
    public let subjects: [DiarySubjectMarks]
}

extension JournalSession {
    /// A student's marks by subject for a period, when this account may read the diary.
    public func diaryMarks(studentID: String, periodID: String) throws(Refusal) -> DiaryMarks {
        try read { db in
            let period = try Period.require(db, periodID)
            let pupil = try readableDiaryPupil(db, studentID: studentID, on: period.clamped(today))
            return try DiaryMarksLoader.load(db, pupil: pupil, period: period)
        }
    }
}

enum DiaryMarksLoader {
    static func load(_ db: Database, pupil: DiaryPupil, period: Period) throws -> DiaryMarks {
        let scope = try DiaryScope.load(db, studentID: pupil.id, from: period.startsOn, to: period.endsOn)
        let lessons = try scope.recordedLessons(db, from: period.startsOn, to: period.endsOn)
        var entries: [String: [DiarySubjectMarks.Entry]] = [:]
        var gradebookOfMark: [String: String] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT mark.*, lesson.on_date AS lesson_date, lesson.subject_id AS lesson_subject,
                   lesson.class_id AS lesson_class, lesson.subgroup_id AS lesson_group
            FROM mark JOIN lesson ON lesson.id = mark.lesson_id
            WHERE mark.student_id = ? AND mark.state = 'active' AND lesson.state = 'active' AND lesson.on_date >= ? AND lesson.on_date <= ?
            ORDER BY lesson.on_date, lesson.slot, mark.id
            """), arguments: [pupil.id, period.startsOn, period.endsOn]) {
            let mark = try Mark(row: row)
            entries[row["lesson_subject"], default: []].append(.init(date: row["lesson_date"], mark: mark))
            gradebookOfMark[mark.id] = gradebookKey(row["lesson_class"], row["lesson_group"])
        }
        // The gradebook of each subject the student is in now: that of their latest lesson of it.
        var currentGradebook: [String: String] = [:]
        for lesson in lessons { currentGradebook[lesson.subjectID] = gradebookKey(lesson.classID, lesson.subgroupID) }
        let yearPeriodID = try String.fetchOne(db.cachedStatement(sql: """
            SELECT id FROM period WHERE year_id = ? AND kind = 'year' AND state = 'active'
            """), arguments: [period.yearID])
        var summary: [String: [FinalMarkKind: String]] = [:]
        for mark in try FinalMark.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM final_mark WHERE student_id = ? AND state = 'active' AND period_id IN (?, ?)
            """), arguments: [pupil.id, period.id, yearPeriodID])
        where mark.periodID == period.id && mark.kind == .period || mark.periodID == yearPeriodID && mark.kind == .year {
            summary[mark.subjectID, default: [:]][mark.kind] = mark.value
        }
        let subjectIDs = Set(lessons.map(\.subjectID)).union(entries.keys).union(summary.keys)
        let thresholds = try JournalSettings.load(db).forecastThresholds
        let subjects = try Subject.fetchAll(db, keys: Array(subjectIDs)).map { subject in
            let marks = entries[subject.id] ?? []
            let counted = marks.filter { gradebookOfMark[$0.mark.id] == currentGradebook[subject.id] }
            return DiarySubjectMarks(
                subject: subject, entries: marks,
                forecast: Forecast.compute(marks: counted.map { WeightedMark(value: $0.mark.value, weight: $0.mark.weight) },
                                           scale: subject.scale, thresholds: thresholds),
                periodMark: summary[subject.id]?[.period], yearMark: summary[subject.id]?[.year])
        }
        return DiaryMarks(pupil: pupil, period: period, subjects: RussianCollation.sorted(subjects, by: \.subject.name))
    }

    private static func gradebookKey(_ classID: String, _ subgroupID: String?) -> String { "\(classID)/\(subgroupID ?? "")" }
}
