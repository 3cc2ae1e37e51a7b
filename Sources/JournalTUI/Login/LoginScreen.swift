import JournalModel

/// The login screen: login and password, then, if the model asks for it, a new password twice.
public struct LoginScreen: Screen {
    /// Which form is shown.
    public enum Step: Sendable, Equatable {
        case credentials
        case changePassword
    }

    /// The focusable fields, in Tab order per step.
    public enum Field: Sendable, Equatable {
        case login
        case password
        case newPassword
        case repeatPassword
    }

    public private(set) var step: Step = .credentials
    public private(set) var focus: Field = .login
    public private(set) var login = TextField(maxLength: 64)
    public private(set) var password = TextField(isMasked: true, maxLength: 128)
    public private(set) var newPassword = TextField(isMasked: true, maxLength: 128)
    public private(set) var repeatPassword = TextField(isMasked: true, maxLength: 128)
    /// The last message from the model or about the form (shown inside the form, not the status line).
    public private(set) var message: StatusMessage?
    /// A correct temporary password, waiting for the person's own (the change-password step).
    private var pendingChange: PasswordChange?

    /// The form, empty or with a login typed in, and with a message (why a session ended).
    public init(login: String = "", message: StatusMessage? = nil) {
        self.login = TextField(text: login, maxLength: 64)
        self.focus = login.isEmpty ? .login : .password
        self.message = message
    }

    public var title: LocalizedText {
        step == .credentials ? LocalizedText(ru: "Вход", en: "Log in") : LocalizedText(ru: "Смена пароля", en: "Change password")
    }

    public var contexts: [ActionContext] { [.login, .edit] }
    public var acceptsText: Bool { true }

    /// The fields of the current step, in Tab order.
    public var fields: [Field] {
        step == .credentials ? [.login, .password] : [.newPassword, .repeatPassword]
    }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        switch input {
        case .typed(let character):
            update(focus) { $0.insert(character) }
        case .action(let action):
            return perform(action, environment: environment)
        case .unbound:
            break
        case .tick:
            return .unchanged
        }
        return .stay
    }

    private mutating func perform(_ action: Action, environment: AppEnvironment) -> ScreenOutcome {
        switch action {
        case .loginNextField: moveFocus(by: 1)
        case .loginPreviousField: moveFocus(by: -1)
        case .loginSubmit: return submit(environment: environment)
        case .loginCancel, .appBack: cancel()
        default: update(focus) { $0.apply(action) }
        }
        return .stay
    }

    private mutating func moveFocus(by step: Int) {
        let order = fields
        let current = order.firstIndex(of: focus) ?? 0
        focus = order[(current + step + order.count) % order.count]
    }

    /// Enter on the first field moves on, like Tab; on the last field it sends the form.
    private mutating func submit(environment: AppEnvironment) -> ScreenOutcome {
        if focus == fields.first {
            moveFocus(by: 1)
            return .stay
        }
        switch step {
        case .credentials: return logIn(environment)
        case .changePassword: return changePassword()
        }
    }

    private mutating func logIn(_ environment: AppEnvironment) -> ScreenOutcome {
        defer { password.clear() }
        do {
            switch try environment.journal.logIn(login: login.text, password: password.text, terminal: environment.terminal) {
            case .session(let session):
                return .loggedIn(session)
            case .mustChangePassword(let change):
                pendingChange = change
                step = .changePassword
                focus = .newPassword
                message = .info(LocalizedText(
                    ru: "Временный пароль: придумайте свой (не короче \(Journal.minimumPasswordLength) символов).",
                    en: "Temporary password: choose your own (at least \(Journal.minimumPasswordLength) characters)."))
            }
        } catch {
            message = .error(error.message)
            focus = .password
        }
        return .stay
    }

    private mutating func changePassword() -> ScreenOutcome {
        defer {
            newPassword.clear()
            repeatPassword.clear()
        }
        guard newPassword.text == repeatPassword.text else {
            message = .error(LocalizedText(
                ru: "Пароли не совпадают. Введите новый пароль ещё раз.",
                en: "The passwords do not match. Enter the new password again."))
            focus = .newPassword
            return .stay
        }
        guard let pendingChange else { return .stay }
        do {
            let session = try pendingChange.choose(newPassword.text)
            self.pendingChange = nil
            return .loggedIn(session)
        } catch {
            message = .error(error.message)
            focus = .newPassword
            return .stay
        }
    }

    /// Esc in the change-password step goes back to the login form, forgetting the old password.
    private mutating func cancel() {
        guard step == .changePassword else { return }
        pendingChange = nil
        newPassword.clear()
        repeatPassword.clear()
        step = .credentials
        focus = .password
        message = nil
    }

    private mutating func update(_ field: Field, _ change: (inout TextField) -> Void) {
        switch field {
        case .login: change(&login)
        case .password: change(&password)
        case .newPassword: change(&newPassword)
        case .repeatPassword: change(&repeatPassword)
        }
    }

    /// The text field state of one field.
    public func textField(_ field: Field) -> TextField {
        switch field {
        case .login: login
        case .password: password
        case .newPassword: newPassword
        case .repeatPassword: repeatPassword
        }
    }
}
