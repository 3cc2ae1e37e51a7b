/// One line of the help screen, before it is put into words in the user's language.
public enum HelpEntry: Sendable, Equatable {
    /// A context heading.
    case heading(ActionContext)
    /// An action with its keys as the keymap spells them (empty if unbound).
    case binding(Action, keys: String)
    /// Keys the context reads as data (a mark, an absence letter, text) and what they do.
    case data(DataKeys)
    /// A gap between groups.
    case blank
}

/// The help overlay: the keymap as a list grouped by context, each context's data keys first,
/// and how far it is scrolled.
public struct HelpState: Sendable, Equatable {
    /// The lines, generated from the keymap when help was opened.
    public private(set) var entries: [HelpEntry]
    /// Index of the first visible entry.
    public private(set) var scroll = 0

    /// Help for `keymap`, with the current screen's contexts first and `app` after them.
    ///
    /// A key that the screen's contexts read as data (`?` in a text field, `п` in the gradebook)
    /// never reaches the keymap there, so it is left out of the contexts active on that screen.
    public init(firstContexts: [ActionContext], keymap: Keymap) {
        let active = firstContexts + [.app]
        var order: [ActionContext] = []
        for context in active + ActionContext.allCases where !order.contains(context) {
            order.append(context)
        }
        let typed = firstContexts.flatMap(\.dataKeys)
        var entries: [HelpEntry] = []
        for context in order {
            if !entries.isEmpty { entries.append(.blank) }
            entries.append(.heading(context))
            entries += context.dataKeys.map(HelpEntry.data)
            for action in Action.allCases where action.context == context {
                let working = keymap.sequences(for: action).filter { sequence in
                    !active.contains(context) || !typed.contains { data in sequence.first.map(data.contains) == true }
                }
                entries.append(.binding(action, keys: working.map { KeyNotation.format($0) }.joined(separator: ", ")))
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
