import JournalModel

/// What a screen receives: a resolved action, a typed character, a key nothing is bound to,
/// or a periodic tick (for clocks and refreshing data).
public enum ScreenInput: Sendable, Equatable {
    case action(Action)
    case typed(Character)
    case unbound(Key)
    case tick
}

/// What the app should do after a screen handled an input.
public enum ScreenOutcome {
    /// Stay on this screen (its state may have changed).
    case stay
    /// Stay on this screen, which draws exactly as before (a tick that found nothing new): the
    /// runner skips drawing the frame, which would otherwise cost the CPU of a whole frame twice a second.
    case unchanged
    /// Open another screen over this one; Esc there comes back here.
    case push(any Screen)
    /// Go back to the screen under this one.
    case pop
    /// Show another screen in this one's place (Esc there goes where Esc here would).
    case replace(any Screen)
    /// Someone logged in: their session and home screen replace the login screen.
    case loggedIn(JournalSession)
    /// Leave the program.
    case quit
}

/// What a screen needs to draw besides its own state.
public struct DrawContext: Sendable {
    public var language: Language
    public var keymap: Keymap

    public init(language: Language, keymap: Keymap) {
        self.language = language
        self.keymap = keymap
    }

    /// "Enter — войти"-style hint for an action's first key; nil if the action is unbound.
    public func hint(_ action: Action, _ label: LocalizedText) -> String? {
        keymap.hint(for: action).map { "\($0) — \(label.text(language))" }
    }

    /// "PageUp/PageDown — недели": the first keys of two opposite actions and what they do; nil
    /// if either is unbound.
    public func pairHint(_ back: Action, _ forward: Action, _ label: LocalizedText) -> String? {
        guard let first = keymap.hint(for: back), let second = keymap.hint(for: forward) else { return nil }
        return "\(first)/\(second) — \(label.text(language))"
    }
}

/// One full screen of the program (login, home, gradebook, attendance ...).
///
/// A screen is a value: ``handle(_:environment:)`` is its reducer and the only place its state
/// changes; ``draw(into:in:context:)`` renders it from state. Screens live on a stack in
/// ``AppState``: a screen opens another with ``ScreenOutcome/push(_:)``, Esc pops it. To add a
/// screen, add its actions and context to the catalogue, bind them in the presets, conform a
/// struct to this protocol and push it from another screen.
public protocol Screen {
    /// The title shown in the top bar.
    var title: LocalizedText { get }
    /// Keymap contexts, most specific first; the app adds `app` after them.
    var contexts: [ActionContext] { get }
    /// True when printable keys are text for a field (login) rather than commands.
    var acceptsText: Bool { get }
    /// A message for the status line.
    var status: StatusMessage? { get }
    /// Unsaved text the idle lock or a log-out keeps for the same person (a topic, homework).
    var draft: LessonDraft? { get }
    /// Whether a typed character is data here (see the extension's default: none).
    func claims(_ character: Character) -> Bool
    /// The reducer: applies one input, asking the model through `environment.session`.
    mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome
    /// Draws the screen's body into `rect` (between the title bar and the status line).
    func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext)
}

extension Screen {
    public var acceptsText: Bool { false }
    public var status: StatusMessage? { nil }
    public var draft: LessonDraft? { nil }

    /// Whether a typed character is data for this screen (a mark, an attendance letter) and must
    /// reach it as ``ScreenInput/typed(_:)`` before the keymap sees it.
    public func claims(_ character: Character) -> Bool { false }
}
