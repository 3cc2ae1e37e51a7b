/// One line of the help screen, before it is put into words in the user's language.
public enum HelpEntry: Sendable, Equatable {
    /// A context heading.
    case heading(ActionContext)
    /// An action with its keys as the keymap spells them (empty if unbound).
    case binding(Action, keys: String)
    /// A gap between groups.
    case blank
}

/// The help overlay: the keymap as a list grouped by context, and how far it is scrolled.
public struct HelpState: Sendable, Equatable {
    /// The lines, generated from the keymap when help was opened.
    public private(set) var entries: [HelpEntry]
    /// Index of the first visible entry.
    public private(set) var scroll = 0

    /// Help for `keymap`, with the current screen's contexts first and `app` after them.
    public init(firstContexts: [ActionContext], keymap: Keymap) {
        var order: [ActionContext] = []
        for context in firstContexts + [.app] + ActionContext.allCases where !order.contains(context) {
            order.append(context)
        }
        var entries: [HelpEntry] = []
        for context in order {
            if !entries.isEmpty { entries.append(.blank) }
            entries.append(.heading(context))
            for action in Action.allCases where action.context == context {
                let keys = keymap.sequences(for: action).map { KeyNotation.format($0) }.joined(separator: ", ")
                entries.append(.binding(action, keys: keys))
            }
        }
        self.entries = entries
    }

    /// Applies a `help.*` action; false when help should close.
    public mutating func apply(_ action: Action, pageSize: Int) -> Bool {
        let page = max(1, pageSize)
        let last = max(0, entries.count - page)
        switch action {
        case .helpClose: return false
        case .helpScrollDown: scroll = min(last, scroll + 1)
        case .helpScrollUp: scroll = max(0, scroll - 1)
        case .helpPageDown: scroll = min(last, scroll + page)
        case .helpPageUp: scroll = max(0, scroll - page)
        case .helpTop: scroll = 0
        case .helpBottom: scroll = last
        default: break
        }
        return true
    }
}
