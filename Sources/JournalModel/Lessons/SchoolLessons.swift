import GRDB

/// One lesson of the school's day as the journal of substitutions (журнал замен) lists it: the
/// scheduled lesson with the names and bell times to show beside it.
public struct SchoolLesson: Sendable, Hashable {
    /// The lesson: from the timetable, recorded or not yet, or an extra one.
    public let scheduled: ScheduledLesson
    /// Bell times (`08:30`), empty when the bell schedule has no such slot.
    public let startsAt: String
    public let endsAt: String
    public let classTitle: String
    public let subjectName: String
    public let subgroupName: String?
    /// The short name (Иванова М. П.) of the teacher the timetable or the record names.
    public let teacherName: String
    /// The short name of the recorded substitute, if any.
    public let substituteName: String?
}

extension JournalSession {
    /// Why this account may not keep the journal of substitutions (the deputy director's and the
    /// administrator's [DOMAIN §2]); nil when it may.
    public var substitutionJournalRefusal: Refusal? {
        PermissionRules.decide(.substitution, roles: actor.roles, facts: PermissionFacts()).refusal
    }

    /// Who may take a lesson as its substitute: the teachers (`teachers()`) but the lesson's own.
    public func substituteCandidates(for lesson: ScheduledLesson, among teachers: [Person]) -> [Person] {
        teachers.filter { $0.id != lesson.teacherID }
    }

    /// Every lesson of the school on a date: the timetable's lessons, recorded or not, and the
    /// recorded lessons outside it (extra lessons); by slot, then class, then group.
    public func schoolLessons(on date: SchoolDate) throws(Refusal) -> [SchoolLesson] {
        try read { db in
            try requireReadable(.schoolDay)
            let entries = try TimetableEntry.filter(Column("state") == RecordState.active && Column("weekday") == date.weekday).fetchAll(db)
            let lessons = try Lesson.filter(Column("state") == RecordState.active && Column("on_date") == date).fetchAll(db)
            let scheduled = try LessonSchedule.merge(entries: entries, lessons: lessons, from: date, to: date, studyDays: StudyDays.load(db),
                                                     wantedEntry: { _ in true }, wantedLesson: { _ in true })
            return try SchoolLessonNames.load(db).describe(scheduled)
        }
    }
}

/// The names and bell times a day's lessons are shown with, loaded once for the whole school.
private struct SchoolLessonNames {
    let classes: [String: SchoolClass]
    let subjects: [String: Subject]
    let subgroups: [String: Subgroup]
    let staff: [String: Person]
    let bells: [Int: Bell]

    static func load(_ db: Database) throws -> SchoolLessonNames {
        try SchoolLessonNames(
            classes: SchoolClass.byID(SchoolClass.fetchAll(db)), subjects: Subject.byID(Subject.fetchAll(db)),
            subgroups: Subgroup.byID(Subgroup.fetchAll(db)), staff: Person.byID(Person.filter(Column("kind") == PersonKind.staff).fetchAll(db)),
            bells: Bell.bySlot(db))
    }

    func describe(_ lessons: [ScheduledLesson]) -> [SchoolLesson] {
        let described = lessons.map { lesson in
            SchoolLesson(
                scheduled: lesson, startsAt: bells[lesson.slot]?.startsAt ?? "", endsAt: bells[lesson.slot]?.endsAt ?? "",
                classTitle: classes[lesson.classID]?.title ?? "", subjectName: subjects[lesson.subjectID]?.name ?? "",
                subgroupName: lesson.subgroupID.flatMap { subgroups[$0]?.name },
                teacherName: staff[lesson.teacherID]?.shortName ?? "", substituteName: lesson.substituteID.flatMap { staff[$0]?.shortName })
        }
        return described.sorted { left, right in
            if left.scheduled.slot != right.scheduled.slot { return left.scheduled.slot < right.scheduled.slot }
            let (leftGrade, rightGrade) = (classes[left.scheduled.classID]?.grade ?? 0, classes[right.scheduled.classID]?.grade ?? 0)
            if leftGrade != rightGrade { return leftGrade < rightGrade }
            if left.classTitle != right.classTitle { return RussianCollation.precedes(left.classTitle, right.classTitle) }
            return RussianCollation.precedes(left.subgroupName ?? "", right.subgroupName ?? "")
        }
    }
}
