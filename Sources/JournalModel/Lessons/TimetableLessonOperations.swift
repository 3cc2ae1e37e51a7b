import GRDB

extension JournalSession {
    /// Records the lesson a timetable entry gives on a date, as its teacher sees it in the day's list.
    ///
    /// The record names the entry's teacher. Opening is idempotent: if the lesson is already
    /// recorded (by the teacher, or with a substitute by the deputy) that record is returned and
    /// nothing is written. The actor must teach the class (workload) or be the lesson's recorded
    /// substitute.
    @discardableResult
    public func openLesson(timetableEntryID: String, on date: SchoolDate) throws(Refusal) -> Lesson {
        try perform { transaction in
            let entry = try transaction.timetableEntry(timetableEntryID, appliesOn: date)
            if let existing = try transaction.recordedLesson(of: entry, on: date) {
                try transaction.require(.lessonRecord, facts: LessonContext.load(transaction, lesson: existing).facts)
                return existing
            }
            let lesson = Lesson(id: transaction.newID(), classID: entry.classID, subjectID: entry.subjectID, subgroupID: entry.subgroupID,
                                teacherID: entry.teacherID, onDate: date, slot: entry.slot)
            try transaction.requireEditable(.lessonRecord, LessonContext.load(transaction, lesson: lesson))
            try transaction.writer.create(lesson)
            return lesson
        }
    }

    /// Plans a substitution (журнал замен) for a timetable lesson, recorded or not yet: the lesson
    /// is recorded with its timetable teacher and the substitute, who may then open and keep it.
    @discardableResult
    public func assignSubstitute(timetableEntryID: String, on date: SchoolDate, substituteID: String) throws(Refusal) -> Lesson {
        try perform { transaction in
            try transaction.require(.substitution)
            let entry = try transaction.timetableEntry(timetableEntryID, appliesOn: date)
            let schoolClass = try SchoolClass.require(transaction.db, entry.classID)
            try transaction.requireOpenPeriod(on: date, yearID: schoolClass.yearID)
            if var existing = try transaction.recordedLesson(of: entry, on: date) {
                try transaction.requireSubstitute(substituteID, for: existing)
                try transaction.writer.update(table: Lesson.databaseTableName, id: existing.id, field: "substitute_id", to: substituteID)
                existing.substituteID = substituteID
                return existing
            }
            let lesson = Lesson(id: transaction.newID(), classID: entry.classID, subjectID: entry.subjectID, subgroupID: entry.subgroupID,
                                teacherID: entry.teacherID, substituteID: substituteID, onDate: date, slot: entry.slot)
            try transaction.requireSubstitute(substituteID, for: lesson)
            try transaction.writer.create(lesson)
            return lesson
        }
    }
}

extension JournalTransaction {
    /// The timetable entry, refusing when it gives no lesson on the date.
    func timetableEntry(_ id: String, appliesOn date: SchoolDate) throws -> TimetableEntry {
        let entry = try TimetableEntry.require(db, id)
        guard try StudyDays.load(db).applies(entry, on: date) else { throw Refusal.notInTimetable(date: date) }
        return entry
    }

    /// The record of the entry's lesson on a date; refuses when another lesson took its slot.
    func recordedLesson(of entry: TimetableEntry, on date: SchoolDate) throws -> Lesson? {
        guard let lesson = try LessonSchedule.occupying(db, entry, on: date) else { return nil }
        guard LessonSchedule.isRecord(lesson, of: entry) else {
            throw Refusal.duplicate(LocalizedText(ru: "У класса уже есть другой урок \(date.russianText) на \(entry.slot)-м уроке.",
                                                  en: "The class already has another lesson on \(date.russianText) in slot \(entry.slot)."))
        }
        return lesson
    }

    /// Refuses a substitute who is not a member of staff, or who is the lesson's own teacher.
    func requireSubstitute(_ personID: String, for lesson: Lesson) throws {
        let person = try Person.require(db, personID)
        guard person.kind == .staff else {
            throw Refusal.invalidValue(LocalizedText(ru: "Заменять урок может только сотрудник школы.", en: "Only a member of staff can substitute."))
        }
        guard personID != lesson.teacherID else {
            throw Refusal.invalidValue(LocalizedText(ru: "Учитель не может заменять собственный урок.", en: "A teacher cannot substitute for their own lesson."))
        }
    }
}
