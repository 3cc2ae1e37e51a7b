/// What a key press (with any keys pending before it) turned out to mean.
public enum KeyResolution: Sendable, Equatable {
    /// A complete binding.
    case action(Action)
    /// The keys so far begin a longer binding; wait for the next one.
    case pending([Key])
    /// No binding; the screen may still use the key (typed text, mark letters).
    case unbound(Key)
    /// Esc abandoned a started sequence; nothing else happens.
    case cancelled
}

/// Turns a stream of keys into actions, holding the prefix of a multi-key sequence (`g g`).
///
/// A value kept in the app state, so resolution is tested by feeding keys like a user would.
public struct KeyResolver: Sendable, Equatable {
    /// Keys typed so far that begin a longer binding.
    public private(set) var pending: [Key] = []

    public init() {}

    /// Resolves one more key against `contexts`, most specific first.
    public mutating func feed(_ key: Key, keymap: Keymap, contexts: [ActionContext]) -> KeyResolution {
        let sequence = pending + [key]
        if contexts.contains(where: { keymap.hasBinding(extending: sequence, in: $0) }) {
            pending = sequence
            return .pending(sequence)
        }
        for context in contexts {
            if let action = keymap.action(for: sequence, in: context) {
                pending = []
                return .action(action)
            }
        }
        guard !pending.isEmpty else { return .unbound(key) }
        // The started sequence went nowhere: drop it and let the new key stand on its own,
        // the way Esc or a mistyped second key behaves in vim.
        pending = []
        if key == .escape { return .cancelled }
        return feed(key, keymap: keymap, contexts: contexts)
    }

    /// Forgets a started sequence (e.g. when the screen changes).
    public mutating func reset() { pending = [] }
}
