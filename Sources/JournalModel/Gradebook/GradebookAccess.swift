import GRDB

/// What an actor may change in a loaded gradebook, and why not where not: the grid draws refused
/// cells dimmed and shows these reasons, while the operations still check everything on write.
public struct GradebookAccess: Sendable {
    /// Why marks and attendance of a lesson may not be changed by this actor today, by lesson id.
    public let lessonRefusals: [String: Refusal]
    /// Why period marks may not be set, if they may not.
    public let periodMarkRefusal: Refusal?

    /// Why the cells of a lesson are read-only; nil when they may be changed.
    public func refusal(forLesson lessonID: String) -> Refusal? { lessonRefusals[lessonID] }
}

extension JournalSession {
    /// Works out, by the same rules the operations apply (`EditRules`), which lessons' cells this
    /// account may change today and whether the period marks may be set.
    public func access(to gradebook: Gradebook) throws(Refusal) -> GradebookAccess {
        let today = today
        let schoolClass = gradebook.schoolClass
        let person = actor.personID
        let (teaches, closed) = try read { db in
            let teaches = try person.map {
                try Teaching.covers(db, teacherID: $0, classID: schoolClass.id, subjectID: gradebook.subject.id,
                                    subgroupID: gradebook.subgroup?.id)
            } ?? false
            return (teaches, try Period.closed(db, yearID: schoolClass.yearID))
        }
        var lessonRefusals: [String: Refusal] = [:]
        for lesson in gradebook.lessons {
            let facts = PermissionFacts(teachesIt: teaches, substitutesIt: person != nil && lesson.substituteID == person)
            let lessonFacts = LessonFacts(lesson: lesson, schoolClass: schoolClass,
                                          closedPeriod: closed.first { $0.contains(lesson.onDate) }?.name,
                                          editWindow: gradebook.settings.editWindow)
            if case let .failure(refusal) = EditRules.decide(.mark, roles: actor.roles, facts: facts, lesson: lessonFacts, today: today) {
                lessonRefusals[lesson.id] = refusal
            }
        }
        let periodMarkRefusal = EditRules.decidePeriodMark(
            roles: actor.roles, facts: PermissionFacts(teachesIt: teaches),
            closedPeriod: Period.closing(gradebook.period, among: closed)?.name, schoolClass: schoolClass)
        return GradebookAccess(lessonRefusals: lessonRefusals, periodMarkRefusal: periodMarkRefusal)
    }
}
