@testable import JournalModel
import JournalTUI

extension JournalSession {
    /// The app environment with this session logged in, as the app hands it to its screens.
    var environment: AppEnvironment { AppEnvironment(journal: journal, session: self, terminal: "test") }
}

/// The default preset as the app loads it, without touching the user's config.
func defaultKeymap(_ preset: String = "default") -> Keymap {
    KeymapLoader.load(preset: preset, userFile: nil, environment: [:]).keymap
}
