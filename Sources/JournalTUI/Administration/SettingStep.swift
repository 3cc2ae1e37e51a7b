import JournalModel

/// One ←/→ step of a setting saved at once through the model's audited `changeSettings`: the
/// settings screen and the kinds-of-work screen both save this way.
enum SettingStep {
    /// Applies `step`, then reads back what is stored; the status says what was saved, or why
    /// nothing was (a value out of bounds, an account that may not change settings).
    static func save(_ session: JournalSession, title: LocalizedText, step: (inout JournalSettings) -> Void,
                     value: (JournalSettings) -> LocalizedText) -> (settings: JournalSettings?, status: StatusMessage) {
        do {
            try session.changeSettings(step)
            let settings = try session.settings()
            let shown = value(settings)
            return (settings, StatusMessage(LocalizedText(ru: "Сохранено: \(title.russian) — \(shown.russian)",
                                                          en: "Saved: \(title.english) — \(shown.english)"), kind: .success))
        } catch {
            return (try? session.settings(), .error(error.message))
        }
    }
}
