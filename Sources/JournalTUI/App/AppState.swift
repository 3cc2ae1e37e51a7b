import Foundation
import JournalModel

/// Everything the program shows, as one value; ``reduce(_:)`` is the only way it changes.
public struct AppState {
    /// The terminal size the next frame is drawn for.
    public var size: Size
    public var language: Language
    public var keymap: Keymap
    /// The screens, the current one last: Esc pops back to the one under it. The login screen,
    /// or after login the home screen, is at the bottom.
    public internal(set) var stack: [any Screen]
    /// The journal, the session of whoever is in, the viewport.
    public internal(set) var environment: AppEnvironment
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
    /// Unsaved texts of people whose session ended (idle lock, log-out), by account id, offered
    /// to the same person at their next login.
    public internal(set) var drafts: [String: LessonDraft] = [:]
    /// When the last key came (`environment.uptime`), for the idle lock.
    var lastInput: TimeInterval
    /// When the session's account was last checked on a tick.
    var lastAccountCheck: TimeInterval
    /// Minutes without a key before the session is locked (the school's setting, read at login).
    var idleLockMinutes = 10

    public init(size: Size, language: Language, keymap: Keymap, environment: AppEnvironment,
                screen: any Screen = LoginScreen(), status: StatusMessage? = nil) {
        self.size = size
        self.language = language
        self.keymap = keymap
        self.environment = environment
        stack = [screen]
        self.status = status
        lastInput = environment.uptime()
        lastAccountCheck = lastInput
        self.environment.viewport = Self.viewport(for: size)
    }

    /// The current screen.
    public var screen: any Screen { stack[stack.count - 1] }

    /// Keymap contexts active right now, most specific first.
    public var activeContexts: [ActionContext] {
        help != nil ? [.help, .app] : screen.contexts + [.app]
    }

    /// The message the status line shows.
    public var visibleStatus: StatusMessage? { screen.status ?? status }

    /// The body of a frame of this size: all but the title bar and the status line.
    static func viewport(for size: Size) -> Size {
        Size(width: size.width, height: max(0, size.height - 2))
    }

    mutating func replaceTop(with next: any Screen) {
        stack[stack.count - 1] = next
    }

    mutating func push(_ next: any Screen) { stack.append(next) }

    mutating func pop() {
        if stack.count > 1 { stack.removeLast() }
    }

    /// Starts again from one screen (login after a session ended, home after login).
    mutating func reset(to root: any Screen) {
        stack = [root]
        help = nil
        resolver.reset()
    }
}
