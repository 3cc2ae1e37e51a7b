/// What the edit rules need to know about one lesson, loaded once by whoever asks.
struct LessonFacts: Sendable, Equatable {
    let date: SchoolDate
    let held: Bool
    /// The class's title when it is taught without marks (grade 1), else nil.
    let noMarksClass: String?
    /// The name of a closed period containing the date, if any.
    let closedPeriod: String?
    /// The last date the edit window allows changes on (nil: no limit but closing).
    let lastEditableDate: SchoolDate?

    init(lesson: Lesson, schoolClass: SchoolClass, closedPeriod: String?, editWindow: EditWindow) {
        date = lesson.onDate
        held = lesson.held
        noMarksClass = schoolClass.noMarks ? schoolClass.title : nil
        self.closedPeriod = closedPeriod
        lastEditableDate = editWindow.lastEditableDate(forLessonOn: lesson.onDate)
    }
}

/// The one decision whether a lesson's cells or record may be changed today [DOMAIN §2, §3]: who
/// the actor is to the lesson (`PermissionRules`), then a class without marks, a closed period,
/// the edit window, and for marks and attendance a lesson not yet held. The writes use it and so
/// do the screens that ask "may I?" (`GradebookAccess`, the attendance sheet, the lesson record),
/// over facts each loads its own way.
enum EditRules {
    static func decide(_ kind: ChangeKind, roles: Set<Role>, facts: PermissionFacts, lesson: LessonFacts,
                       today: SchoolDate) -> Result<Grant, Refusal> {
        let grant: Grant
        switch PermissionRules.decide(kind, roles: roles, facts: facts) {
        case let .success(granted): grant = granted
        case let .failure(refusal): return .failure(refusal)
        }
        if kind == .mark, let title = lesson.noMarksClass { return .failure(.noMarksClass(classTitle: title)) }
        if let name = lesson.closedPeriod { return .failure(.periodClosed(name: name)) }
        if let last = lesson.lastEditableDate, today > last { return .failure(.editWindowPassed(lastDate: last)) }
        if kind == .mark || kind == .attendance {
            if lesson.date > today { return .failure(.lessonInFuture(date: lesson.date)) }
            if !lesson.held { return .failure(.lessonNotHeld) }
        }
        return .success(grant)
    }
}

extension EditRules {
    /// Whether a period (or year, exam, final) mark may be set: the subject's teacher of the
    /// student, never in a closed period (or one inside a closed one), never in a class without marks.
    static func decidePeriodMark(roles: Set<Role>, facts: PermissionFacts, closedPeriod: String?, schoolClass: SchoolClass) -> Refusal? {
        if case let .failure(refusal) = PermissionRules.decide(.periodMark, roles: roles, facts: facts) { return refusal }
        if let name = closedPeriod { return .periodClosed(name: name) }
        if schoolClass.noMarks { return .noMarksClass(classTitle: schoolClass.title) }
        return nil
    }
}
