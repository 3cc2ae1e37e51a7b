import GRDB

/// A lesson of a day as the timetable and the journal know it: either recorded, or expected from
/// the timetable and not yet recorded (opened) by its teacher.
public struct ScheduledLesson: Sendable, Hashable {
    public let date: SchoolDate
    public let slot: Int
    public let classID: String
    public let subjectID: String
    public let subgroupID: String?
    /// The teacher the record names, or for an expected lesson the timetable's teacher.
    public let teacherID: String
    /// The timetable entry the lesson comes from; nil for an extra lesson outside the timetable.
    public let timetableEntryID: String?
    /// The record, once the lesson is recorded.
    public let lesson: Lesson?

    /// Whether the lesson has been recorded.
    public var isRecorded: Bool { lesson != nil }

    /// The recorded substitute (замена), if any.
    public var substituteID: String? { lesson?.substituteID }

    init(entry: TimetableEntry, on date: SchoolDate, lesson: Lesson?) {
        self.date = date
        slot = entry.slot
        classID = entry.classID
        subjectID = entry.subjectID
        subgroupID = entry.subgroupID
        teacherID = lesson?.teacherID ?? entry.teacherID
        timetableEntryID = entry.id
        self.lesson = lesson
    }

    init(extra lesson: Lesson) {
        date = lesson.onDate
        slot = lesson.slot
        classID = lesson.classID
        subjectID = lesson.subjectID
        subgroupID = lesson.subgroupID
        teacherID = lesson.teacherID
        timetableEntryID = nil
        self.lesson = lesson
    }
}

extension JournalSession {
    /// A teacher's lessons on a date: those recorded where they are the teacher or the substitute,
    /// and their timetable lessons not yet recorded, in slot order.
    public func lessons(forTeacher personID: String, on date: SchoolDate) throws(Refusal) -> [ScheduledLesson] {
        try read { db in
            try requireReadable(.teacherTimetable, ReadFacts(isSelf: personID == actor.personID))
            // Every class the teacher meets that day: by the timetable, or as a recorded teacher or substitute.
            let classes = """
                SELECT class_id FROM timetable_entry WHERE teacher_id = ?
                UNION SELECT class_id FROM lesson WHERE on_date = ? AND (teacher_id = ? OR substitute_id = ?)
                """
            let classArguments: StatementArguments = [personID, date, personID, personID]
            // Only the day's weekday applies (`StudyDays.applies`): the other days' entries were most of the rows decoded.
            let entries = try TimetableEntry.fetchAll(db, sql: """
                SELECT * FROM timetable_entry WHERE state = 'active' AND weekday = ? AND class_id IN (\(classes))
                """, arguments: [date.weekday] + classArguments)
            let lessons = try Lesson.fetchAll(db, sql: "SELECT * FROM lesson WHERE on_date = ? AND state = 'active' AND class_id IN (\(classes))",
                                              arguments: [date] + classArguments)
            return try LessonSchedule.merge(entries: entries, lessons: lessons, from: date, to: date, studyDays: StudyDays.load(db),
                                            wantedEntry: { $0.teacherID == personID },
                                            wantedLesson: { $0.teacherID == personID || $0.substituteID == personID })
        }
    }

    /// A class's lessons (every subject and subgroup) over a date range: recorded ones and the
    /// timetable's lessons not yet recorded, by date and slot.
    public func lessons(classID: String, from: SchoolDate, to: SchoolDate) throws(Refusal) -> [ScheduledLesson] {
        try read { db in
            try requireReadable(.classAttendance, ReadFacts.classAttendance(db, actor, classID: classID))
            let entries = try TimetableEntry.fetchAll(db, sql: "SELECT * FROM timetable_entry WHERE class_id = ? AND state = 'active'",
                                                      arguments: [classID])
            let lessons = try Lesson.fetchAll(db, sql: """
                SELECT * FROM lesson WHERE class_id = ? AND on_date >= ? AND on_date <= ? AND state = 'active'
                """, arguments: [classID, from, to])
            return try LessonSchedule.merge(entries: entries, lessons: lessons, from: from, to: to, studyDays: StudyDays.load(db),
                                            wantedEntry: { _ in true }, wantedLesson: { _ in true })
        }
    }
}

/// Matches timetable entries with recorded lessons.
enum LessonSchedule {
    /// Every date in the range, each wanted entry that applies on it, with the lesson recorded for
    /// it if any; recorded wanted lessons keep the entry they come from even when the entry is not
    /// wanted (a substitute's lesson); then the wanted lessons no entry accounts for (extra
    /// lessons). An entry whose slot another lesson of the class took (a change of timetable) is
    /// left out: that slot's lesson is the recorded one.
    static func merge(entries: [TimetableEntry], lessons: [Lesson], from: SchoolDate, to: SchoolDate, studyDays: StudyDays,
                      wantedEntry: (TimetableEntry) -> Bool, wantedLesson: (Lesson) -> Bool) -> [ScheduledLesson] {
        guard from <= to else { return [] }
        var result: [ScheduledLesson] = []
        var accounted = Set<String>()
        let lessonsByDate = Dictionary(grouping: lessons, by: \.onDate)
        var date = from
        while date <= to {
            let day = lessonsByDate[date] ?? []
            for entry in entries where studyDays.applies(entry, on: date) {
                if let occupying = day.first(where: { occupies($0, entry) }) {
                    guard isRecord(occupying, of: entry) else { continue }
                    accounted.insert(occupying.id)
                    if wantedEntry(entry) || wantedLesson(occupying) {
                        result.append(ScheduledLesson(entry: entry, on: date, lesson: occupying))
                    }
                } else if wantedEntry(entry) {
                    result.append(ScheduledLesson(entry: entry, on: date, lesson: nil))
                }
            }
            date = date.adding(days: 1)
        }
        for lesson in lessons where !accounted.contains(lesson.id) && wantedLesson(lesson) {
            result.append(ScheduledLesson(extra: lesson))
        }
        return result.sorted { ($0.date, $0.slot, $0.subgroupID ?? "") < ($1.date, $1.slot, $1.subgroupID ?? "") }
    }

    /// Whether the lesson takes the class (or an overlapping group) at the entry's time.
    static func occupies(_ lesson: Lesson, _ entry: TimetableEntry) -> Bool {
        lesson.classID == entry.classID && lesson.slot == entry.slot
            && (lesson.subgroupID == nil || entry.subgroupID == nil || lesson.subgroupID == entry.subgroupID)
    }

    /// Whether the lesson is the record of the entry's lesson (same subject and group).
    static func isRecord(_ lesson: Lesson, of entry: TimetableEntry) -> Bool {
        lesson.subjectID == entry.subjectID && lesson.subgroupID == entry.subgroupID
    }

    /// The lesson recorded at the entry's time on a date, if any: its record, or another lesson
    /// that took its slot.
    static func occupying(_ db: Database, _ entry: TimetableEntry, on date: SchoolDate) throws -> Lesson? {
        try Lesson.fetchAll(db, sql: "SELECT * FROM lesson WHERE class_id = ? AND on_date = ? AND slot = ? AND state = 'active'",
                            arguments: [entry.classID, date, entry.slot])
            .sorted { isRecord($0, of: entry) && !isRecord($1, of: entry) }
            .first { occupies($0, entry) }
    }
}
