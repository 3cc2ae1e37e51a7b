import JournalModel

/// Everything the program shows, as one value; ``reduce(_:environment:)`` is the only way it changes.
public struct AppState {
    /// The terminal size the next frame is drawn for.
    public var size: Size
    public var language: Language
    public var keymap: Keymap
    /// The current screen.
    public var screen: any Screen
    /// The help overlay, when open.
    public var help: HelpState?
    /// A program-wide message (e.g. keymap file errors); a screen's own message takes precedence.
    public var status: StatusMessage?
    /// Holds the beginning of a multi-key sequence.
    public var resolver = KeyResolver()
    /// False once the user asked to quit.
    public var isRunning = true
    /// Set by `app.redraw` so the runner repaints every cell.
    public var needsFullRedraw = false

    public init(size: Size, language: Language, keymap: Keymap, screen: any Screen, status: StatusMessage? = nil) {
        self.size = size
        self.language = language
        self.keymap = keymap
        self.screen = screen
        self.status = status
    }

    /// Keymap contexts active right now, most specific first.
    public var activeContexts: [ActionContext] {
        help != nil ? [.help, .app] : screen.contexts + [.app]
    }

    /// The message the status line shows.
    public var visibleStatus: StatusMessage? { screen.status ?? status }
}
