extension AppState {
    /// Applies one event: resolves keys through the keymap, handles program-wide actions, and
    /// hands everything else to the help overlay or the current screen. Returns false when the
    /// frame cannot have changed (a tick the screen found nothing new on), so it need not be drawn.
    @discardableResult
    public mutating func reduce(_ event: AppEvent, environment: AppEnvironment) -> Bool {
        switch event {
        case .resized(let newSize):
            size = newSize
        case .tick:
            return apply(screen: .tick, environment: environment)
        case .key(.resize):
            break  // the runner reads the new size and sends .resized
        case .key(let key):
            handle(key, environment: environment)
        }
        return true
    }

    private mutating func handle(_ key: Key, environment: AppEnvironment) {
        // In a text field, letters are letters: `q` types q instead of quitting.
        // In the gradebook, a mark digit or an attendance letter is data even where a preset binds it.
        if help == nil, resolver.pending.isEmpty, let character = key.typedCharacter,
           screen.acceptsText || screen.claims(character) {
            apply(screen: .typed(character), environment: environment)
            return
        }
        switch resolver.feed(key, keymap: keymap, contexts: activeContexts) {
        case .action(let action): perform(action, environment: environment)
        case .unbound(let key): if help == nil { apply(screen: .unbound(key), environment: environment) }
        case .pending, .cancelled: break
        }
    }

    private mutating func perform(_ action: Action, environment: AppEnvironment) {
        switch action {
        case .appQuit:
            isRunning = false
        case .appHelp:
            help = HelpState(firstContexts: screen.contexts, keymap: keymap)
        case .appRedraw:
            needsFullRedraw = true
        default:
            if action.context == .help, var open = help {
                help = open.apply(action, pageSize: HelpView.pageSize(for: size)) ? open : nil
            } else {
                apply(screen: .action(action), environment: environment)
            }
        }
    }

    /// Returns false when the screen reported itself unchanged.
    @discardableResult
    private mutating func apply(screen input: ScreenInput, environment: AppEnvironment) -> Bool {
        switch screen.handle(input, environment: environment) {
        case .stay: break
        case .unchanged: return false
        case .replace(let next):
            screen = next
            resolver.reset()
        case .quit:
            isRunning = false
        }
        return true
    }
}
