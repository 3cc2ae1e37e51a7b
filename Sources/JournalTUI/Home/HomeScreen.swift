import JournalModel

/// The first screen after login: today's lessons from the timetable, then every gradebook the
/// user may open, and the period they open on (Tab / Shift-Tab change it). Enter on one of today's
/// lessons records it (if nobody has) and opens the gradebook at its column. The school's
/// management, who may open every class's gradebooks, see them grouped by class, each group opened
/// with Enter; `/` searches the list.
public struct HomeScreen: Screen {
    /// One gradebook of the list, with the timetable slot when it is one of today's lessons.
    public struct Item: Sendable, Equatable {
        public var choice: GradebookChoice
        public var lesson: TimetableLesson?
    }

    /// One line of the list: a gradebook, or the heading of a class's gradebooks.
    public enum Row: Sendable, Equatable {
        case item(Int)
        case group(classID: String, title: String, count: Int, isOpen: Bool)
    }

    public let displayName: String
    public private(set) var items: [Item] = []
    /// The lines shown, made from `items`, the open groups and the search.
    public private(set) var rows: [Row] = []
    public private(set) var periods: [Period] = []
    public private(set) var periodIndex = 0
    public private(set) var list = SelectionList(count: 0)
    public private(set) var filter = ListFilter()
    /// Classes whose gradebooks are shown under their heading.
    public private(set) var openGroups: Set<String> = []
    public private(set) var status: StatusMessage?
    /// Whether the person keeps the journal of substitutions (the model says so once, at load).
    public private(set) var keepsSubstitutions = false
    /// Whether the person is the school's administrator, whose F8 opens the administration menu.
    public let administers: Bool
    /// Whether the person makes class reports (management, class teachers), whose F9 opens the reports menu.
    public let makesReports: Bool
    /// Whether the list is grouped by class (the school's management, who see every class).
    public let groupsByClass: Bool
    /// The day the list was made for.
    public private(set) var today: SchoolDate

    /// The home screen of a session: today's lessons and the gradebooks the model opens to it.
    public init(session: JournalSession) {
        displayName = session.displayName
        today = session.today
        groupsByClass = session.seesWholeSchool
        keepsSubstitutions = session.substitutionJournalRefusal == nil
        administers = session.administrationRefusal == nil
        makesReports = session.reportsRefusal == nil
        load(session)
    }

    public var title: LocalizedText { LocalizedText(ru: "Главная", en: "Home") }
    public var contexts: [ActionContext] { filter.isActive ? [.edit, .picker] : [.picker] }
    public var acceptsText: Bool { filter.isActive }

    /// The period gradebooks open on.
    public var period: Period? { periods.indices.contains(periodIndex) ? periods[periodIndex] : nil }

    /// The gradebook on the selected line, if it is one.
    public var selectedItem: Item? {
        guard rows.indices.contains(list.selected), case let .item(index) = rows[list.selected] else { return nil }
        return items[index]
    }

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
        rebuildRows(pageSize: 15)
    }

    /// The lines from the items: today's lessons first, then the gradebooks, by class when grouped;
    /// while searching, only the matching gradebooks, their groups open.
    private mutating func rebuildRows(pageSize: Int) {
        let searching = filter.isActive && !filter.query.isEmpty
        let shown = items.indices.filter { !searching || filter.matches(Self.searchText(items[$0])) }
        if groupsByClass {
            var rows = shown.filter { items[$0].lesson != nil }.map(Row.item)
            var order: [String] = []
            var byClass: [String: [Int]] = [:]
            for index in shown where items[index].lesson == nil {
                let classID = items[index].choice.classID
                if byClass[classID] == nil { order.append(classID) }
                byClass[classID, default: []].append(index)
            }
            for classID in order {
                let members = byClass[classID] ?? []
                let isOpen = searching || openGroups.contains(classID)
                rows.append(.group(classID: classID, title: items[members[0]].choice.classTitle, count: members.count, isOpen: isOpen))
                if isOpen { rows += members.map(Row.item) }
            }
            self.rows = rows
        } else {
            rows = shown.map(Row.item)
        }
        list.updateCount(rows.count, pageSize: pageSize)
    }

    /// What a search looks in: the class, the subject, the group.
    static func searchText(_ item: Item) -> String {
        [item.choice.classTitle, item.choice.subjectName, item.choice.subgroupName ?? ""].joined(separator: " ")
    }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
        let pageSize = Self.listRows(in: environment.viewport, searching: filter.isActive)
        if filter.handle(input) {
            rebuildRows(pageSize: pageSize)
            return .stay
        }
        switch input {
        case .action(.pickerFilter):
            filter.open()
            rebuildRows(pageSize: pageSize)
        case .action(.pickerChoose):
            return choose(session, pageSize: pageSize)
        case .action(.pickerOpenAttendance):
            return openTodaysAttendance(session)
        case .action(.pickerOpenWeek):
            guard let classID = selectedClassID else { return .stay }
            return .push(ClassWeekScreen(session: session, classID: classID, weekOf: today))
        case .action(.pickerAddLesson):
            guard let item = selectedItem else { return .stay }
            return .push(ExtraLessonScreen(session: session, choice: item.choice))
        case .action(.pickerOpenSubstitutions):
            if let refusal = session.substitutionJournalRefusal {
                status = .error(refusal.message)
                return .stay
            }
            return .push(SubstitutionsScreen(session: session))
        case .action(.pickerOpenAdministration):
            if let refusal = session.administrationRefusal {
                status = .error(refusal.message)
                return .stay
            }
            return .push(AdministrationScreen())
        case .action(.pickerOpenReports):
            if let refusal = session.reportsRefusal {
                status = .error(refusal.message)
                return .stay
            }
            return .push(ReportsScreen(session: session))
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

    /// The class of the selected line: a gradebook's, or a group's.
    private var selectedClassID: String? {
        guard rows.indices.contains(list.selected) else { return nil }
        switch rows[list.selected] {
        case let .item(index): return items[index].choice.classID
        case let .group(classID, _, _, _): return classID
        }
    }

    /// Enter: a gradebook opens; a class's heading opens or closes its group.
    private mutating func choose(_ session: JournalSession, pageSize: Int) -> ScreenOutcome {
        guard rows.indices.contains(list.selected), let period else { return .stay }
        switch rows[list.selected] {
        case let .group(classID, _, _, isOpen):
            // While searching every group shows open: Enter ends the search with this one open.
            if filter.isActive {
                filter.close()
                openGroups.insert(classID)
            } else if isOpen {
                openGroups.remove(classID)
            } else {
                openGroups.insert(classID)
            }
            rebuildRows(pageSize: pageSize)
            if let heading = rows.firstIndex(where: { if case .group(classID, _, _, _) = $0 { true } else { false } }) {
                list.select(heading, pageSize: pageSize)
            }
        case let .item(index):
            do {
                return .push(try GridScreen(session: session, choice: items[index].choice, period: period,
                                            focusing: todaysLessonRecorded(items[index], period: period, session)))
            } catch {
                status = .error(error.message)
            }
        }
        return .stay
    }

    /// Today's lesson of a timetable line, recorded if nobody has yet (as F5 does), for the grid to
    /// open at its column; nil for other lines, for a person who may not record it (the model
    /// refuses: the grid then opens as it would from the list), or a period without today.
    private func todaysLessonRecorded(_ item: Item, period: Period, _ session: JournalSession) -> String? {
        guard let lesson = item.lesson, item.choice.mayEdit, period.contains(today) else { return nil }
        return try? session.openLesson(timetableEntryID: lesson.timetableEntryID, on: today).id
    }

    /// The rows the list has in a body of this size (greeting, period, hints, header lines above it).
    static func listRows(in viewport: Size, searching: Bool = false) -> Int { max(1, viewport.height - (searching ? 5 : 4)) }

    /// The attendance sheet of the selected lesson of today, recording the lesson from the
    /// timetable if nobody has yet (the model decides whether the person may).
    private mutating func openTodaysAttendance(_ session: JournalSession) -> ScreenOutcome {
        guard let timetableLesson = selectedItem?.lesson else {
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
}
