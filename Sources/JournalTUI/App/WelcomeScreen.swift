import JournalModel

/// A stand-in home screen: greets the user until the real home screen is written.
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
