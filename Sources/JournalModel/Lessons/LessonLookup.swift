import GRDB

extension Journal {
    /// One recorded lesson by id, for screens opened on a lesson.
    public func lesson(id: String) throws(Refusal) -> Lesson {
        try read { db in
            guard let lesson = try Lesson.fetchOne(db, key: id) else {
                throw Refusal.notFound(LocalizedText(ru: "Урок не найден.", en: "Lesson not found."))
            }
            return lesson
        }
    }

    /// A person by id (a teacher's or substitute's name on the lesson record), nil if unknown.
    public func person(id: String) throws(Refusal) -> Person? {
        try read { db in try Person.fetchOne(db, key: id) }
    }
}

extension Journal {
    /// Why `actor` may not take the register at this lesson now (nil: they may), so the sheet can
    /// open read-only with the reason. Runs the same checks as `setAttendance` and writes nothing.
    public func attendanceRefusal(lessonID: String, as actor: JournalActor) throws(Refusal) -> Refusal? {
        try refusal(as: actor) { transaction in
            let context = try LessonContext.load(transaction, lessonID: lessonID)
            try transaction.require(.attendance, facts: context.facts)
            try transaction.requireEditableLesson(context)
            try transaction.requireLessonTookPlace(context)
        }
    }

    /// Why `actor` may not change this lesson's record now (nil: they may); the same checks as `changeLesson`.
    public func lessonRecordRefusal(lessonID: String, as actor: JournalActor) throws(Refusal) -> Refusal? {
        try refusal(as: actor) { transaction in
            let context = try LessonContext.load(transaction, lessonID: lessonID)
            try transaction.require(.lessonRecord, facts: context.facts)
            try transaction.requireEditableLesson(context)
        }
    }

    /// Runs checks that write nothing; a refusal is the answer, only a storage failure is thrown.
    private func refusal(as actor: JournalActor, _ checks: (JournalTransaction) throws -> Void) throws(Refusal) -> Refusal? {
        do {
            try perform(as: actor, checks)
            return nil
        } catch {
            if case .storage = error { throw error }
            return error
        }
    }
}
