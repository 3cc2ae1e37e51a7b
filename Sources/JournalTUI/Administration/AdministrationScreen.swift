import JournalModel

/// The administrator's menu (F8 on the home screen): the school year's periods, the classes and
/// their students, the subjects, the workload, the kinds of work, the accounts, the settings. Each section is a screen of its own; Esc comes back here.
public struct AdministrationScreen: Screen {
    /// One section of the menu.
    public enum Section: Sendable, CaseIterable, Equatable {
        case periods, students, subjects, workload, workKinds, accounts, settings

        /// The section's line in the menu.
        public var title: LocalizedText {
            switch self {
            case .periods: LocalizedText(ru: "Учебный год и периоды: закрытие и открытие", en: "School year and periods: closing and reopening")
            case .students: LocalizedText(ru: "Классы и ученики: прибытие, перевод, выбытие", en: "Classes and students: arrivals, transfers, departures")
            case .subjects: LocalizedText(ru: "Предметы: название, краткое название, шкала", en: "Subjects: name, short name, scale")
            case .workload: LocalizedText(ru: "Нагрузка: учитель, предмет, класс или группа, часы", en: "Workload: teacher, subject, class or group, hours")
            case .workKinds: LocalizedText(ru: "Виды работ и их веса", en: "Kinds of work and their weights")
            case .accounts: LocalizedText(ru: "Учётные записи: блокировка, сброс пароля, компрометация",
                                          en: "Accounts: blocking, password resets, compromise")
            case .settings: LocalizedText(ru: "Настройки: срок исправлений, вход, блокировка", en: "Settings: edit window, logins, idle lock")
            }
        }
    }

    public let sections = Section.allCases
    public private(set) var list = SelectionList(count: Section.allCases.count)

    public init() {}

    public var title: LocalizedText { LocalizedText(ru: "Администрирование", en: "Administration") }
    public var contexts: [ActionContext] { [.administration] }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
        switch input {
        case .action(.administrationOpen):
            return open(sections[list.selected], session)
        case .action(.appBack):
            return .pop
        case .action(let action):
            list.apply(action, pageSize: sections.count)
        case .tick:
            return .unchanged
        case .typed, .unbound:
            break
        }
        return .stay
    }

    private func open(_ section: Section, _ session: JournalSession) -> ScreenOutcome {
        switch section {
        case .periods: .push(PeriodsScreen(session: session))
        case .students: .push(ClassesScreen(session: session))
        case .subjects: .push(CatalogScreen<SubjectsCatalog>(session: session))
        case .workload: .push(CatalogScreen<WorkloadCatalog>(session: session))
        case .workKinds: .push(WorkKindsScreen(session: session))
        case .accounts: .push(AccountsScreen(session: session))
        case .settings: .push(SettingsScreen(session: session))
        }
    }

    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        let heading = LocalizedText(ru: "Что настроить или изменить:", en: "What to set up or change:")
        buffer.put(text: " " + heading.text(language), x: rect.x, y: rect.y, style: Style(bold: true), maxWidth: rect.width)
        let listRect = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: sections.count)
        ListView(list: list) { index in sections[index].title.text(language) }.draw(into: &buffer, in: listRect)
        let hints = [context.hint(.administrationOpen, LocalizedText(ru: "открыть", en: "open")),
                     context.hint(.appBack, LocalizedText(ru: "на главную", en: "home"))].compactMap { $0 }
        buffer.put(text: " " + hints.joined(separator: "  "), x: rect.x, y: rect.maxY - 1, style: .role(.hint), maxWidth: rect.width)
    }
}
