import GRDB

extension Journal {
    /// Gives a student a mark at a lesson (one more mark: several per lesson are allowed).
    ///
    /// The kind of work defaults to the lesson's; the weight comes from the school's settings.
    /// With `expectingMarks` (the cell's marks as the user saw them, oldest first), refuses if
    /// another session has changed the cell meanwhile.
    @discardableResult
    public func addMark(
        lessonID: String, studentID: String, value: String, workKind: String? = nil, comment: String = "",
        expectingMarks: [String]? = nil, as actor: JournalActor
    ) throws(Refusal) -> Mark {
        try perform(as: actor) { transaction in
            try transaction.addMark(lessonID: lessonID, studentID: studentID, value: value, workKind: workKind, comment: comment,
                                    expectingMarks: expectingMarks)
        }
    }

    /// Changes the value of a mark. With `expecting`, refuses if the mark no longer has the value
    /// the user saw (another session changed it), so nothing is silently overwritten.
    @discardableResult
    public func changeMark(markID: String, to value: String, expecting: String? = nil, as actor: JournalActor) throws(Refusal) -> Mark {
        try perform(as: actor) { transaction in
            var mark = try transaction.fetch(Mark.self, markID, what: Self.markNotFound)
            let context = try LessonContext.load(transaction, lessonID: mark.lessonID)
            try transaction.require(.mark, facts: context.facts)
            try transaction.requireMarkable(context, studentID: mark.studentID)
            if let expecting, expecting != mark.value { throw Refusal.staleValue(current: mark.value) }
            let stored = try MarkValue.normalized(value, scale: context.subject.scale, allowNotAssessed: false)
                .orRefuse(.invalidMark(value: value, scale: context.subject.scale))
            try transaction.writer.update(table: Mark.databaseTableName, id: markID, field: "value", to: stored)
            mark.value = stored
            return mark
        }
    }

    /// Withdraws a mark (it stays in the database and the log as withdrawn).
    public func removeMark(markID: String, expecting: String? = nil, as actor: JournalActor) throws(Refusal) {
        try perform(as: actor) { transaction in _ = try transaction.removeMark(markID: markID, expecting: expecting) }
    }

    static let markNotFound = LocalizedText(ru: "Отметка не найдена (возможно, уже удалена).", en: "Mark not found (it may have been removed).")
}

extension JournalTransaction {
    /// `Journal.addMark` inside this transaction.
    func addMark(lessonID: String, studentID: String, value: String, workKind: String? = nil, comment: String = "",
                 expectingMarks: [String]?) throws -> Mark {
        let context = try LessonContext.load(self, lessonID: lessonID)
        try require(.mark, facts: context.facts)
        try requireMarkable(context, studentID: studentID)
        if let expectingMarks {
            let current = try String.fetchAll(db.cachedStatement(sql: """
                SELECT value FROM mark WHERE lesson_id = ? AND student_id = ? AND state = 'active' ORDER BY id
                """), arguments: [lessonID, studentID])
            if current != expectingMarks { throw Refusal.staleValue(current: current.joined(separator: " ")) }
        }
        let stored = try MarkValue.normalized(value, scale: context.subject.scale, allowNotAssessed: false)
            .orRefuse(.invalidMark(value: value, scale: context.subject.scale))
        let kind = workKind ?? context.lesson.workKind
        let mark = Mark(id: newID(), lessonID: lessonID, studentID: studentID, value: stored,
                        workKind: kind, weight: try settings().weight(of: kind), comment: comment)
        try writer.create(mark)
        return mark
    }

    /// `Journal.removeMark` inside this transaction; returns the mark as it was.
    func removeMark(markID: String, expecting: String?) throws -> Mark {
        let mark = try fetch(Mark.self, markID, what: Journal.markNotFound)
        let context = try LessonContext.load(self, lessonID: mark.lessonID)
        try require(.mark, facts: context.facts)
        try requireMarkable(context, studentID: mark.studentID)
        if let expecting, expecting != mark.value { throw Refusal.staleValue(current: mark.value) }
        try writer.update(table: Mark.databaseTableName, id: markID, field: "state", to: RecordState.deleted)
        return mark
    }

    /// Everything a mark at this lesson for this student must satisfy besides the actor's role.
    func requireMarkable(_ context: LessonContext, studentID: String) throws {
        try requireMarksAllowed(context.schoolClass)
        try requireEditableLesson(context)
        try requireLessonTookPlace(context)
        try requireAttends(studentID: studentID, context)
    }
}

extension Optional {
    /// The value, or the refusal thrown when there is none.
    func orRefuse(_ refusal: Refusal) throws -> Wrapped {
        guard let self else { throw refusal }
        return self
    }
}
