import JournalModel

/// What the lesson editor shows besides the lesson itself: names and the choices the school offers.
public struct LessonRecord: Sendable {
    public var lesson: Lesson
    public var schoolClass: SchoolClass
    public var subjectName: String
    public var teacherName: String
    public var substituteName: String?
    /// The next topic of the calendar-thematic plan, the default for an empty topic.
    public var plannedTopic: PlanTopic?
    /// The subject's plan for the class's grade, to pick another topic from.
    public var plannedTopics: [PlanTopic]
    /// Kinds of work the settings weigh, built-in ones first in their usual order.
    public var workKinds: [String]

    /// Loads the record through the model's reads.
    public static func load(journal: Journal, lessonID: String) throws(Refusal) -> LessonRecord {
        let lesson = try journal.lesson(id: lessonID)
        let day = try journal.classAttendance(classID: lesson.classID, from: lesson.onDate, to: lesson.onDate)
        let builtIn = WorkKind.builtIn.map(\.key).filter { day.settings.weights[$0] != nil }
        let own = day.settings.weights.keys.filter { !builtIn.contains($0) }.sorted()
        return LessonRecord(
            lesson: lesson, schoolClass: day.schoolClass,
            subjectName: day.subjects[lesson.subjectID]?.name ?? "",
            teacherName: try journal.person(id: lesson.teacherID)?.fullName ?? "",
            substituteName: try lesson.substituteID.flatMap { id throws(Refusal) in try journal.person(id: id)?.fullName },
            plannedTopic: try journal.plannedTopic(forLesson: lessonID),
            plannedTopics: try journal.plannedTopics(subjectID: lesson.subjectID, grade: day.schoolClass.grade),
            workKinds: builtIn + own)
    }
}
