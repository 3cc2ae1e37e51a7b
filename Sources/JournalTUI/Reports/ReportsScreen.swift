import JournalModel

/// The reports menu (F9 on the home screen of the management and class teachers): the reports
/// by name; Enter asks for the class and the period, then shows the report the model makes.
/// A class or period that is not one stays typed, with the model's message in the status line.
public struct ReportsScreen: Screen {
    public let kinds = ReportKind.allCases
    public private(set) var list = SelectionList(count: ReportKind.allCases.count)
    /// The class and period, while they are typed.
    public private(set) var form: FormFields?
    public private(set) var status: StatusMessage?
    /// The class the form starts with: the class teacher's own.
    let ownClass: String

    /// The menu for `session`.
    public init(session: JournalSession) {
        ownClass = session.ownClassTitle ?? ""
    }

    public var title: LocalizedText { LocalizedText(ru: "Отчёты", en: "Reports") }
    public var contexts: [ActionContext] { form != nil ? [.form, .edit] : [.reports] }
    public var acceptsText: Bool { form != nil }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
        if input == .tick { return .unchanged }
        guard var typed = form else {
            switch input {
            case .action(.reportsOpen):
                form = FormFields([(LocalizedText(ru: "Класс", en: "Class"), TextField(text: ownClass, maxLength: 8)),
                                   (LocalizedText(ru: "Период", en: "Period"), TextField(maxLength: 8))])
                status = nil
            case .action(.appBack):
                return .pop
            case .action(let action):
                _ = list.apply(action, pageSize: kinds.count)
            default:
                break
            }
            return .stay
        }
        switch input {
        case .action(.formSubmit):
            do {
                let document = try session.makeReport(ReportRequest(kind: kinds[list.selected], classTitle: typed[0], period: typed[1]))
                form = nil
                return .push(ReportPreviewScreen(document: document, name: kinds[list.selected].rawValue))
            } catch {
                status = .error(error.message)
            }
        case .action(.appBack):
            form = nil
            status = nil
        default:
            _ = typed.handle(input)
            form = typed
        }
        return .stay
    }

    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        let heading = LocalizedText(ru: "Какой отчёт составить:", en: "Which report to make:")
        buffer.put(text: " " + heading.text(language), x: rect.x, y: rect.y, style: Style(bold: true), maxWidth: rect.width)
        let listRect = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: kinds.count)
        ListView(list: list) { kinds[$0].title.text(language) }.draw(into: &buffer, in: listRect)
        if let form {
            FormFieldsView(form: form, language: language)
                .draw(into: &buffer, in: Rect(x: rect.x + 1, y: listRect.maxY + 1, width: rect.width - 2, height: form.fields.count))
            let note = LocalizedText(ru: "Класс — как 5А; период — номер четверти или «год», пусто — текущий.",
                                     en: "The class as 5А; the period as its number or «год», empty for the current one.")
            buffer.put(text: " " + note.text(language), x: rect.x, y: listRect.maxY + 2 + form.fields.count, style: .role(.hint), maxWidth: rect.width)
        }
        let wanted: [(Action, LocalizedText)] = form != nil
            ? [(.formSubmit, LocalizedText(ru: "составить", en: "make")), (.appBack, LocalizedText(ru: "отмена", en: "cancel"))]
            : [(.reportsOpen, LocalizedText(ru: "выбрать", en: "choose")), (.appBack, LocalizedText(ru: "на главную", en: "home"))]
        let hints = wanted.compactMap { context.hint($0.0, $0.1) }.joined(separator: "  ")
        buffer.put(text: " " + hints, x: rect.x, y: rect.maxY - 1, style: .role(.hint), maxWidth: rect.width)
    }
}
