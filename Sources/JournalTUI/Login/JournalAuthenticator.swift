import JournalModel

/// The login screen's link to the model: checks credentials with the journal and remembers who
/// got in, so the screens after login act as that user.
public final class JournalAuthenticator: Authenticator {
    public let journal: Journal
    /// The logged-in user, once a login (and any forced password change) succeeded.
    public private(set) var session: LoginSession?
    private var pending: LoginSession?

    public init(journal: Journal) { self.journal = journal }

    public func logIn(login: String, password: String) -> LoginOutcome {
        do {
            let session = try journal.logIn(login: login, password: password)
            if session.mustChangePassword {
                pending = session
                return .mustChangePassword(reason: LocalizedText(
                    ru: "Временный пароль: придумайте свой (не короче \(Journal.minimumPasswordLength) символов).",
                    en: "Temporary password: choose your own (at least \(Journal.minimumPasswordLength) characters)."))
            }
            self.session = session
            return .success(displayName: session.displayName)
        } catch {
            switch error {
            case .accountLocked, .accountBlocked: return .locked(error.message)
            default: return .wrongCredentials(error.message)
            }
        }
    }

    public func changePassword(login: String, currentPassword: String, newPassword: String) -> PasswordChangeOutcome {
        guard let pending else {
            return .rejected(Refusal.wrongCredentials.message)
        }
        do {
            try journal.changeOwnPassword(actor: pending.actor, current: currentPassword, new: newPassword)
            session = try journal.logIn(login: login, password: newPassword)
            self.pending = nil
            return .changed(displayName: pending.displayName)
        } catch {
            return .rejected(error.message)
        }
    }
}
