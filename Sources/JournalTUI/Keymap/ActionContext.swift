import JournalModel

/// A group of actions that are active together; each is one table in a keymap file.
///
/// A screen consults several contexts, most specific first (the gradebook: `mark`, `grid`, `app`),
/// so a key may mean different things on different screens but only one thing within a context.
public enum ActionContext: String, Sendable, CaseIterable, Hashable, Comparable {
    case app
    case edit
    case login
    case picker
    case grid
    case mark
    case attendance
    case week
    case lesson
    case editor
    case form
    case substitution
    case diary
    case administration
    case periods
    case students
    case accounts
    case settings
    case reports
    case preview
    case help

    /// The heading used on the help screen.
    public var title: LocalizedText {
        switch self {
        case .app: LocalizedText(ru: "Везде", en: "Everywhere")
        case .edit: LocalizedText(ru: "Поле ввода", en: "Text field")
        case .login: LocalizedText(ru: "Вход", en: "Login")
        case .picker: LocalizedText(ru: "Выбор класса и предмета", en: "Class and subject list")
        case .grid: LocalizedText(ru: "Журнал: таблица оценок", en: "Gradebook grid")
        case .mark: LocalizedText(ru: "Журнал: оценки", en: "Gradebook: marks")
        case .attendance: LocalizedText(ru: "Посещаемость", en: "Attendance")
        case .week: LocalizedText(ru: "Посещаемость класса за неделю", en: "Class attendance by week")
        case .lesson: LocalizedText(ru: "Запись урока", en: "Lesson record")
        case .editor: LocalizedText(ru: "Редактор текста", en: "Text editor")
        case .form: LocalizedText(ru: "Форма", en: "Form")
        case .substitution: LocalizedText(ru: "Журнал замен", en: "Substitutions")
        case .diary: LocalizedText(ru: "Дневник", en: "Diary")
        case .administration: LocalizedText(ru: "Администрирование", en: "Administration")
        case .periods: LocalizedText(ru: "Учебные периоды", en: "Reporting periods")
        case .students: LocalizedText(ru: "Ученики класса", en: "Students of a class")
        case .accounts: LocalizedText(ru: "Учётные записи", en: "Accounts")
        case .settings: LocalizedText(ru: "Настройки", en: "Settings")
        case .reports: LocalizedText(ru: "Отчёты", en: "Reports")
        case .preview: LocalizedText(ru: "Просмотр отчёта", en: "Report preview")
        case .help: LocalizedText(ru: "Справка", en: "Help")
        }
    }

    public static func < (lhs: ActionContext, rhs: ActionContext) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
