import GRDB

/// One lesson of a student's week, as the diary shows it.
public struct DiaryLesson: Sendable, Equatable {
    public let date: SchoolDate
    public let slot: Int
    /// Bell times (`08:30`), empty when the bell schedule has no such slot.
    public let startsAt: String
    public let endsAt: String
    public let subjectName: String
    public let subgroupName: String?
    /// The short name of who teaches it (the substitute when there is one).
    public let teacherName: String
    /// The record, once the teacher recorded the lesson; nil for a lesson only in the timetable.
    public let lesson: Lesson?
    /// The student's marks at the lesson, in the order given.
    public let marks: [Mark]
    /// The student's attendance code at the lesson (Н, Б, У, П, ОП…), if any.
    public let absence: String?

    public var topic: String { lesson?.topic ?? "" }
    public var homework: String { lesson?.homework ?? "" }
}

/// A student's week in the diary: every lesson from Monday to Sunday (the timetable's and the
/// recorded ones), with topic, homework, the student's marks and absences.
public struct DiaryWeek: Sendable {
    public let pupil: DiaryPupil
    /// The Monday of the week.
    public let monday: SchoolDate
    /// The lessons by date and slot.
    public let lessons: [DiaryLesson]
    /// The school's attendance codes, for what an absence's code means (ОП is a late, not an absence).
    public let attendanceCodes: [AttendanceCode]

    /// The days the week shows: Monday to Saturday, and Sunday when it has lessons.
    public var days: [SchoolDate] {
        let sunday = monday.adding(days: 6)
        return (0..<6).map { monday.adding(days: $0) } + (lessons.contains { $0.date == sunday } ? [sunday] : [])
    }

    /// The lessons of one day, in slot order.
    public func lessons(on date: SchoolDate) -> [DiaryLesson] { lessons.filter { $0.date == date } }

    /// The Monday of the week containing a date.
    public static func monday(of date: SchoolDate) -> SchoolDate { date.adding(days: 1 - date.weekday) }
}

extension JournalSession {
    /// A student's week in the diary (the week containing `date`), when this account may read it.
    public func diaryWeek(studentID: String, weekOf date: SchoolDate) throws(Refusal) -> DiaryWeek {
        try read { db in
            let pupil = try readableDiaryPupil(db, studentID: studentID, on: date)
            let monday = DiaryWeek.monday(of: date)
            return try DiaryWeekLoader.load(db, pupil: pupil, monday: monday)
        }
    }
}

enum DiaryWeekLoader {
    static func load(_ db: Database, pupil: DiaryPupil, monday: SchoolDate) throws -> DiaryWeek {
        let sunday = monday.adding(days: 6)
        let scope = try DiaryScope.load(db, studentID: pupil.id, from: monday, to: sunday)
        let scheduled = try scope.scheduledLessons(db, from: monday, to: sunday)
        var marks: [String: [Mark]] = [:]
        for mark in try Mark.fetchAll(db.cachedStatement(sql: """
            SELECT mark.* FROM mark JOIN lesson ON lesson.id = mark.lesson_id
            WHERE mark.student_id = ? AND mark.state = 'active' AND lesson.on_date >= ? AND lesson.on_date <= ? ORDER BY mark.id
            """), arguments: [pupil.id, monday, sunday]) {
            marks[mark.lessonID, default: []].append(mark)
        }
        var absences: [String: String] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT attendance.lesson_id, attendance.code FROM attendance JOIN lesson ON lesson.id = attendance.lesson_id
            WHERE attendance.student_id = ? AND attendance.state = 'active' AND lesson.on_date >= ? AND lesson.on_date <= ?
            """), arguments: [pupil.id, monday, sunday]) {
            absences[row["lesson_id"]] = row["code"]
        }
        let names = try DiaryNames.load(db, scheduled)
        let lessons = scheduled.map { item in
            let bell = names.bells[item.slot]
            return DiaryLesson(
                date: item.date, slot: item.slot, startsAt: bell?.startsAt ?? "", endsAt: bell?.endsAt ?? "",
                subjectName: names.subjects[item.subjectID]?.name ?? "", subgroupName: item.subgroupID.flatMap { names.subgroups[$0]?.name },
                teacherName: names.teachers[item.substituteID ?? item.teacherID]?.shortName ?? "", lesson: item.lesson,
                marks: item.lesson.map { marks[$0.id] ?? [] } ?? [], absence: item.lesson.flatMap { absences[$0.id] })
        }
        return DiaryWeek(pupil: pupil, monday: monday, lessons: lessons,
                         attendanceCodes: try JournalSettings.load(db).attendanceCodes)
    }
}

/// The names and bell times a student's lessons are shown with, loaded for those lessons only.
struct DiaryNames {
    let subjects: [String: Subject]
    let subgroups: [String: Subgroup]
    let teachers: [String: Person]
    let bells: [Int: Bell]

    static func load(_ db: Database, _ lessons: [ScheduledLesson]) throws -> DiaryNames {
        try DiaryNames(
            subjects: Subject.byID(db, keys: Set(lessons.map(\.subjectID))),
            subgroups: Subgroup.byID(db, keys: Set(lessons.compactMap(\.subgroupID))),
            teachers: Person.byID(db, keys: Set(lessons.map { $0.substituteID ?? $0.teacherID })),
            bells: Bell.bySlot(db))
    }
}
