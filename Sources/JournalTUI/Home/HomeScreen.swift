import JournalModel

/// The first screen after login: today's lessons from the timetable, then every gradebook the
/// user may open, and the period they open on (Tab / Shift-Tab change it).
public struct HomeScreen: Screen {
    /// One line of the list: a gradebook, with the timetable slot when it is one of today's lessons.
    public struct Item: Sendable, Equatable {
        public var choice: GradebookChoice
        public var lesson: TimetableLesson?
    }

    public let journal: Journal
    public let actor: JournalActor
    public let displayName: String
    public private(set) var items: [Item] = []
    public private(set) var periods: [Period] = []
    public private(set) var periodIndex = 0
    public private(set) var list = SelectionList(count: 0)
    public private(set) var status: StatusMessage?
    /// Rows the list had when last drawn; paging uses it (the reducer does not know the terminal).
    var pageSize = 15

    public init(journal: Journal, actor: JournalActor, displayName: String) {
        self.journal = journal
        self.actor = actor
        self.displayName = displayName
        load()
    }

    public var title: LocalizedText { LocalizedText(ru: "Главная", en: "Home") }
    public var contexts: [ActionContext] { [.picker] }

    /// The period gradebooks open on.
    public var period: Period? { periods.indices.contains(periodIndex) ? periods[periodIndex] : nil }

    private mutating func load() {
        do {
            let choices = try journal.openableGradebooks(for: actor)
            var today: [Item] = []
            if actor.has(.teacher), let personID = actor.personID {
                for lesson in try journal.timetable(forTeacher: personID, on: journal.today) {
                    guard let choice = GradebookChoice.opened(by: lesson, among: choices) else { continue }
                    today.append(Item(choice: choice, lesson: lesson))
                }
            }
            items = today + choices.map { Item(choice: $0, lesson: nil) }
            periods = try journal.periods(ofYearContaining: journal.today)
            let current = Journal.defaultPeriod(among: periods, on: journal.today)
            periodIndex = periods.firstIndex { $0.id == current?.id } ?? 0
        } catch {
            status = .error(error.message)
        }
        list = SelectionList(count: items.count)
    }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        switch input {
        case .action(.pickerChoose):
            guard items.indices.contains(list.selected), let period else { return .stay }
            do {
                return open(try GridScreen(journal: journal, actor: actor, choice: items[list.selected].choice, period: period))
            } catch {
                status = .error(error.message)
            }
        case .action(.pickerOpenAttendance):
            return openTodaysAttendance()
        case .action(.pickerOpenWeek):
            return openClassWeek()
        case .action(.pickerAddLesson):
            return openExtraLessonForm()
        case .action(.pickerOpenSubstitutions):
            return openSubstitutions()
        case .action(let action):
            list.apply(action, pageSize: pageSize)
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

    /// The attendance sheet of the selected lesson of today, recording the lesson from the
    /// timetable if nobody has yet (the model decides whether the actor may).
    private mutating func openTodaysAttendance() -> ScreenOutcome {
        guard items.indices.contains(list.selected), let timetableLesson = items[list.selected].lesson,
              let personID = actor.personID else {
            status = .info(LocalizedText(ru: "Выберите урок из сегодняшнего расписания.", en: "Choose one of today's lessons."))
            return .stay
        }
        do {
            let today = journal.today
            let scheduled = try journal.lessons(forTeacher: personID, on: today).first {
                $0.slot == timetableLesson.slot && $0.classID == timetableLesson.classID
                    && $0.subjectID == timetableLesson.subjectID && $0.subgroupID == timetableLesson.subgroupID
            }
            let lesson: Lesson
            if let recorded = scheduled?.lesson {
                lesson = recorded
            } else if let entryID = scheduled?.timetableEntryID {
                lesson = try journal.openLesson(timetableEntryID: entryID, on: today, as: actor)
            } else {
                status = .info(LocalizedText(ru: "Урока нет в расписании на сегодня.", en: "The lesson is not in today's timetable."))
                return .stay
            }
            return open(AttendanceScreen(journal: journal, actor: actor, lessonID: lesson.id))
        } catch {
            status = .error(error.message)
            return .stay
        }
    }

    /// The selected class's attendance for the current week (the class teacher corrects reasons there).
    private mutating func openClassWeek() -> ScreenOutcome {
        guard items.indices.contains(list.selected) else { return .stay }
        return open(ClassWeekScreen(journal: journal, actor: actor, classID: items[list.selected].choice.classID, weekOf: journal.today))
    }

    /// The form for an extra lesson of the selected class and subject.
    private func openExtraLessonForm() -> ScreenOutcome {
        guard items.indices.contains(list.selected) else { return .stay }
        return open(ExtraLessonScreen(journal: journal, actor: actor, choice: items[list.selected].choice))
    }

    /// The journal of substitutions, for the roles the model allows; others get its refusal.
    private mutating func openSubstitutions() -> ScreenOutcome {
        if let refusal = journal.substitutionJournalRefusal(for: actor) {
            status = .error(refusal.message)
            return .stay
        }
        return open(SubstitutionsScreen(journal: journal, actor: actor))
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
        if journal.substitutionJournalRefusal(for: actor) == nil, let hint = context.hint(.pickerOpenSubstitutions, LocalizedText(ru: "журнал замен", en: "substitutions")) {
            buffer.put(text: " " + hint, x: rect.x, y: y + 1, style: .role(.hint), maxWidth: rect.width)
        }
        y += 2
        guard !items.isEmpty else {
            let note = actor.has(.student) || actor.has(.parent)
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

