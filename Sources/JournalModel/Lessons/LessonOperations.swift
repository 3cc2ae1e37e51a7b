import GRDB

/// One change to a lesson's record.
public enum LessonChange: Sendable, Equatable {
    case topic(String)
    case homework(String)
    case workKind(String)
    case held(Bool)
}

extension JournalSession {
    /// Records a lesson the acting teacher holds: from the timetable or an extra one.
    @discardableResult
    public func createLesson(
        classID: String, subjectID: String, subgroupID: String? = nil, on date: SchoolDate, slot: Int,
        workKind: String = WorkKind.classwork
    ) throws(Refusal) -> Lesson {
        try perform { transaction in
            guard Bell.slots.contains(slot) else {
                throw Refusal.invalidValue(LocalizedText(ru: "Номер урока — от \(Bell.slots.lowerBound) до \(Bell.slots.upperBound).",
                                                         en: "The lesson number is \(Bell.slots.lowerBound) to \(Bell.slots.upperBound)."))
            }
            let teacherID = transaction.actor.personID ?? ""
            let lesson = Lesson(id: transaction.newID(), classID: classID, subjectID: subjectID, subgroupID: subgroupID,
                                teacherID: teacherID, onDate: date, slot: slot, workKind: workKind)
            try transaction.requireEditable(.lessonRecord, LessonContext.load(transaction, lesson: lesson))
            let clash = try Bool.fetchOne(transaction.db, sql: """
                SELECT EXISTS (SELECT 1 FROM lesson WHERE class_id = ? AND on_date = ? AND slot = ? AND state = 'active'
                    AND (subgroup_id IS ? OR subgroup_id IS NULL OR ? IS NULL))
                """, arguments: [classID, date, slot, subgroupID, subgroupID]) ?? false
            if clash {
                throw Refusal.duplicate(LocalizedText(ru: "У класса уже есть урок \(date.russianText) на \(slot)-м уроке.",
                                                      en: "The class already has a lesson on \(date.russianText) in slot \(slot)."))
            }
            try transaction.writer.create(lesson)
            return lesson
        }
    }

    /// Changes the topic, homework, kind of work, or held state of a lesson.
    @discardableResult
    public func changeLesson(_ lessonID: String, _ change: LessonChange) throws(Refusal) -> Lesson {
        try perform { transaction in
            let context = try LessonContext.load(transaction, lessonID: lessonID)
            try transaction.requireEditable(.lessonRecord, context)
            var lesson = context.lesson
            switch change {
            case let .topic(text):
                lesson.topic = text
                try transaction.writer.update(table: Lesson.databaseTableName, id: lessonID, field: "topic", to: text)
            case let .homework(text):
                try transaction.requireMarksAllowed(context.schoolClass)
                lesson.homework = text
                try transaction.writer.update(table: Lesson.databaseTableName, id: lessonID, field: "homework", to: text)
            case let .workKind(kind):
                guard try transaction.settings().weights[kind] != nil else { throw Refusal.unknownWorkKind(kind) }
                lesson.workKind = kind
                try transaction.writer.update(table: Lesson.databaseTableName, id: lessonID, field: "work_kind", to: kind)
                try transaction.reweightMarks(ofLesson: lessonID, to: kind)
            case let .held(held):
                lesson.held = held
                try transaction.writer.update(table: Lesson.databaseTableName, id: lessonID, field: "held", to: held)
            }
            return lesson
        }
    }

    /// Records that another teacher holds a lesson (замена), or removes the substitution with `nil`.
    @discardableResult
    public func assignSubstitute(lessonID: String, substituteID: String?) throws(Refusal) -> Lesson {
        try perform { transaction in
            let context = try LessonContext.load(transaction, lessonID: lessonID)
            try transaction.require(.substitution)
            try transaction.requireOpenPeriod(on: context.lesson.onDate, yearID: context.schoolClass.yearID)
            if let substituteID { try transaction.requireSubstitute(substituteID, for: context.lesson) }
            var lesson = context.lesson
            lesson.substituteID = substituteID
            try transaction.writer.update(table: Lesson.databaseTableName, id: lessonID, field: "substitute_id", to: substituteID)
            return lesson
        }
    }
}

extension Result {
    /// The failure, if this is one.
    var refusal: Failure? {
        if case let .failure(error) = self { return error }
        return nil
    }
}

extension JournalTransaction {
    /// The marks of a lesson that took its kind of work follow a new kind, and its weight: each
    /// change logged like any other. Marks whose kind the teacher chose keep theirs.
    func reweightMarks(ofLesson lessonID: String, to kind: String) throws {
        let weight = try settings().weight(of: kind)
        for mark in try Mark.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM mark WHERE lesson_id = ? AND state = 'active' AND kind_from_lesson = 1
            """), arguments: [lessonID]) {
            try writer.update(table: Mark.databaseTableName, id: mark.id, field: "work_kind", to: kind)
            try writer.update(table: Mark.databaseTableName, id: mark.id, field: "weight", to: weight)
        }
    }
}
