import JournalModel

/// The diary of a student, or of a parent's children [DOMAIN §5.3, §7.1]: the week (lessons with
/// times, topic, homework, marks and absences), the marks by subject with the forecast and how it
/// was reached, the absences of a period. What changed since the previous login is listed first
/// and highlighted. Read-only: the model decides whose diary this account may read.
public struct DiaryScreen: Screen {
    /// What the diary shows.
    public enum Page: Sendable, Equatable {
        case week
        case marks
        /// One subject's marks (an index into the marks' subjects).
        case subject(Int)
        case attendance
    }

    public private(set) var pupils: [DiaryPupil] = []
    public private(set) var pupilIndex = 0
    public private(set) var page: Page = .week
    /// The Monday of the week shown.
    public private(set) var monday: SchoolDate
    public private(set) var week: DiaryWeek?
    /// What changed since the previous login, for the student shown: read once when the diary
    /// opens on them (it depends on neither the week nor the period shown).
    public private(set) var news = DiaryNews.none
    /// The selected lesson of the week (an index into its lessons).
    public private(set) var lessonIndex = 0
    /// Whether the selected lesson is open in full (its whole homework, every mark's detail).
    public private(set) var lessonOpen = false
    public private(set) var periods: [Period] = []
    public private(set) var periodIndex = 0
    public private(set) var marks: DiaryMarks?
    public private(set) var subjects = SelectionList(count: 0)
    /// How many subjects the marks page shows at once (from the terminal's size at the last key).
    private var subjectPage = DiaryScreen.subjectRows(in: Size(width: 80, height: 22))
    /// The terminal's body at the last key, for how far a page may scroll.
    private var viewport = Size(width: 80, height: 22)
    /// The first line shown of a page that scrolls (the lesson in full, a subject's marks, the
    /// absences) when it does not fit.
    public private(set) var scroll = 0
    public private(set) var attendance: DiaryAttendance?
    /// The date being typed to jump to; nil otherwise.
    public private(set) var dateField: TextField?
    public private(set) var status: StatusMessage?
    let today: SchoolDate

    /// Opens on this week of the first student the account reads the diary of.
    public init(session: JournalSession) {
        today = session.today
        monday = DiaryWeek.monday(of: today)
        do {
            pupils = try session.diaryPupils()
            periods = try session.periods(ofYearContaining: today)
            let current = Period.defaultPeriod(among: periods, on: today)
            periodIndex = periods.firstIndex { $0.id == current?.id } ?? 0
        } catch {
            status = .error(error.message)
        }
        loadNews(session)
        reload(session)
        selectFirstLesson(from: today)
    }

    /// The student whose diary is shown.
    public var pupil: DiaryPupil? { pupils.indices.contains(pupilIndex) ? pupils[pupilIndex] : nil }
    /// The period the marks and the attendance are for.
    public var period: Period? { periods.indices.contains(periodIndex) ? periods[periodIndex] : nil }

    public var title: LocalizedText {
        guard let pupil else { return LocalizedText(ru: "Дневник", en: "Diary") }
        let who = pupil.classTitle.isEmpty ? pupil.fullName : "\(pupil.fullName), \(pupil.classTitle)"
        return LocalizedText(ru: "Дневник: \(who)", en: "Diary: \(who)")
    }

    public var contexts: [ActionContext] { dateField != nil ? [.form, .edit] : [.diary] }
    public var acceptsText: Bool { dateField != nil }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
        subjectPage = Self.subjectRows(in: environment.viewport)
        viewport = environment.viewport
        if dateField != nil {
            typeDate(input, session)
            return .stay
        }
        guard case let .action(action) = input else { return input == .tick ? .unchanged : .stay }
        status = nil
        switch action {
        case .diaryShowWeek: show(.week, session)
        case .diaryShowMarks: show(.marks, session)
        case .diaryShowAttendance: show(.attendance, session)
        case .diaryNextChild:
            guard pupils.count > 1 else {
                status = .info(LocalizedText(ru: "Дневник открыт только для одного ученика.", en: "Only one student's diary is open to you."))
                return .stay
            }
            pupilIndex = (pupilIndex + 1) % pupils.count
            if case .subject = page { page = .marks }
            loadNews(session)
            reload(session)
        case .diaryPreviousWeek: moveWeek(to: monday.adding(days: -7), session)
        case .diaryNextWeek: moveWeek(to: monday.adding(days: 7), session)
        case .diaryThisWeek: moveWeek(to: DiaryWeek.monday(of: today), session)
        case .diaryTypeDate:
            dateField = TextField(text: "", maxLength: 10)
            status = .info(LocalizedText(ru: "Дата (ДД.ММ.ГГГГ): Enter — перейти, Esc — отмена.", en: "Date (DD.MM.YYYY): Enter goes there, Esc cancels."))
        case .diaryPreviousPeriod: movePeriod(by: -1, session)
        case .diaryNextPeriod: movePeriod(by: 1, session)
        case .diaryMoveDown, .diaryMoveUp: move(down: action == .diaryMoveDown)
        case .diaryOpen: open()
        case .appBack: back()
        default: break
        }
        return .stay
    }

    private mutating func show(_ next: Page, _ session: JournalSession) {
        page = next
        lessonOpen = false
        scroll = 0
        reload(session)
    }

    private mutating func moveWeek(to date: SchoolDate, _ session: JournalSession) {
        monday = DiaryWeek.monday(of: date)
        page = .week
        lessonOpen = false
        lessonIndex = 0
        reload(session)
        if monday == DiaryWeek.monday(of: today) { selectFirstLesson(from: today) }
    }

    /// Selects the first lesson on or after a date in the week shown.
    private mutating func selectFirstLesson(from date: SchoolDate) {
        if let first = week?.lessons.firstIndex(where: { $0.date >= date }) { lessonIndex = first }
    }

    private mutating func movePeriod(by step: Int, _ session: JournalSession) {
        guard page != .week, !periods.isEmpty else { return }
        periodIndex = (periodIndex + step + periods.count) % periods.count
        if case .subject = page { page = .marks }
        reload(session)
    }

    /// The subjects the marks page lists at once in a body of this size (tabs, header, hint around them).
    static func subjectRows(in viewport: Size) -> Int { max(1, viewport.height - 5) }

    private mutating func move(down: Bool) {
        if page == .week, !lessonOpen {
            guard let week, !week.lessons.isEmpty else { return }
            lessonIndex = min(max(0, lessonIndex + (down ? 1 : -1)), week.lessons.count - 1)
        } else if page == .marks {
            subjects.apply(down ? .pickerMoveDown : .pickerMoveUp, pageSize: subjectPage)
        } else {
            let lines = scrolledLines(language: .russian, width: viewport.width - 2).count
            scroll = min(max(0, scroll + (down ? 1 : -1)), max(0, lines - (viewport.height - 2)))
        }
    }

    private mutating func open() {
        switch page {
        case .week:
            guard let week, week.lessons.indices.contains(lessonIndex) else { return }
            lessonOpen.toggle()
            scroll = 0
        case .marks:
            guard let marks, marks.subjects.indices.contains(subjects.selected) else { return }
            page = .subject(subjects.selected)
            scroll = 0
        case .subject, .attendance:
            break
        }
    }

    private mutating func back() {
        scroll = 0
        if lessonOpen {
            lessonOpen = false
        } else if case .subject = page {
            page = .marks
        }
    }

    private mutating func typeDate(_ input: ScreenInput, _ session: JournalSession) {
        guard var field = dateField else { return }
        switch input {
        case .typed(let character): field.insert(character)
        case .action(.appBack):
            dateField = nil
            status = nil
            return
        case .action(.formSubmit):
            guard let date = SchoolDate(russianText: field.text.trimmingCharacters(in: .whitespaces)) else {
                status = .error(TypedDate.notADate(field.text, example: today))
                return
            }
            dateField = nil
            status = nil
            moveWeek(to: date, session)
            selectFirstLesson(from: date)
            return
        case .action(let action): field.apply(action)
        default: break
        }
        dateField = field
    }

    private mutating func loadNews(_ session: JournalSession) {
        guard let pupil else { return }
        do {
            news = try session.diaryNews(studentID: pupil.id)
        } catch {
            status = .error(error.message)
        }
    }

    /// Reads the page shown from the model again.
    private mutating func reload(_ session: JournalSession) {
        guard let pupil else { return }
        do {
            switch page {
            case .week:
                week = try session.diaryWeek(studentID: pupil.id, weekOf: monday)
                lessonIndex = min(lessonIndex, max(0, (week?.lessons.count ?? 1) - 1))
            case .marks, .subject:
                guard let period else { return }
                marks = try session.diaryMarks(studentID: pupil.id, periodID: period.id)
                subjects.updateCount(marks?.subjects.count ?? 0, pageSize: subjectPage)
            case .attendance:
                guard let period else { return }
                attendance = try session.diaryAttendance(studentID: pupil.id, periodID: period.id)
            }
        } catch {
            status = .error(error.message)
        }
    }
}
