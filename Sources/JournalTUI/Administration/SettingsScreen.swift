import JournalModel

/// The school's settings (настройки) of the administrator: the edit window, the logins, the idle
/// lock and the forecast thresholds, one per line, with the attendance codes listed below. ←/→
/// move the selected setting one step and save it at once through the model's audited
/// `changeSettings`; a refusal (a value out of bounds, a reader who may not change settings) goes
/// to the status line and the line keeps the stored value.
public struct SettingsScreen: Screen {
    /// The lines of the screen, in order.
    public let rows = SettingRow.allCases
    /// The settings as stored, read again after every change.
    public private(set) var settings = JournalSettings()
    public private(set) var list = SelectionList(count: SettingRow.allCases.count)
    public private(set) var status: StatusMessage?

    /// The school's settings as `session` reads them.
    public init(session: JournalSession) {
        do {
            settings = try session.settings()
        } catch {
            status = .error(error.message)
        }
    }

    public var title: LocalizedText { LocalizedText(ru: "Настройки", en: "Settings") }
    public var contexts: [ActionContext] { [.settings, .administration] }

    /// The line under the cursor.
    public var selectedRow: SettingRow { rows[list.selected] }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
        switch input {
        case .action(.settingsNextValue):
            change(by: 1, session)
        case .action(.settingsPreviousValue):
            change(by: -1, session)
        case .action(.appBack):
            return .pop
        case .action(let action):
            list.apply(action, pageSize: rows.count)
        case .tick:
            return .unchanged
        case .typed, .unbound:
            break
        }
        return .stay
    }

    /// Saves the selected setting one step on (one audited change), then shows what is stored.
    private mutating func change(by direction: Int, _ session: JournalSession) {
        let row = selectedRow
        let saved = SettingStep.save(session, title: row.title, step: { row.step(&$0, by: direction) }, value: row.value(in:))
        if let stored = saved.settings { settings = stored }
        status = saved.status
    }
}
