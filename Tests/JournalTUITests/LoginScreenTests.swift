@testable import JournalModel
import Testing
import JournalTestSupport
@testable import JournalTUI

@Suite("Login screen")
struct LoginScreenTests {
    /// The login screen inside the app on a small school, driven by keys through the default keymap.
    struct Harness {
        let school: SchoolFixture
        var state: AppState

        init(language: Language = .russian) throws {
            school = try SchoolFixture(with: .mathPlan)
            try school.account("ivanova", for: school.mathTeacher, password: "Drobi-2026")
            try school.account("smirnov", for: school.classTeacher)
            state = school.loginApp(language: language)
        }

        mutating func type(_ text: String) {
            for character in text { state.reduce(.key(.character(character))) }
        }

        mutating func press(_ keys: Key...) {
            for key in keys { state.reduce(.key(key)) }
        }

        mutating func logIn(_ login: String, _ password: String) {
            type(login)
            press(.enter)  // Enter on the login field moves to the password
            type(password)
            press(.enter)
        }

        var login: LoginScreen? { state.screen as? LoginScreen }
        var screenText: String { AppView(state: state).render().lines().joined(separator: "\n") }
    }

    @Test func passwordIsMaskedOnScreen() throws {
        var app = try Harness()
        app.type("ivanova")
        app.press(.tab)
        app.type("секрет")
        #expect(app.login?.textField(.password).text == "секрет")
        #expect(app.screenText.contains("******"))
        #expect(!app.screenText.contains("секрет"))
    }

    @Test func lettersAreTypedNotCommands() throws {
        var app = try Harness()
        app.type("q?j")
        #expect(app.state.isRunning)
        #expect(app.state.help == nil)
        #expect(app.login?.textField(.login).text == "q?j")
    }

    @Test func aLoginOpensTheSessionAndItsHomeScreen() throws {
        var app = try Harness()
        app.logIn("ivanova", "Drobi-2026")
        #expect(app.state.screen is HomeScreen)
        #expect(app.state.environment.session?.personID == app.school.mathTeacher.id)
        #expect(app.screenText.contains("Здравствуйте, Иванова Мария Петровна!"))
    }

    @Test func wrongPasswordShowsTheModelsMessageAndClearsThePassword() throws {
        var app = try Harness()
        app.logIn("ivanova", "wrong")
        #expect(app.login?.message?.kind == .error)
        #expect(app.login?.textField(.password).text == "")
        #expect(app.login?.focus == .password)
        #expect(app.screenText.contains("Неверный логин или пароль."))
        #expect(app.state.environment.session == nil)
    }

    @Test func aBlockedAccountGetsTheAnswerOfAWrongPassword() throws {
        var blocked = try Harness(language: .english)
        let id = try #require(try blocked.school.admin.account(login: "ivanova")).id
        try blocked.school.admin.setAccountBlocked(accountID: id, blocked: true)
        blocked.logIn("ivanova", "Drobi-2026")
        var unknown = try Harness(language: .english)
        unknown.logIn("nobody", "Drobi-2026")
        var wrong = try Harness(language: .english)
        wrong.logIn("ivanova", "not-it")
        #expect(blocked.screenText.contains("Wrong login or password."))
        #expect(blocked.login?.message == unknown.login?.message)
        #expect(blocked.login?.message == wrong.login?.message)
        #expect(blocked.state.screen is LoginScreen && blocked.state.environment.session == nil)
    }

    @Test func forcedPasswordChange() throws {
        var app = try Harness()
        app.logIn("smirnov", "Vremya-2026")
        #expect(app.login?.step == .changePassword)
        #expect(app.login?.focus == .newPassword)

        // Mismatch: the screen only compares the two entries; rules on strength belong to the model.
        app.type("new-one-1")
        app.press(.tab)
        app.type("new-two-2")
        app.press(.enter)
        #expect(app.login?.message == .error(LocalizedText(
            ru: "Пароли не совпадают. Введите новый пароль ещё раз.",
            en: "The passwords do not match. Enter the new password again.")))

        app.type("Russkiy-2026")
        app.press(.tab)
        app.type("Russkiy-2026")
        app.press(.enter)
        #expect(app.state.screen is HomeScreen)
        #expect(app.state.environment.session?.personID == app.school.classTeacher.id)
        // The new password is the one that works now
        #expect(throws: Refusal.wrongCredentials) { try app.school.journal.logIn(login: "smirnov", password: "Vremya-2026") }
    }

    @Test func rejectedNewPasswordStaysOnTheChangeStep() throws {
        var app = try Harness()
        app.logIn("smirnov", "Vremya-2026")
        app.type("short")
        app.press(.tab)
        app.type("short")
        app.press(.enter)
        #expect(app.login?.step == .changePassword)
        #expect(app.screenText.contains("Пароль должен быть не короче 8 символов"))
        app.press(.escape)
        #expect(app.login?.step == .credentials)
    }

    @Test func editingKeysReachTheFocusedField() throws {
        var app = try Harness()
        app.type("ivanvoa")
        app.press(.left, .left, .backspace, .right)
        app.type("v")
        #expect(app.login?.textField(.login).text == "ivanova")
        app.press(.home, .delete, .end, .ctrl("u"))
        #expect(app.login?.textField(.login).text == "")
    }

    @Test func cursorSitsInTheFocusedField() throws {
        var app = try Harness()
        app.type("ив")
        let buffer = AppView(state: app.state).render()
        let cursor = buffer.cursor
        #expect(cursor != nil)
        if let cursor {
            #expect(buffer[cursor.x - 1, cursor.y].grapheme == "в")
        }
    }
}
