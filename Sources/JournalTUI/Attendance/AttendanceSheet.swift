import JournalModel

/// What the attendance sheet of one lesson shows: the lesson, its students and their codes.
public struct AttendanceSheet: Sendable {
    public var lesson: Lesson
    public var classTitle: String
    public var subjectName: String
    /// The students of the lesson (the class, or the subgroup) on its date, in Russian alphabetical order.
    public var students: [Person]
    /// Active attendance records by student id.
    public var records: [String: Attendance]
    /// The school's codes, in the order the settings list them.
    public var codes: [AttendanceCode]

    /// Loads the sheet through the model's class-attendance read of the lesson's day.
    public static func load(journal: Journal, lessonID: String) throws(Refusal) -> AttendanceSheet {
        let lesson = try journal.lesson(id: lessonID)
        let day = try journal.classAttendance(classID: lesson.classID, from: lesson.onDate, to: lesson.onDate)
        let current = day.lessons.first { $0.id == lessonID } ?? lesson
        return AttendanceSheet(
            lesson: current, classTitle: day.schoolClass.title,
            subjectName: day.subjects[lesson.subjectID]?.name ?? "",
            students: day.students.filter { day.attends($0.id, current) },
            records: day.attendance[lessonID] ?? [:],
            codes: day.settings.attendanceCodes)
    }

    /// The code recorded for a student, nil when none (present).
    public func code(of studentID: String) -> String? { records[studentID]?.code }

    /// The setting that describes a code.
    public func attendanceCode(_ code: String) -> AttendanceCode? { codes.first { $0.code == code } }
}
