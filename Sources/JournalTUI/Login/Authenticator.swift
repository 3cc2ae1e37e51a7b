import JournalModel

/// Who got in, for the screens after login.
public struct LoginSuccess: Sendable, Equatable {
    /// The login as typed.
    public var login: String
    /// How to address the user ("Иванова Мария Петровна").
    public var displayName: String

    public init(login: String, displayName: String) {
        self.login = login
        self.displayName = displayName
    }
}

/// The model's answer to a login attempt. Messages come from the model: it decides what to say
/// (e.g. how long an account stays locked); the login screen only shows them.
public enum LoginOutcome: Sendable, Equatable {
    /// Credentials accepted.
    case success(displayName: String)
    /// Wrong login or password.
    case wrongCredentials(LocalizedText)
    /// The account is locked (too many attempts, or disabled by the administrator).
    case locked(LocalizedText)
    /// Correct, but the password must be changed before going on (first login, reset, expiry).
    case mustChangePassword(reason: LocalizedText?)
}

/// The model's answer to a password change.
public enum PasswordChangeOutcome: Sendable, Equatable {
    /// Changed; the user is now logged in.
    case changed(displayName: String)
    /// The model refused the new password (too short, same as the old one ...).
    case rejected(LocalizedText)
}

/// Checks credentials and changes passwords; implemented by the model, faked in tests.
///
/// Calls are synchronous: they are local database look-ups, and the login screen has nothing else
/// to do while it waits.
public protocol Authenticator {
    /// Tries to log in.
    func logIn(login: String, password: String) -> LoginOutcome
    /// Replaces the password of a user who has just proved `currentPassword`.
    func changePassword(login: String, currentPassword: String, newPassword: String) -> PasswordChangeOutcome
}
