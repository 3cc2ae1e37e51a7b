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

extension Journal {
    /// Works out, the way the operations would, which lessons' cells `actor` may change today and
    /// whether the period marks may be set: role and workload, substitution, grade 1, closed
    /// periods, the edit window, lessons not yet held.
    public func access(to gradebook: Gradebook, for actor: JournalActor) throws(Refusal) -> GradebookAccess {
        let today = today
        let schoolClass = gradebook.schoolClass
        let (teaches, closed) = try read { db in
            let teaches = try actor.personID.map {
                try Teaching.covers(db, teacherID: $0, classID: schoolClass.id, subjectID: gradebook.subject.id,
                                    subgroupID: gradebook.subgroup?.id)
            } ?? false
            let closed = try Period.fetchAll(db, sql: "SELECT * FROM period WHERE year_id = ? AND closed = 1 AND state = 'active' ORDER BY starts_on",
                                             arguments: [schoolClass.yearID])
            return (teaches, closed)
        }
        var lessonRefusals: [String: Refusal] = [:]
        for lesson in gradebook.lessons {
            let facts = PermissionFacts(teachesIt: teaches, substitutesIt: actor.personID != nil && lesson.substituteID == actor.personID)
            if case let .failure(refusal) = PermissionRules.decide(.mark, roles: actor.roles, facts: facts) {
                lessonRefusals[lesson.id] = refusal
            } else if schoolClass.noMarks {
                lessonRefusals[lesson.id] = .noMarksClass(classTitle: schoolClass.title)
            } else if let period = closed.first(where: { $0.startsOn <= lesson.onDate && lesson.onDate <= $0.endsOn }) {
                lessonRefusals[lesson.id] = .periodClosed(name: period.name)
            } else if let last = gradebook.lastEditableDate(of: lesson), today > last {
                lessonRefusals[lesson.id] = .editWindowPassed(lastDate: last)
            } else if lesson.onDate > today {
                lessonRefusals[lesson.id] = .lessonInFuture(date: lesson.onDate)
            } else if !lesson.held {
                lessonRefusals[lesson.id] = .lessonNotHeld
            }
        }
        let period = gradebook.period
        var periodMarkRefusal: Refusal?
        if case let .failure(refusal) = PermissionRules.decide(.periodMark, roles: actor.roles, facts: PermissionFacts(teachesIt: teaches)) {
            periodMarkRefusal = refusal
        } else if let closing = closed.first(where: { $0.id == period.id })
                    ?? closed.first(where: { $0.startsOn <= period.startsOn && period.endsOn <= $0.endsOn }) {
            periodMarkRefusal = .periodClosed(name: closing.name)
        } else if schoolClass.noMarks {
            periodMarkRefusal = .noMarksClass(classTitle: schoolClass.title)
        }
        return GradebookAccess(lessonRefusals: lessonRefusals, periodMarkRefusal: periodMarkRefusal)
    }
}
