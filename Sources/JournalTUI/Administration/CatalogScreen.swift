import JournalModel

/// What a ``CatalogScreen`` lists and how it adds to it: the school's subjects, the teachers'
/// workload. The list is read from the model and the form's fields go to one model call, which
/// validates them; the screen only shows what comes back.
public protocol AdministrationCatalog: Sendable {
    associatedtype Item: Sendable & Equatable
    /// The screen's title.
    static var title: LocalizedText { get }
    /// The column heading above the list, aligned with ``line(_:language:)``.
    static var header: LocalizedText { get }
    /// What the screen says when the list is empty.
    static var empty: LocalizedText { get }
    /// The hint of the add key: «новый предмет».
    static var addHint: LocalizedText { get }
    /// The heading above the form: «Новый предмет:».
    static var formTitle: LocalizedText { get }
    /// The form's fields, blank or with a default.
    static var formFields: [(label: LocalizedText, input: TextField)] { get }
    /// The list as the model reads it.
    static func load(_ session: JournalSession) throws(Refusal) -> [Item]
    /// One item's line in the list.
    static func line(_ item: Item, language: Language) -> String
    /// Adds what the form holds through the model; the message says what was added.
    static func add(_ form: FormFields, _ session: JournalSession) throws(Refusal) -> LocalizedText
}

/// A list of one kind of the school's records with a form that adds one (F4): Enter in the form
/// saves through the model; a refusal goes to the status line and the form keeps what was typed.
public struct CatalogScreen<Catalog: AdministrationCatalog>: Screen {
    public private(set) var items: [Catalog.Item] = []
    public private(set) var list = SelectionList(count: 0)
    /// The add form while it is open.
    public private(set) var form: FormFields?
    public private(set) var status: StatusMessage?
    var pageSize = 15

    /// The list as `session` reads it.
    public init(session: JournalSession) {
        reload(session)
    }

    public var title: LocalizedText { Catalog.title }
    public var contexts: [ActionContext] { form == nil ? [.administration] : [.form, .edit] }
    public var acceptsText: Bool { form != nil }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
        if input == .tick { return .unchanged }
        pageSize = Self.listRows(in: environment.viewport)
        if var form {
            answer(&form, input, session)
            return .stay
        }
        guard case .action(let action) = input else { return .stay }
        switch action {
        case .administrationAdd:
            form = FormFields(Catalog.formFields)
            status = nil
        case .appBack:
            return .pop
        default:
            list.apply(action, pageSize: pageSize)
        }
        return .stay
    }

    private mutating func answer(_ typed: inout FormFields, _ input: ScreenInput, _ session: JournalSession) {
        switch input {
        case .action(.formSubmit):
            do {
                let added = try Catalog.add(typed, session)
                form = nil
                status = StatusMessage(added, kind: .success)
                reload(session)
            } catch {
                status = .error(error.message)
                form = typed
            }
        case .action(.appBack):
            form = nil
            status = nil
        default:
            _ = typed.handle(input)
            form = typed
        }
    }

    /// The rows the list has in a body of this size (header above, the form and hints below).
    static func listRows(in viewport: Size) -> Int { max(1, viewport.height - 3) }

    private mutating func reload(_ session: JournalSession) {
        do {
            items = try Catalog.load(session)
        } catch {
            items = []
            status = .error(error.message)
        }
        list.updateCount(items.count, pageSize: pageSize)
    }

    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        if let form {
            FormPanel(heading: Catalog.formTitle, form: form).draw(into: &buffer, in: rect, context: context)
            return
        }
        buffer.put(text: "  " + Catalog.header.text(language), x: rect.x, y: rect.y, style: .role(.hint), maxWidth: rect.width)
        let listRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: Self.listRows(in: Size(width: rect.width, height: rect.height)))
        if items.isEmpty {
            buffer.put(text: " " + Catalog.empty.text(language), x: rect.x, y: listRect.y, maxWidth: rect.width)
        }
        ListView(list: list) { index in Catalog.line(items[index], language: language) }.draw(into: &buffer, in: listRect)
        let hints = [context.hint(.administrationAdd, Catalog.addHint),
                     context.hint(.appBack, LocalizedText(ru: "назад", en: "back"))].compactMap { $0 }
        buffer.put(text: " " + hints.joined(separator: "  "), x: rect.x, y: rect.maxY - 1, style: .role(.hint), maxWidth: rect.width)
    }
}
