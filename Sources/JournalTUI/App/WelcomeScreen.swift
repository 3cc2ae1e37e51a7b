import JournalModel

/// A greeting shown after login when there is no journal session to open the home screen with
/// (an authenticator other than the journal's, as in the login tests).
public struct WelcomeScreen: Screen {
    public var user: LoginSuccess

    public init(user: LoginSuccess) { self.user = user }

    public var title: LocalizedText { LocalizedText(ru: "Главная", en: "Home") }
    public var contexts: [ActionContext] { [] }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        .stay
    }

    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let greeting = LocalizedText(ru: "Здравствуйте, \(user.displayName)!", en: "Hello, \(user.displayName)!")
        let line = greeting.text(context.language)
        let box = rect.centered(width: line.displayWidth, height: 1)
        buffer.put(text: line, x: box.x, y: box.y, style: Style(bold: true), maxWidth: rect.width)
    }
}
