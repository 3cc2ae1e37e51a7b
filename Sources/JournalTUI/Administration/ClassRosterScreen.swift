import JournalModel

/// A class's students (administrator): those in it today, then those who left it this year, each
/// with their dates; the selected student's movements below. F4 records an arrival, F5 a transfer
/// to another class, F6 a departure: each a dated form, written by the model with its log entry.
/// Enter opens the student's card (parents and consent). Nobody is deleted: a student who left
/// keeps their line, marks and history.
public struct ClassRosterScreen: Screen {
    public let schoolClass: ClassSummary
    /// The year's classes, for the transfer's target and the movements' class names.
    public let classes: [ClassSummary]
    public private(set) var roster: [RosterStudent] = []
    public private(set) var list = SelectionList(count: 0)
    /// The movement being entered.
    public private(set) var form: MovementForm?
    public private(set) var status: StatusMessage?
    var pageSize = 10
    let today: SchoolDate

    public init(session: JournalSession, schoolClass: ClassSummary, classes: [ClassSummary]) {
        self.schoolClass = schoolClass
        self.classes = classes
        today = session.today
        reload(session)
    }

    public var title: LocalizedText { LocalizedText(ru: "Ученики \(schoolClass.title)", en: "Students of \(schoolClass.title)") }
    public var contexts: [ActionContext] { form == nil ? [.students, .administration] : [.form, .edit] }
    public var acceptsText: Bool { form != nil }

    /// The student under the cursor.
    public var selected: RosterStudent? { roster.indices.contains(list.selected) ? roster[list.selected] : nil }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
        pageSize = Self.listRows(in: environment.viewport)
        if input == .tick { return .unchanged }
        if form != nil {
            formInput(input, session)
            return .stay
        }
        guard case .action(let action) = input else { return .stay }
        switch action {
        case .studentsArrival:
            open(.arrival)
        case .studentsTransfer, .studentsDeparture:
            guard let student = selected else { return .stay }
            guard student.isMember(on: today) || student.joinedOn > today else {
                status = .info(LocalizedText(ru: "\(student.student.fullName) уже не в этом классе.",
                                             en: "\(student.student.fullName) is no longer in this class."))
                return .stay
            }
            open(action == .studentsTransfer ? .transfer(student.student) : .departure(student.student))
        case .administrationOpen:
            guard let student = selected else { return .stay }
            return .push(StudentCardScreen(session: session, entry: student, classes: classes))
        case .appBack:
            return .pop
        default:
            list.apply(action, pageSize: pageSize)
        }
        return .stay
    }

    private mutating func open(_ kind: MovementForm.Kind) {
        form = MovementForm(kind, today: today)
        status = .info(LocalizedText(ru: "Даты — ДД.ММ.ГГГГ. Tab — следующее поле.", en: "Dates as DD.MM.YYYY. Tab: the next field."))
    }

    private mutating func formInput(_ input: ScreenInput, _ session: JournalSession) {
        guard var open = form else { return }
        switch input {
        case .action(.formSubmit):
            do {
                let done = try open.submit(in: schoolClass, classes: classes, today: today, session)
                form = nil
                status = StatusMessage(done, kind: .success)
                reload(session)
                return
            } catch {
                status = .error(error.message)
            }
        case .action(.appBack):
            form = nil
            status = nil
            return
        default:
            _ = open.handle(input)
        }
        form = open
    }

    /// The rows the student list has in a body of this size (header, movements and hints take the rest).
    static func listRows(in viewport: Size) -> Int { max(1, viewport.height - 7) }

    private mutating func reload(_ session: JournalSession) {
        do {
            roster = try session.classRoster(classID: schoolClass.id, on: today)
        } catch {
            roster = []
            status = .error(error.message)
        }
        list.updateCount(roster.count, pageSize: pageSize)
    }
}
