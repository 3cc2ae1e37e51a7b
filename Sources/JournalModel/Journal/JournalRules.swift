import GRDB

/// The journal rules that depend on dates and data [DOMAIN §3]: closed periods, the edit window,
/// lessons not yet held, classes without marks, who attends a lesson.
extension JournalTransaction {
    /// Refuses when any period of the class's year that contains the date is closed.
    func requireOpenPeriod(on date: SchoolDate, yearID: String) throws {
        if let name = try String.fetchOne(db.cachedStatement(sql: """
            SELECT name FROM period WHERE year_id = ? AND closed = 1 AND state = 'active'
                AND starts_on <= ? AND ends_on >= ? ORDER BY starts_on LIMIT 1
            """), arguments: [yearID, date, date]) {
            throw Refusal.periodClosed(name: name)
        }
    }

    /// Refuses when the edit window for a lesson held on `date` has passed.
    func requireWithinEditWindow(lessonDate date: SchoolDate) throws {
        if let last = try settings().editWindow.lastEditableDate(forLessonOn: date), today > last {
            throw Refusal.editWindowPassed(lastDate: last)
        }
    }

    /// The checks every change to a lesson's record goes through.
    func requireEditableLesson(_ context: LessonContext) throws {
        try requireOpenPeriod(on: context.lesson.onDate, yearID: context.schoolClass.yearID)
        try requireWithinEditWindow(lessonDate: context.lesson.onDate)
    }

    /// Marks and attendance: additionally the lesson must have taken place.
    func requireLessonTookPlace(_ context: LessonContext) throws {
        if context.lesson.onDate > today { throw Refusal.lessonInFuture(date: context.lesson.onDate) }
        if !context.lesson.held { throw Refusal.lessonNotHeld }
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
