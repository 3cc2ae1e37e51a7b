import JournalModel

/// The first screen after login: today's lessons from the timetable, then every gradebook the
/// user may open, and the period they open on (Tab / Shift-Tab change it).
public struct HomeScreen: Screen {
    /// One line of the list: a gradebook, with the timetable slot when it is one of today's lessons.
    public struct Item: Sendable, Equatable {
        public var choice: GradebookChoice
        public var lesson: TimetableLesson?
    }

    public let displayName: String
    public private(set) var items: [Item] = []
    public private(set) var periods: [Period] = []
    public private(set) var periodIndex = 0
    public private(set) var list = SelectionList(count: 0)
    public private(set) var status: StatusMessage?
    /// Whether the person keeps the journal of substitutions (the model says so once, at load).
    public private(set) var keepsSubstitutions = false
    /// Whether the person reads the diary (a student or a parent) rather than gradebooks.
    let readsDiary: Bool
    /// The day the list was made for.
    public private(set) var today: SchoolDate

    /// The home screen of a session: today's lessons and the gradebooks the model opens to it.
    public init(session: JournalSession) {
        displayName = session.displayName
        today = session.today
        readsDiary = session.has(.student) || session.has(.parent)
        keepsSubstitutions = session.substitutionJournalRefusal == nil
        load(session)
    }

    public var title: LocalizedText { LocalizedText(ru: "Главная", en: "Home") }
    public var contexts: [ActionContext] { [.picker] }

    /// The period gradebooks open on.
    public var period: Period? { periods.indices.contains(periodIndex) ? periods[periodIndex] : nil }

    private mutating func load(_ session: JournalSession) {
        do {
            let choices = try session.openableGradebooks()
            var todays: [Item] = []
            if session.has(.teacher), let personID = session.personID {
                for lesson in try session.timetable(forTeacher: personID, on: today) {
                    guard let choice = GradebookChoice.opened(by: lesson, among: choices) else { continue }
                    todays.append(Item(choice: choice, lesson: lesson))
                }
            }
            items = todays + choices.map { Item(choice: $0, lesson: nil) }
            periods = try session.periods(ofYearContaining: today)
            let current = Period.defaultPeriod(among: periods, on: today)
            periodIndex = periods.firstIndex { $0.id == current?.id } ?? 0
        } catch {
            status = .error(error.message)
        }
        list = SelectionList(count: items.count)
    }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
        switch input {
        case .action(.pickerChoose):
            guard items.indices.contains(list.selected), let period else { return .stay }
            do {
                return .push(try GridScreen(session: session, choice: items[list.selected].choice, period: period))
            } catch {
                status = .error(error.message)
            }
        case .action(.pickerOpenAttendance):
            return openTodaysAttendance(session)
        case .action(.pickerOpenWeek):
            guard items.indices.contains(list.selected) else { return .stay }
            return .push(ClassWeekScreen(session: session, classID: items[list.selected].choice.classID, weekOf: today))
        case .action(.pickerAddLesson):
            guard items.indices.contains(list.selected) else { return .stay }
            return .push(ExtraLessonScreen(session: session, choice: items[list.selected].choice))
        case .action(.pickerOpenSubstitutions):
            if let refusal = session.substitutionJournalRefusal {
                status = .error(refusal.message)
                return .stay
            }
            return .push(SubstitutionsScreen(session: session))
        case .action(let action):
            list.apply(action, pageSize: Self.listRows(in: environment.viewport))
        case .unbound(.tab), .unbound(.backTab):
            guard !periods.isEmpty else { return .stay }
            let step = input == .unbound(.tab) ? 1 : periods.count - 1
            periodIndex = (periodIndex + step) % periods.count
        case .tick:
            return .unchanged  // nothing here changes with time
        default:
            break
        }
        return .stay
    }

    /// The rows the list has in a body of this size (greeting, period and header lines above it).
    static func listRows(in viewport: Size) -> Int { max(1, viewport.height - 4) }

    /// The attendance sheet of the selected lesson of today, recording the lesson from the
    /// timetable if nobody has yet (the model decides whether the person may).
    private mutating func openTodaysAttendance(_ session: JournalSession) -> ScreenOutcome {
        guard items.indices.contains(list.selected), let timetableLesson = items[list.selected].lesson else {
            status = .info(LocalizedText(ru: "Выберите урок из сегодняшнего расписания.", en: "Choose one of today's lessons."))
            return .stay
        }
        do {
            let lesson = try session.openLesson(timetableEntryID: timetableLesson.timetableEntryID, on: today)
            return .push(AttendanceScreen(session: session, lessonID: lesson.id))
        } catch {
            status = .error(error.message)
            return .stay
        }
    }

    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        var y = rect.y
        buffer.put(text: " " + LocalizedText(ru: "Здравствуйте, \(displayName)!", en: "Hello, \(displayName)!").text(language),
                   x: rect.x, y: y, style: Style(bold: true), maxWidth: rect.width)
        y += 1
        if let period {
            let line = LocalizedText(
                ru: " Период: \(period.name) (\(period.startsOn.russianText)–\(period.endsOn.russianText))   Tab — другой период",
                en: " Period: \(period.name) (\(period.startsOn.russianText)–\(period.endsOn.russianText))   Tab — another period")
            buffer.put(text: line.text(language), x: rect.x, y: y, maxWidth: rect.width)
        }
        if keepsSubstitutions, let hint = context.hint(.pickerOpenSubstitutions, LocalizedText(ru: "журнал замен", en: "substitutions")) {
            buffer.put(text: " " + hint, x: rect.x, y: y + 1, style: .role(.hint), maxWidth: rect.width)
        }
        y += 2
        guard !items.isEmpty else {
            let note = readsDiary
                ? LocalizedText(ru: " Дневник появится в следующей версии.", en: " The diary comes in a later version.")
                : LocalizedText(ru: " Нет доступных журналов.", en: " No gradebooks to open.")
            buffer.put(text: note.text(language), x: rect.x, y: y, maxWidth: rect.width)
            return
        }
        let header = LocalizedText(ru: "  Урок  Время        Класс  Предмет", en: "  Slot  Time         Class  Subject")
        buffer.put(text: header.text(language), x: rect.x, y: y, style: .role(.hint), maxWidth: rect.width)
        let listRect = Rect(x: rect.x, y: y + 1, width: rect.width, height: max(0, rect.maxY - y - 1))
        ListView(list: list) { index in Self.row(items[index], language: language) }.draw(into: &buffer, in: listRect)
    }

    static func row(_ item: Item, language: Language) -> String {
        let choice = item.choice
        let when: String
        if let lesson = item.lesson {
            let time = lesson.startsAt.isEmpty ? "" : "\(lesson.startsAt)–\(lesson.endsAt)"
            when = "\(String(lesson.slot).padded(toColumns: 4))  \(time.padded(toColumns: 11))  "
        } else {
            when = "".padded(toColumns: 19)
        }
        var text = when + choice.classTitle.padded(toColumns: 5) + "  " + choice.subjectName
        if let group = choice.subgroupName { text += " · " + group }
        if let room = item.lesson?.room, !room.isEmpty { text += LocalizedText(ru: " · каб. \(room)", en: " · room \(room)").text(language) }
        if item.lesson?.isSubstitution == true { text += LocalizedText(ru: " · замена", en: " · substitution").text(language) }
        if !choice.mayEdit { text += LocalizedText(ru: " (просмотр)", en: " (read-only)").text(language) }
        return text
    }
}

