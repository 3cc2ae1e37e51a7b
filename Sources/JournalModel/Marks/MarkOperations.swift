import GRDB

extension JournalSession {
    /// Gives a student a mark at a lesson (one more mark: several per lesson are allowed).
    ///
    /// The kind of work defaults to the lesson's; the weight comes from the school's settings.
    /// With `expectingMarks` (the cell's marks as the user saw them, oldest first), refuses if
    /// another session has changed the cell meanwhile.
    @discardableResult
    public func addMark(
        lessonID: String, studentID: String, value: String, workKind: String? = nil, comment: String = "",
        expectingMarks: [String]? = nil
    ) throws(Refusal) -> Mark {
        try perform { transaction in
            try transaction.addMark(lessonID: lessonID, studentID: studentID, value: value, workKind: workKind, comment: comment,
                                    expectingMarks: expectingMarks)
        }
    }

    /// Changes the value of a mark. With `expecting`, refuses if the mark no longer has the value
    /// the user saw (another session changed it), so nothing is silently overwritten.
    @discardableResult
    public func changeMark(markID: String, to value: String, expecting: String? = nil) throws(Refusal) -> Mark {
        try perform { transaction in
            var mark = try Mark.require(transaction.db, markID)
            let context = try LessonContext.load(transaction, lessonID: mark.lessonID)
            try transaction.requireMarkable(context, studentID: mark.studentID)
            if let expecting, expecting != mark.value { throw Refusal.staleValue(current: mark.value) }
            let stored = try MarkValue.normalized(value, scale: context.subject.scale, allowNotAssessed: false)
                .orRefuse(.invalidMark(value: value, scale: context.subject.scale))
            try transaction.writer.update(table: Mark.databaseTableName, id: markID, field: "value", to: stored)
            mark.value = stored
            return mark
        }
    }

    /// Sets the comment on a mark (a short note the teacher, and the diary, see beside it).
    @discardableResult
    public func commentMark(markID: String, comment: String, expecting: String? = nil) throws(Refusal) -> Mark {
        try perform { transaction in try transaction.commentMark(markID: markID, comment: comment, expecting: expecting) }
    }

    /// Withdraws a mark (it stays in the database and the log as withdrawn).
    public func removeMark(markID: String, expecting: String? = nil) throws(Refusal) {
        try perform { transaction in _ = try transaction.removeMark(markID: markID, expecting: expecting) }
    }
}

extension JournalTransaction {
    /// `JournalSession.addMark` inside this transaction.
    func addMark(lessonID: String, studentID: String, value: String, workKind: String? = nil, comment: String = "",
                 expectingMarks: [String]?) throws -> Mark {
        let context = try LessonContext.load(self, lessonID: lessonID)
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
        if let workKind, try settings().weights[workKind] == nil { throw Refusal.unknownWorkKind(workKind) }
        let mark = Mark(id: newID(), lessonID: lessonID, studentID: studentID, value: stored,
                        workKind: kind, weight: try settings().weight(of: kind), comment: comment, kindFromLesson: workKind == nil)
        try writer.create(mark)
        return mark
    }

    /// `JournalSession.removeMark` inside this transaction; returns the mark as it was.
    func removeMark(markID: String, expecting: String?) throws -> Mark {
        let mark = try Mark.require(db, markID)
        let context = try LessonContext.load(self, lessonID: mark.lessonID)
        try requireMarkable(context, studentID: mark.studentID)
        if let expecting, expecting != mark.value { throw Refusal.staleValue(current: mark.value) }
        try writer.update(table: Mark.databaseTableName, id: markID, field: "state", to: RecordState.deleted)
        return mark
    }

    /// `JournalSession.commentMark` inside this transaction: the mark as it is now. With
    /// `expecting` (the comment the user saw), refuses if another session changed it meanwhile.
    func commentMark(markID: String, comment: String, expecting: String?) throws -> Mark {
        var mark = try Mark.require(db, markID)
        let context = try LessonContext.load(self, lessonID: mark.lessonID)
        try requireMarkable(context, studentID: mark.studentID)
        if let expecting, expecting != mark.comment { throw Refusal.staleValue(current: mark.comment) }
        let trimmed = comment.trimmingCharacters(in: .whitespaces)
        try writer.update(table: Mark.databaseTableName, id: markID, field: "comment", to: trimmed)
        mark.comment = trimmed
        return mark
    }

    /// Gives `value` to every student of the lesson whose cell is empty (no mark, no attendance
    /// code) as the transaction sees it, so a cell filled meanwhile elsewhere keeps its own mark.
    /// One transaction: every mark or none. Returns the marks given, in the order of the students' ids.
    func fillEmpty(lessonID: String, value: String) throws -> [Mark] {
        let context = try LessonContext.load(self, lessonID: lessonID)
        try requireEditable(.mark, context)
        let lesson = context.lesson
        let stored = try MarkValue.normalized(value, scale: context.subject.scale, allowNotAssessed: false)
            .orRefuse(.invalidMark(value: value, scale: context.subject.scale))
        let weight = try settings().weight(of: lesson.workKind)
        let filled = Set(try String.fetchAll(db.cachedStatement(sql: """
            SELECT student_id FROM mark WHERE lesson_id = ? AND state = 'active'
            UNION SELECT student_id FROM attendance WHERE lesson_id = ? AND state = 'active'
            """), arguments: [lessonID, lessonID]))
        let students = try Teaching.studentIDs(db, classID: lesson.classID, subgroupID: lesson.subgroupID, on: lesson.onDate)
        let empty = students.filter { !filled.contains($0) }
        var given: [Mark] = []
        for studentID in Set(empty).sorted() {
            let mark = Mark(id: newID(), lessonID: lessonID, studentID: studentID, value: stored, workKind: lesson.workKind, weight: weight)
            try writer.create(mark)
            given.append(mark)
        }
        return given
    }

    /// Everything a mark at this lesson for this student must satisfy: the edit rules, and the
    /// student in the lesson's class or group.
    func requireMarkable(_ context: LessonContext, studentID: String) throws {
        try requireEditable(.mark, context)
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
