import JournalModel
@testable import JournalTUI

/// An authenticator with fixed answers that remembers what it was asked.
final class FakeAuthenticator: Authenticator {
    var loginOutcome: LoginOutcome
    var changeOutcome: PasswordChangeOutcome
    private(set) var attempts: [(login: String, password: String)] = []
    private(set) var changes: [(login: String, current: String, new: String)] = []

    init(login: LoginOutcome = .success(displayName: "Иванова М. П."), change: PasswordChangeOutcome = .changed(displayName: "Иванова М. П.")) {
        self.loginOutcome = login
        self.changeOutcome = change
    }

    func logIn(login: String, password: String) -> LoginOutcome {
        attempts.append((login, password))
        return loginOutcome
    }

    func changePassword(login: String, currentPassword: String, newPassword: String) -> PasswordChangeOutcome {
        changes.append((login, currentPassword, newPassword))
        return changeOutcome
    }
}

/// The default preset as the app loads it, without touching the user's config.
func defaultKeymap(_ preset: String = "default") -> Keymap {
    KeymapLoader.load(preset: preset, userFile: nil, environment: [:]).keymap
}
