/// The kinds of change the permission rules distinguish [DOMAIN §2].
public enum ChangeKind: String, Sendable, CaseIterable {
    case mark
    case attendance
    /// Setting the reason of an existing absence (Н → Б, У, П).
    case attendanceReason
    /// Lesson topic, kind of work, homework, held or not.
    case lessonRecord
    /// Period, year, exam and final marks.
    case periodMark
    /// Personal details of students and parents.
    case studentData
    case timetable
    case substitution
    case settings
    case closePeriod
    /// Classes, subjects, subgroups, staff, workload, enrolment and movement of students.
    case schoolStructure
    case accounts
    /// The calendar-thematic plan (КТП) of a subject in a parallel.
    case plan
}
