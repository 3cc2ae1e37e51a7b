import JournalModel

/// The journal of substitutions (журнал замен) of the deputy director and the administrator: the
/// school's lessons of a day; choosing one opens the list of teachers, choosing a teacher records
/// the substitution through the model. Every refusal is the model's, shown in the status line.
public struct SubstitutionsScreen: Screen {
    /// The day shown.
    public private(set) var date: SchoolDate
    public private(set) var lessons: [SchoolLesson] = []
    /// The lessons the search lets through, as indices into `lessons` (all of them when not searching).
    public private(set) var shownLessons: [Int] = []
    public private(set) var list = SelectionList(count: 0)
    /// The search in the list on screen: the day's lessons, or the teachers while one is chosen.
    public private(set) var filter = ListFilter()
    /// The teachers a substitute is chosen from, in Russian alphabetical order.
    public private(set) var teachers: [Person] = []
    /// Who may take the selected lesson (the model's `substituteCandidates`) that the search lets
    /// through, worked out when the lesson is chosen.
    public var candidates: [Person] { shownCandidates.map { allCandidates[$0] } }
    private var allCandidates: [Person] = []
    private var shownCandidates: [Int] = []
    /// The cursor in `candidates` while a substitute is being chosen for the selected lesson.
    public private(set) var teacherChoice: SelectionList?
    /// The date being typed, while the date field is open.
    public private(set) var dateField: TextField?
    public private(set) var status: StatusMessage?
    /// Rows a page key moves: the list's rows in the current viewport.
    var pageSize = 15
    /// Today, the example for a mistyped date.
    let today: SchoolDate

    /// The day `date` (today when nil) of the school.
    public init(session: JournalSession, date: SchoolDate? = nil) {
        today = session.today
        self.date = date ?? today
        do {
            teachers = try session.teachers()
        } catch {
            status = .error(error.message)
        }
        reload(session)
    }

    public var title: LocalizedText { LocalizedText(ru: "Журнал замен", en: "Substitutions") }
    public var contexts: [ActionContext] { dateField != nil ? [.form, .edit] : filter.isActive ? [.edit, .substitution] : [.substitution] }
    public var acceptsText: Bool { dateField != nil || filter.isActive }

    /// The lesson under the cursor (or being given a substitute), if the day has any.
    public var selectedLesson: SchoolLesson? {
        if let chosen = chosenLesson { return lessons[chosen] }
        return shownLessons.indices.contains(list.selected) ? lessons[shownLessons[list.selected]] : nil
    }
    /// The lesson a substitute is being chosen for, as an index into `lessons`.
    private var chosenLesson: Int?

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
        pageSize = Self.listRows(in: environment.viewport)
        if filter.handle(input) {
            applyFilter()
            return .stay
        }
        switch input {
        case .typed(let character):
            dateField?.insert(character)
        case .action(let action):
            if action == .substitutionFilter, dateField == nil {
                filter.open()
                applyFilter()
            } else if dateField != nil {
                dateAction(action, session)
            } else if teacherChoice != nil {
                teacherAction(action, session)
            } else {
                return dayAction(action, session)
            }
        case .unbound:
            break
        case .tick:
            return .unchanged
        }
        return .stay
    }

    // MARK: - The day's lessons

    /// The rows the lesson list has in a body of this size.
    static func listRows(in viewport: Size) -> Int { max(1, viewport.height - 4) }

    private mutating func dayAction(_ action: Action, _ session: JournalSession) -> ScreenOutcome {
        switch action {
        case .substitutionPreviousDay: show(date.adding(days: -1), session)
        case .substitutionNextDay: show(date.adding(days: 1), session)
        case .substitutionTypeDate:
            dateField = TextField(maxLength: 10)
            status = .info(LocalizedText(ru: "Дата в виде ДД.ММ.ГГГГ.", en: "A date as DD.MM.YYYY."))
        case .substitutionChoose:
            guard let lesson = selectedLesson else { return .stay }
            chosenLesson = shownLessons[list.selected]
            filter.close()
            allCandidates = session.substituteCandidates(for: lesson.scheduled, among: teachers)
            shownCandidates = Array(allCandidates.indices)
            let current = candidates.firstIndex { $0.id == lesson.scheduled.substituteID } ?? 0
            teacherChoice = SelectionList(count: candidates.count, selected: current)
            teacherChoice?.select(current, pageSize: pageSize)
            status = nil
        case .substitutionRemove: removeSubstitute(session)
        case .appBack:
            return .pop
        default:
            move(&list, action)
        }
        return .stay
    }

    private mutating func show(_ day: SchoolDate, _ session: JournalSession) {
        date = day
        list = SelectionList(count: 0)
        filter.close()
        status = nil
        reload(session)
    }

    /// Shows what the search lets through of the list on screen, keeping the cursor in range.
    private mutating func applyFilter() {
        if teacherChoice != nil {
            shownCandidates = filter.visible(allCandidates.map(\.fullName))
            teacherChoice?.updateCount(shownCandidates.count, pageSize: pageSize)
        } else {
            shownLessons = filter.visible(lessons.map { "\($0.classTitle) \($0.subjectName) \($0.subgroupName ?? "") \($0.teacherName) \($0.substituteName ?? "")" })
            list.updateCount(shownLessons.count, pageSize: pageSize)
        }
    }

    /// Reads the day again after a change, keeping the cursor where it was.
    private mutating func reload(_ session: JournalSession) {
        do {
            lessons = try session.schoolLessons(on: date)
        } catch {
            lessons = []
            status = .error(error.message)
        }
        applyFilter()
    }

    /// Moves a list cursor for a `substitution.*` movement.
    private func move(_ list: inout SelectionList, _ action: Action) {
        switch action {
        case .substitutionMoveDown: list.select(list.selected + 1, pageSize: pageSize)
        case .substitutionMoveUp: list.select(list.selected - 1, pageSize: pageSize)
        case .substitutionPageDown: list.select(list.selected + pageSize, pageSize: pageSize)
        case .substitutionPageUp: list.select(list.selected - pageSize, pageSize: pageSize)
        default: break
        }
    }

    // MARK: - Choosing the substitute

    private mutating func teacherAction(_ action: Action, _ session: JournalSession) {
        guard var choice = teacherChoice else { return }
        switch action {
        case .substitutionChoose:
            if candidates.indices.contains(choice.selected) { assign(candidates[choice.selected], session) }
        case .appBack:
            teacherChoice = nil
            chosenLesson = nil
            filter.close()
            applyFilter()
            status = nil
        default:
            move(&choice, action)
            teacherChoice = choice
        }
    }

    /// Records `teacher` as the selected lesson's substitute: on its record when the lesson is
    /// recorded, else through its timetable entry (which records it).
    private mutating func assign(_ teacher: Person, _ session: JournalSession) {
        guard let lesson = selectedLesson?.scheduled else { return }
        do {
            if let recorded = lesson.lesson {
                try session.assignSubstitute(lessonID: recorded.id, substituteID: teacher.id)
            } else if let entryID = lesson.timetableEntryID {
                try session.assignSubstitute(timetableEntryID: entryID, on: date, substituteID: teacher.id)
            }
            teacherChoice = nil
            chosenLesson = nil
            filter.close()
            reload(session)
            status = StatusMessage(LocalizedText(ru: "Замена назначена: \(lesson.slot)-й урок, \(teacher.shortName)",
                                                 en: "Substitute set: lesson \(lesson.slot), \(teacher.shortName)"), kind: .success)
        } catch {
            status = .error(error.message)
        }
    }

    private mutating func removeSubstitute(_ session: JournalSession) {
        guard let lesson = selectedLesson?.scheduled.lesson, lesson.substituteID != nil else {
            status = .info(LocalizedText(ru: "У этого урока нет замены.", en: "This lesson has no substitute."))
            return
        }
        do {
            try session.assignSubstitute(lessonID: lesson.id, substituteID: nil)
            reload(session)
            status = StatusMessage(LocalizedText(ru: "Замена снята.", en: "The substitution is removed."), kind: .success)
        } catch {
            status = .error(error.message)
        }
    }

    // MARK: - Typing a date

    private mutating func dateAction(_ action: Action, _ session: JournalSession) {
        switch action {
        case .formSubmit:
            guard let text = dateField?.text, let day = SchoolDate(russianText: text) else {
                status = .error(TypedDate.notADate(dateField?.text ?? "", example: today))
                return
            }
            dateField = nil
            show(day, session)
        case .appBack:
            dateField = nil
            status = nil
        default:
            dateField?.apply(action)
        }
    }
}
