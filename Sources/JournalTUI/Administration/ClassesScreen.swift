import JournalModel

/// The classes of the school year with their class teachers and how many students each has today;
/// Enter opens a class's students, where arrivals, transfers and departures are recorded. F4 adds
/// a class, F5 appoints the selected class's class teacher; both are forms the model validates.
public struct ClassesScreen: Screen {
    /// A form that is open over the list.
    public enum Question: Sendable, Equatable {
        /// A new class: its name (`5Б`) and class teacher.
        case create(FormFields)
        /// The selected class's class teacher.
        case classTeacher(ClassSummary, FormFields)

        var form: FormFields {
            switch self {
            case .create(let form), .classTeacher(_, let form): form
            }
        }
    }

    public private(set) var classes: [ClassSummary] = []
    public private(set) var list = SelectionList(count: 0)
    public private(set) var status: StatusMessage?
    public private(set) var question: Question?
    /// The log position the list was read at: a tick reads it again only when the log has moved
    /// (a movement recorded on a class's list, or by another session).
    private var loadedAt: Int64 = -1
    var pageSize = 15
    let today: SchoolDate

    /// The classes of the year containing today.
    public init(session: JournalSession) {
        today = session.today
        reload(session)
    }

    public var title: LocalizedText { LocalizedText(ru: "Классы", en: "Classes") }
    public var contexts: [ActionContext] { question == nil ? [.administration] : [.form, .edit] }
    public var acceptsText: Bool { question != nil }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
        pageSize = Self.listRows(in: environment.viewport)
        if let question, input != .tick {
            answer(question, input, session)
            return .stay
        }
        switch input {
        case .action(.administrationOpen):
            guard classes.indices.contains(list.selected) else { return .stay }
            return .push(ClassRosterScreen(session: session, schoolClass: classes[list.selected], classes: classes))
        case .action(.administrationAdd):
            question = .create(FormFields([(LocalizedText(ru: "Класс (5Б)", en: "Class (5Б)"), TextField(maxLength: 6)),
                                           (LocalizedText(ru: "Классный руководитель (ФИО)", en: "Class teacher (full name)"), TextField(maxLength: 60))]))
            status = nil
        case .action(.administrationChange):
            guard classes.indices.contains(list.selected) else { return .stay }
            let selected = classes[list.selected]
            question = .classTeacher(selected, FormFields([(LocalizedText(ru: "Классный руководитель (ФИО, пусто — нет)", en: "Class teacher (full name, empty: none)"),
                                                            TextField(text: selected.classTeacherName ?? "", maxLength: 60))]))
            status = nil
        case .action(.appBack):
            return .pop
        case .action(let action):
            list.apply(action, pageSize: pageSize)
        case .tick:
            guard (try? session.logPosition()) != loadedAt else { return .unchanged }
            reload(session)
        case .typed, .unbound:
            break
        }
        return .stay
    }

    /// Saves the form through the model on Enter (a refusal keeps it open with what was typed), drops it on Esc.
    private mutating func answer(_ question: Question, _ input: ScreenInput, _ session: JournalSession) {
        var form = question.form
        switch input {
        case .action(.formSubmit):
            do {
                switch question {
                case .create:
                    let created = try session.createClass(named: form[0], classTeacher: form[1])
                    status = StatusMessage(LocalizedText(ru: "Добавлен класс \(created.title).", en: "Class \(created.title) added."), kind: .success)
                case .classTeacher(let schoolClass, _):
                    try session.setClassTeacher(classID: schoolClass.id, named: form[0])
                    status = StatusMessage(LocalizedText(ru: "Классный руководитель \(schoolClass.title) записан.",
                                                         en: "The class teacher of \(schoolClass.title) is saved."), kind: .success)
                }
                self.question = nil
                reload(session)
            } catch {
                status = .error(error.message)
            }
        case .action(.appBack):
            self.question = nil
            status = nil
        default:
            _ = form.handle(input)
            switch question {
            case .create: self.question = .create(form)
            case .classTeacher(let schoolClass, _): self.question = .classTeacher(schoolClass, form)
            }
        }
    }

    /// The rows the list has in a body of this size (header above it, hints below).
    static func listRows(in viewport: Size) -> Int { max(1, viewport.height - 3) }

    private mutating func reload(_ session: JournalSession) {
        do {
            loadedAt = try session.logPosition()
            classes = try session.schoolClasses(on: today)
        } catch {
            classes = []
            status = .error(error.message)
        }
        list.updateCount(classes.count, pageSize: pageSize)
    }
}
