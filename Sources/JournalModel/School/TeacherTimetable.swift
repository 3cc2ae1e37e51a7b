import GRDB

/// One lesson of a teacher's day as the timetable plans it: where, when, with whom.
public struct TimetableLesson: Sendable, Hashable {
    public var slot: Int
    /// Bell times (`08:30`), empty when the bell schedule has no such slot.
    public var startsAt: String
    public var endsAt: String
    public var classID: String
    public var classTitle: String
    public var subjectID: String
    public var subjectName: String
    public var subgroupID: String?
    public var subgroupName: String?
    public var room: String
    /// The timetable entry the lesson comes from (`openLesson(timetableEntryID:on:)` records it).
    public var timetableEntryID: String
    /// The teacher holds this lesson as its recorded substitute (замена), not by the timetable.
    public var isSubstitution = false
}

extension JournalSession {
    /// A teacher's lessons on a date from the weekly timetable, in slot order: their own, and
    /// those of other teachers they are recorded to substitute that day.
    public func timetable(forTeacher teacherID: String, on date: SchoolDate) throws(Refusal) -> [TimetableLesson] {
        try read { db in
            try requireReadable(.teacherTimetable, ReadFacts(isSelf: teacherID == actor.personID))
            return try Row.fetchAll(db, sql: """
                SELECT t.id, t.slot, COALESCE(b.starts_at, '') AS starts_at, COALESCE(b.ends_at, '') AS ends_at,
                       t.class_id, c.grade, c.letter, t.subject_id, s.name AS subject_name,
                       t.subgroup_id, g.name AS subgroup_name, t.room, t.teacher_id <> ? AS substitutes
                FROM timetable_entry t
                JOIN school_class c ON c.id = t.class_id
                JOIN subject s ON s.id = t.subject_id
                LEFT JOIN subgroup g ON g.id = t.subgroup_id
                LEFT JOIN bell b ON b.slot = t.slot AND b.state = 'active'
                WHERE t.weekday = ? AND t.state = 'active'
                  AND t.valid_from <= ? AND (t.valid_to IS NULL OR t.valid_to >= ?)
                  AND (t.teacher_id = ? OR EXISTS (
                      SELECT 1 FROM lesson l WHERE l.substitute_id = ? AND l.on_date = ? AND l.state = 'active'
                          AND l.class_id = t.class_id AND l.slot = t.slot AND l.subject_id = t.subject_id
                          AND l.subgroup_id IS t.subgroup_id))
                ORDER BY t.slot
                """, arguments: [teacherID, date.weekday, date, date, teacherID, teacherID, date]).map { row in
                TimetableLesson(
                    slot: row["slot"], startsAt: row["starts_at"], endsAt: row["ends_at"],
                    classID: row["class_id"], classTitle: "\(row["grade"] as Int)\(row["letter"] as String)",
                    subjectID: row["subject_id"], subjectName: row["subject_name"],
                    subgroupID: row["subgroup_id"], subgroupName: row["subgroup_name"], room: row["room"], timetableEntryID: row["id"],
                    isSubstitution: row["substitutes"])
            }
        }
    }
}
