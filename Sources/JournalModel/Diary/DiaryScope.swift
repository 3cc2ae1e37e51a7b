import GRDB

/// Where a student was over a range of dates: the classes they were enrolled in and the subgroups
/// they belonged to, with the dates. A lesson is in the student's diary when it is their class's
/// (and, for a group's lesson, their group's) on a date they belonged to it.
struct DiaryScope {
    let studentID: String
    /// Enrollment spans by class id.
    let classes: [String: [ClosedRange<SchoolDate>]]
    /// Membership spans by subgroup id.
    let groups: [String: [ClosedRange<SchoolDate>]]

    static func load(_ db: Database, studentID: String, from: SchoolDate, to: SchoolDate) throws -> DiaryScope {
        func spans(_ sql: String) throws -> [String: [ClosedRange<SchoolDate>]] {
            var result: [String: [ClosedRange<SchoolDate>]] = [:]
            for row in try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [studentID, to, from]) {
                let start: SchoolDate = row["starts_on"]
                let end: SchoolDate = row["ends_on"] ?? to
                if start <= end { result[row["owner"], default: []].append(start...end) }
            }
            return result
        }
        return DiaryScope(
            studentID: studentID,
            classes: try spans("""
                SELECT class_id AS owner, starts_on, ends_on FROM enrollment
                WHERE student_id = ? AND state = 'active' AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)
                """),
            groups: try spans("""
                SELECT subgroup_id AS owner, starts_on, ends_on FROM subgroup_membership
                WHERE student_id = ? AND state = 'active' AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)
                """))
    }

    /// Whether a lesson of this class and group on this date is the student's.
    func attends(classID: String, subgroupID: String?, on date: SchoolDate) -> Bool {
        guard classes[classID]?.contains(where: { $0.contains(date) }) ?? false else { return false }
        guard let subgroupID else { return true }
        return groups[subgroupID]?.contains { $0.contains(date) } ?? false
    }

    /// The student's recorded lessons in the range, by date and slot.
    func recordedLessons(_ db: Database, from: SchoolDate, to: SchoolDate) throws -> [Lesson] {
        try classes.keys.sorted().flatMap { classID in
            try Lesson.fetchAll(db.cachedStatement(sql: """
                SELECT * FROM lesson WHERE class_id = ? AND on_date >= ? AND on_date <= ? AND state = 'active'
                """), arguments: [classID, from, to])
        }
        .filter { attends(classID: $0.classID, subgroupID: $0.subgroupID, on: $0.onDate) }
        .sorted { ($0.onDate, $0.slot) < ($1.onDate, $1.slot) }
    }

    /// The student's lessons in the range as the timetable and the journal know them: recorded
    /// ones and the timetable's not yet recorded, by date and slot.
    func scheduledLessons(_ db: Database, from: SchoolDate, to: SchoolDate) throws -> [ScheduledLesson] {
        let studyDays = try StudyDays.load(db)
        return try classes.keys.sorted().flatMap { classID in
            let entries = try TimetableEntry.fetchAll(db.cachedStatement(sql: """
                SELECT * FROM timetable_entry WHERE class_id = ? AND state = 'active'
                """), arguments: [classID])
            let lessons = try Lesson.fetchAll(db.cachedStatement(sql: """
                SELECT * FROM lesson WHERE class_id = ? AND on_date >= ? AND on_date <= ? AND state = 'active'
                """), arguments: [classID, from, to])
            return LessonSchedule.merge(entries: entries, lessons: lessons, from: from, to: to, studyDays: studyDays,
                                        wantedEntry: { _ in true }, wantedLesson: { _ in true })
        }
        .filter { attends(classID: $0.classID, subgroupID: $0.subgroupID, on: $0.date) }
        .sorted { ($0.date, $0.slot) < ($1.date, $1.slot) }
    }

    /// The title of the class a student is in on a date, or was last in; empty when never enrolled.
    static func classTitle(_ db: Database, studentID: String, on date: SchoolDate) throws -> String {
        let classID = try Teaching.classOf(db, studentID: studentID, on: date) ?? String.fetchOne(db.cachedStatement(sql: """
            SELECT class_id FROM enrollment WHERE student_id = ? AND state = 'active' ORDER BY starts_on DESC LIMIT 1
            """), arguments: [studentID])
        return try classID.flatMap { try SchoolClass.fetchOne(db, key: $0)?.title } ?? ""
    }
}
