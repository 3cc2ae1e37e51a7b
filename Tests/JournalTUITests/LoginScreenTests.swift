import JournalModel
import Testing
@testable import JournalTUI

@Suite("Login screen")
struct LoginScreenTests {
    /// A login screen inside the app, driven by keys through the default keymap.
    struct Harness {
        var state: AppState
        let authenticator: FakeAuthenticator
        let environment: AppEnvironment

        init(outcome: LoginOutcome = .success(displayName: "Иванова М. П."), language: Language = .russian) {
            authenticator = FakeAuthenticator(login: outcome)
            environment = AppEnvironment(authenticator: authenticator)
            state = AppState(size: Size(width: 80, height: 24), language: language, keymap: defaultKeymap(), screen: LoginScreen())
        }

        mutating func type(_ text: String) {
            for character in text { state.reduce(.key(.character(character)), environment: environment) }
        }

        mutating func press(_ keys: Key...) {
            for key in keys { state.reduce(.key(key), environment: environment) }
        }

        var login: LoginScreen? { state.screen as? LoginScreen }
        var screenText: String { AppView(state: state).render().lines().joined(separator: "\n") }
    }

    @Test func passwordIsMaskedOnScreen() {
        var app = Harness()
        app.type("ivanova")
        app.press(.tab)
        app.type("секрет")
        #expect(app.login?.textField(.password).text == "секрет")
        #expect(app.screenText.contains("******"))
        #expect(!app.screenText.contains("секрет"))
    }

    @Test func lettersAreTypedNotCommands() {
        var app = Harness()
        app.type("q?j")
        #expect(app.state.isRunning)
        #expect(app.state.help == nil)
        #expect(app.login?.textField(.login).text == "q?j")
    }

    @Test func successfulLoginReplacesTheScreen() {
        var app = Harness()
        app.type("ivanova")
        app.press(.enter)  // Enter on the login field moves to the password
        app.type("secret")
        app.press(.enter)
        #expect(app.authenticator.attempts.map(\.login) == ["ivanova"])
        #expect(app.authenticator.attempts.map(\.password) == ["secret"])
        #expect(app.state.screen is WelcomeScreen)
        #expect(app.screenText.contains("Здравствуйте, Иванова М. П.!"))
    }

    @Test func wrongPasswordShowsTheModelsMessageAndClearsThePassword() {
        var app = Harness(outcome: .wrongCredentials(LocalizedText(ru: "Неверный логин или пароль.", en: "Wrong login or password.")))
        app.type("ivanova")
        app.press(.tab)
        app.type("wrong")
        app.press(.enter)
        #expect(app.login?.message?.kind == .error)
        #expect(app.login?.textField(.password).text == "")
        #expect(app.login?.focus == .password)
        #expect(app.screenText.contains("Неверный логин или пароль."))
    }

    @Test func lockedAccountShowsTheMessage() {
        var app = Harness(outcome: .locked(LocalizedText(ru: "Учётная запись заблокирована.", en: "The account is locked.")), language: .english)
        app.type("ivanova")
        app.press(.tab)
        app.type("x")
        app.press(.enter)
        #expect(app.screenText.contains("The account is locked."))
        #expect(app.state.screen is LoginScreen)
    }

    @Test func forcedPasswordChange() {
        var app = Harness(outcome: .mustChangePassword(reason: nil))
        app.type("ivanova")
        app.press(.tab)
        app.type("temp")
        app.press(.enter)
        #expect(app.login?.step == .changePassword)
        #expect(app.login?.focus == .newPassword)

        // Mismatch: the TUI only compares the two entries; rules on strength belong to the model.
        app.type("new-one")
        app.press(.tab)
        app.type("new-two")
        app.press(.enter)
        #expect(app.login?.message == .error(LocalizedText(
            ru: "Пароли не совпадают. Введите новый пароль ещё раз.",
            en: "The passwords do not match. Enter the new password again.")))
        #expect(app.authenticator.changes.isEmpty)

        app.type("new-pass")
        app.press(.tab)
        app.type("new-pass")
        app.press(.enter)
        #expect(app.authenticator.changes.map(\.current) == ["temp"])
        #expect(app.authenticator.changes.map(\.new) == ["new-pass"])
        #expect(app.state.screen is WelcomeScreen)
    }

    @Test func rejectedNewPasswordStaysOnTheChangeStep() {
        var app = Harness(outcome: .mustChangePassword(reason: nil))
        app.authenticator.changeOutcome = .rejected(LocalizedText(ru: "Слишком короткий пароль.", en: "Too short."))
        app.type("u")
        app.press(.tab)
        app.type("p")
        app.press(.enter)
        app.type("a")
        app.press(.tab)
        app.type("a")
        app.press(.enter)
        #expect(app.login?.step == .changePassword)
        #expect(app.screenText.contains("Слишком короткий пароль."))
        app.press(.escape)
        #expect(app.login?.step == .credentials)
    }

    @Test func editingKeysReachTheFocusedField() {
        var app = Harness()
        app.type("ivanvoa")
        app.press(.left, .left, .backspace, .right)
        app.type("v")
        #expect(app.login?.textField(.login).text == "ivanova")
        app.press(.home, .delete, .end, .ctrl("u"))
        #expect(app.login?.textField(.login).text == "")
    }

    @Test func cursorSitsInTheFocusedField() {
        var app = Harness()
        app.type("ив")
        let buffer = AppView(state: app.state).render()
        let cursor = buffer.cursor
        #expect(cursor != nil)
        if let cursor {
            #expect(buffer[cursor.x - 1, cursor.y].grapheme == "в")
        }
    }
}
