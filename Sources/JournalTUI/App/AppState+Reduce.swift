import Foundation
import JournalModel

extension AppState {
    /// How often a tick reads the session's account again when nothing else did (a blocked
    /// account's open session returns to the login screen within this time even if nobody types).
    static let accountCheckSeconds: TimeInterval = 5

    /// Applies one event: resolves keys through the keymap, handles program-wide actions, and
    /// hands everything else to the help overlay or the current screen. Returns false when the
    /// frame cannot have changed (a tick the screen found nothing new on), so it need not be drawn.
    @discardableResult
    public mutating func reduce(_ event: AppEvent) -> Bool {
        switch event {
        case .resized(let newSize):
            size = newSize
            environment.viewport = Self.viewport(for: newSize)
        case .tick:
            return tick()
        case .key(.resize):
            break  // the runner reads the new size and sends .resized
        case .key(let key):
            lastInput = environment.uptime()
            handle(key)
            returnToLoginIfSessionEnded()
        }
        return true
    }

    /// Ends the session of whoever is in (the program is quitting), recording the log-out.
    public mutating func closeSession() {
        environment.session?.end(.loggedOut)
        environment.session = nil
    }

    private mutating func tick() -> Bool {
        if let session = environment.session {
            let now = environment.uptime()
            if now - lastInput >= TimeInterval(idleLockMinutes * 60) {
                session.end(.idleLocked)
            } else if now - lastAccountCheck >= Self.accountCheckSeconds {
                lastAccountCheck = now
                try? session.checkStillValid()
            }
            if returnToLoginIfSessionEnded() { return true }
        }
        let changed = apply(screen: .tick)
        return returnToLoginIfSessionEnded() || changed
    }

    private mutating func handle(_ key: Key) {
        // While the terminal is too small nothing is shown, so nothing may act but resizing, help and quitting.
        let tooSmall = !size.fits(.minimum)
        // In a text field, letters are letters: `q` types q instead of quitting.
        // In the gradebook, a mark digit or an attendance letter is data even where a preset binds it.
        if !tooSmall, help == nil, resolver.pending.isEmpty, let character = key.typedCharacter,
           screen.acceptsText || screen.claims(character) {
            apply(screen: .typed(character))
            return
        }
        switch resolver.feed(key, keymap: keymap, contexts: activeContexts) {
        case .action(let action): perform(action, tooSmall: tooSmall)
        case .unbound(let key): if help == nil && !tooSmall { apply(screen: .unbound(key)) }
        case .pending, .cancelled: break
        }
    }

    private mutating func perform(_ action: Action, tooSmall: Bool) {
        switch action {
        case .appQuit:
            isRunning = false
        case .appHelp:
            help = HelpState(firstContexts: screen.contexts, keymap: keymap)
        case .appRedraw:
            needsFullRedraw = true
        case _ where action.context == .help:
            if var open = help { help = open.apply(action, pageSize: HelpView.pageSize(for: size)) ? open : nil }
        case _ where tooSmall:
            break
        case .appLogOut:
            environment.session?.end(.loggedOut)
        default:
            apply(screen: .action(action))
        }
    }

    /// Returns false when the screen reported itself unchanged.
    @discardableResult
    private mutating func apply(screen input: ScreenInput) -> Bool {
        let environment = environment
        switch stack[stack.count - 1].handle(input, environment: environment) {
        case .stay: break
        case .unchanged: return false
        case .push(let next):
            push(next)
            resolver.reset()
        case .pop:
            pop()
            resolver.reset()
        case .replace(let next):
            replaceTop(with: next)
            resolver.reset()
        case .loggedIn(let session):
            logIn(session)
        case .quit:
            isRunning = false
        }
        return true
    }

    /// Someone is in: their home screen (a student's or a parent's is the diary), and the draft
    /// they left, if any, over it.
    private mutating func logIn(_ session: JournalSession) {
        environment.session = session
        idleLockMinutes = (try? session.settings().idleLockMinutes) ?? idleLockMinutes
        lastInput = environment.uptime()
        lastAccountCheck = lastInput
        reset(to: session.readsDiary ? DiaryScreen(session: session) : HomeScreen(session: session))
        if let draft = drafts.removeValue(forKey: session.accountID) {
            push(LessonEditorScreen(session: session, draft: draft))
        }
    }

    /// When the session has ended (log-out, idle lock, or the model found the account blocked or
    /// reset), goes back to the login screen saying why; unsaved text stays as the person's draft.
    @discardableResult
    private mutating func returnToLoginIfSessionEnded() -> Bool {
        guard let session = environment.session, let reason = session.endReason else { return false }
        if let draft = stack.reversed().lazy.compactMap(\.draft).first {
            drafts[session.accountID] = draft
        }
        environment.session = nil
        reset(to: LoginScreen(message: .info(reason.message)))
        return true
    }
}
