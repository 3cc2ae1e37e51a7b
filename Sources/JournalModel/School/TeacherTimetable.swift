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
}

extension Journal {
    /// A teacher's lessons on a date from the weekly timetable, in slot order.
    public func timetable(forTeacher teacherID: String, on date: SchoolDate) throws(Refusal) -> [TimetableLesson] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT t.slot, COALESCE(b.starts_at, '') AS starts_at, COALESCE(b.ends_at, '') AS ends_at,
                       t.class_id, c.grade, c.letter, t.subject_id, s.name AS subject_name,
                       t.subgroup_id, g.name AS subgroup_name, t.room
                FROM timetable_entry t
                JOIN school_class c ON c.id = t.class_id
                JOIN subject s ON s.id = t.subject_id
                LEFT JOIN subgroup g ON g.id = t.subgroup_id
                LEFT JOIN bell b ON b.slot = t.slot AND b.state = 'active'
                WHERE t.teacher_id = ? AND t.weekday = ? AND t.state = 'active'
                  AND t.valid_from <= ? AND (t.valid_to IS NULL OR t.valid_to >= ?)
                ORDER BY t.slot
                """, arguments: [teacherID, date.weekday, date, date]).map { row in
                TimetableLesson(
                    slot: row["slot"], startsAt: row["starts_at"], endsAt: row["ends_at"],
                    classID: row["class_id"], classTitle: "\(row["grade"] as Int)\(row["letter"] as String)",
                    subjectID: row["subject_id"], subjectName: row["subject_name"],
                    subgroupID: row["subgroup_id"], subgroupName: row["subgroup_name"], room: row["room"])
            }
        }
    }
}
