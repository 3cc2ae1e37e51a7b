extension AppState {
    /// Applies one event: resolves keys through the keymap, handles program-wide actions, and
    /// hands everything else to the help overlay or the current screen.
    public mutating func reduce(_ event: AppEvent, environment: AppEnvironment) {
        switch event {
        case .resized(let newSize):
            size = newSize
        case .tick:
            apply(screen: .tick, environment: environment)
        case .key(.resize):
            break  // the runner reads the new size and sends .resized
        case .key(let key):
            handle(key, environment: environment)
        }
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

    private mutating func apply(screen input: ScreenInput, environment: AppEnvironment) {
        switch screen.handle(input, environment: environment) {
        case .stay: break
        case .replace(let next):
            screen = next
            resolver.reset()
        case .quit:
            isRunning = false
        }
    }
}
