import GRDB

/// The journal rules that depend on dates and data [DOMAIN §3], read inside an operation's
/// transaction: the decision itself is `EditRules`'.
extension JournalTransaction {
    /// Decides a change to a lesson by `EditRules`, throwing the refusal; returns the capacity granted.
    @discardableResult
    func requireEditable(_ kind: ChangeKind, _ context: LessonContext) throws -> Grant {
        let lesson = try context.lessonFacts(self)
        return try EditRules.decide(kind, roles: actor.roles, facts: context.facts, lesson: lesson, today: today).get()
    }

    /// Refuses when any period of the class's year that contains the date is closed.
    func requireOpenPeriod(on date: SchoolDate, yearID: String) throws {
        if let name = try Period.closedName(db, on: date, yearID: yearID) { throw Refusal.periodClosed(name: name) }
    }

    /// Refuses marks and homework for classes taught without marks (grade 1).
    func requireMarksAllowed(_ schoolClass: SchoolClass) throws {
        if schoolClass.noMarks { throw Refusal.noMarksClass(classTitle: schoolClass.title) }
    }

    /// Refuses when the student is not in the lesson's class or subgroup on its date.
    func requireAttends(studentID: String, _ context: LessonContext) throws {
        let lesson = context.lesson
        guard try Teaching.studentAttends(db, studentID: studentID, classID: lesson.classID,
                                          subgroupID: lesson.subgroupID, on: lesson.onDate) else {
            throw Refusal.studentNotInLesson
        }
    }
}
