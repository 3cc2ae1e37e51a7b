import JournalModel

/// The journal of substitutions (журнал замен) of the deputy director and the administrator: the
/// school's lessons of a day; choosing one opens the list of teachers, choosing a teacher records
/// the substitution through the model. Every refusal is the model's, shown in the status line.
public struct SubstitutionsScreen: ReturningScreen {
    let journal: Journal
    let actor: JournalActor
    /// The day shown.
    public private(set) var date: SchoolDate
    public private(set) var lessons: [SchoolLesson] = []
    public private(set) var list = SelectionList(count: 0)
    /// The teachers a substitute is chosen from, in Russian alphabetical order.
    public private(set) var teachers: [Person] = []
    /// Who may take the selected lesson: every teacher but the lesson's own.
    public var candidates: [Person] {
        teachers.filter { $0.id != selectedLesson?.scheduled.teacherID }
    }
    /// The cursor in `candidates` while a substitute is being chosen for the selected lesson.
    public private(set) var teacherChoice: SelectionList?
    /// The date being typed, while the date field is open.
    public private(set) var dateField: TextField?
    public private(set) var status: StatusMessage?
    /// The screen Esc returns to; nil: Esc does nothing.
    public var back: (() -> any Screen)?
    /// Rows a page key moves (the reducer does not know the terminal).
    static let pageSize = 15

    /// The day `date` (today when nil) as `actor` sees it.
    public init(journal: Journal, actor: JournalActor, date: SchoolDate? = nil) {
        self.journal = journal
        self.actor = actor
        self.date = date ?? journal.today
        do {
            teachers = try journal.teachers()
        } catch {
            status = .error(error.message)
        }
        reload()
    }

    public var title: LocalizedText { LocalizedText(ru: "Журнал замен", en: "Substitutions") }
    public var contexts: [ActionContext] { dateField != nil ? [.form, .edit] : [.substitution] }
    public var acceptsText: Bool { dateField != nil }

    /// The lesson under the cursor, if the day has any.
    public var selectedLesson: SchoolLesson? { lessons.indices.contains(list.selected) ? lessons[list.selected] : nil }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        switch input {
        case .typed(let character):
            dateField?.insert(character)
        case .action(let action):
            if dateField != nil {
                dateAction(action)
            } else if teacherChoice != nil {
                teacherAction(action)
            } else {
                return dayAction(action)
            }
        case .unbound:
            break
        case .tick:
            return .unchanged
        }
        return .stay
    }

    // MARK: - The day's lessons

    private mutating func dayAction(_ action: Action) -> ScreenOutcome {
        switch action {
        case .substitutionPreviousDay: show(date.adding(days: -1))
        case .substitutionNextDay: show(date.adding(days: 1))
        case .substitutionTypeDate:
            dateField = TextField(maxLength: 10)
            status = .info(LocalizedText(ru: "Дата в виде ДД.ММ.ГГГГ.", en: "A date as DD.MM.YYYY."))
        case .substitutionChoose:
            guard let lesson = selectedLesson else { return .stay }
            let current = candidates.firstIndex { $0.id == lesson.scheduled.substituteID } ?? 0
            teacherChoice = SelectionList(count: candidates.count, selected: current)
            teacherChoice?.select(current, pageSize: Self.pageSize)
            status = nil
        case .substitutionRemove: removeSubstitute()
        case .appBack:
            if let back { return .replace(back()) }
        default:
            move(&list, action)
        }
        return .stay
    }

    private mutating func show(_ day: SchoolDate) {
        date = day
        list = SelectionList(count: 0)
        status = nil
        reload()
    }

    /// Reads the day again after a change, keeping the cursor where it was.
    private mutating func reload() {
        do {
            lessons = try journal.schoolLessons(on: date)
        } catch {
            lessons = []
            status = .error(error.message)
        }
        list.updateCount(lessons.count, pageSize: Self.pageSize)
    }

    /// Moves a list cursor for a `substitution.*` movement.
    private func move(_ list: inout SelectionList, _ action: Action) {
        switch action {
        case .substitutionMoveDown: list.select(list.selected + 1, pageSize: Self.pageSize)
        case .substitutionMoveUp: list.select(list.selected - 1, pageSize: Self.pageSize)
        case .substitutionPageDown: list.select(list.selected + Self.pageSize, pageSize: Self.pageSize)
        case .substitutionPageUp: list.select(list.selected - Self.pageSize, pageSize: Self.pageSize)
        default: break
        }
    }

    // MARK: - Choosing the substitute

    private mutating func teacherAction(_ action: Action) {
        guard var choice = teacherChoice else { return }
        switch action {
        case .substitutionChoose:
            if candidates.indices.contains(choice.selected) { assign(candidates[choice.selected]) }
        case .appBack:
            teacherChoice = nil
            status = nil
        default:
            move(&choice, action)
            teacherChoice = choice
        }
    }

    /// Records `teacher` as the selected lesson's substitute: on its record when the lesson is
    /// recorded, else through its timetable entry (which records it).
    private mutating func assign(_ teacher: Person) {
        guard let lesson = selectedLesson?.scheduled else { return }
        do {
            if let recorded = lesson.lesson {
                try journal.assignSubstitute(lessonID: recorded.id, substituteID: teacher.id, as: actor)
            } else if let entryID = lesson.timetableEntryID {
                try journal.assignSubstitute(timetableEntryID: entryID, on: date, substituteID: teacher.id, as: actor)
            }
            teacherChoice = nil
            reload()
            status = StatusMessage(LocalizedText(ru: "Замена назначена: \(lesson.slot)-й урок, \(teacher.shortName)",
                                                 en: "Substitute set: lesson \(lesson.slot), \(teacher.shortName)"), kind: .success)
        } catch {
            status = .error(error.message)
        }
    }

    private mutating func removeSubstitute() {
        guard let lesson = selectedLesson?.scheduled.lesson, lesson.substituteID != nil else {
            status = .info(LocalizedText(ru: "У этого урока нет замены.", en: "This lesson has no substitute."))
            return
        }
        do {
            try journal.assignSubstitute(lessonID: lesson.id, substituteID: nil, as: actor)
            reload()
            status = StatusMessage(LocalizedText(ru: "Замена снята.", en: "The substitution is removed."), kind: .success)
        } catch {
            status = .error(error.message)
        }
    }

    // MARK: - Typing a date

    private mutating func dateAction(_ action: Action) {
        switch action {
        case .formSubmit:
            guard let text = dateField?.text, let day = SchoolDate(russianText: text) else {
                status = .error(TypedDate.notADate(dateField?.text ?? "", example: journal.today))
                return
            }
            dateField = nil
            show(day)
        case .appBack:
            dateField = nil
            status = nil
        default:
            dateField?.apply(action)
        }
    }
}
