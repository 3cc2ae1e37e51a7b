import JournalModel

/// The classes of the school year with their class teachers and how many students each has today;
/// Enter opens a class's students, where arrivals, transfers and departures are recorded.
public struct ClassesScreen: Screen {
    public private(set) var classes: [ClassSummary] = []
    public private(set) var list = SelectionList(count: 0)
    public private(set) var status: StatusMessage?
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
    public var contexts: [ActionContext] { [.administration] }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
        pageSize = Self.listRows(in: environment.viewport)
        switch input {
        case .action(.administrationOpen):
            guard classes.indices.contains(list.selected) else { return .stay }
            return .push(ClassRosterScreen(session: session, schoolClass: classes[list.selected], classes: classes))
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

    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        let header = LocalizedText(ru: "Класс  Классный руководитель   Учеников", en: "Class  Class teacher           Students")
        buffer.put(text: "  " + header.text(language), x: rect.x, y: rect.y, style: .role(.hint), maxWidth: rect.width)
        let listRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: Self.listRows(in: Size(width: rect.width, height: rect.height)))
        if classes.isEmpty {
            let none = LocalizedText(ru: "Классов нет: импортируйте учеников (journal import students).",
                                     en: "No classes yet: import the students (journal import students).")
            buffer.put(text: " " + none.text(language), x: rect.x, y: listRect.y, maxWidth: rect.width)
        }
        ListView(list: list) { index in
            let item = classes[index]
            let noMarks = item.schoolClass.noMarks ? LocalizedText(ru: "   без отметок", en: "   no marks").text(language) : ""
            return item.title.padded(toColumns: 5) + "  " + (item.classTeacherName ?? "—").padded(toColumns: 23) + " "
                + String(item.studentCount).leftPadded(to: 8) + noMarks
        }.draw(into: &buffer, in: listRect)
        let hints = [context.hint(.administrationOpen, LocalizedText(ru: "ученики класса", en: "the class's students")),
                     context.hint(.appBack, LocalizedText(ru: "назад", en: "back"))].compactMap { $0 }
        buffer.put(text: " " + hints.joined(separator: "  "), x: rect.x, y: rect.maxY - 1, style: .role(.hint), maxWidth: rect.width)
    }
}
