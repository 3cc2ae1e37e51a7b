import GRDB

/// One topic of a calendar-thematic plan (календарно-тематическое планирование, КТП): the plan
/// of a subject for a parallel (all classes of a grade), topics in order with the lessons each takes.
public struct PlanTopic: JournalRecord {
    public static let databaseTableName = "plan_topic"
    public var id: String
    public var subjectID: String
    public var grade: Int
    /// Order in the plan, from 1.
    public var position: Int
    /// The number as the plan wrote it («12», «12–13»), or empty.
    public var number: String = ""
    /// The lesson topic (тема урока).
    public var topic: String
    /// How many lessons the topic takes (количество часов).
    public var hours: Int = 1
    public var state: RecordState = .active
}

/// A plan as imported: its topics, and how many topics of the previous plan it replaced.
public struct PlanImport: Sendable, Equatable {
    public let subject: Subject
    public let grade: Int
    public let topics: [PlanTopic]
    /// Topics of the plan in force before, now withdrawn.
    public let replacedTopics: Int

    /// The lessons the plan takes in all.
    public var totalHours: Int { topics.reduce(0) { $0 + $1.hours } }
}
