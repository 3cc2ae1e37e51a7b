/// Which key sequences trigger which actions, per context.
///
/// A value: presets and user files are parsed into keymaps and combined with ``overriding(with:)``.
public struct Keymap: Sendable, Equatable {
    /// For each action, its key sequences in the order the file lists them (the first is shown in hints).
    public private(set) var sequencesByAction: [Action: [[Key]]] = [:]
    /// Made from `sequencesByAction` after every change of it.
    private var index = BindingIndex([:])

    /// An empty keymap.
    public init() {}

    /// The key sequences bound to an action, first one preferred for hints.
    public func sequences(for action: Action) -> [[Key]] {
        sequencesByAction[action] ?? []
    }

    /// Binds `action` to exactly these sequences, taking them away from any other action of the
    /// same context (the later binding wins, which is what an override means).
    public mutating func bind(_ action: Action, to sequences: [[Key]]) {
        bind([(action, sequences)])
    }

    /// Binds each action in turn, as ``bind(_:to:)`` would one by one (a file's bindings, an
    /// override), building the look-up tables once.
    public mutating func bind(_ bindings: [(Action, [[Key]])]) {
        for (action, sequences) in bindings {
            for other in Action.allCases where other != action && other.context == action.context {
                guard let existing = sequencesByAction[other] else { continue }
                let kept = existing.filter { !sequences.contains($0) }
                sequencesByAction[other] = kept.isEmpty ? nil : kept
            }
            var unique: [[Key]] = []
            for sequence in sequences where !unique.contains(sequence) { unique.append(sequence) }
            sequencesByAction[action] = unique.isEmpty ? nil : unique
        }
        index = BindingIndex(sequencesByAction)
    }

    /// The action bound to exactly `sequence` in `context`.
    public func action(for sequence: [Key], in context: ActionContext) -> Action? {
        index.actions[context]?[sequence]
    }

    /// True if some binding in `context` starts with `prefix` and is longer than it.
    public func hasBinding(extending prefix: [Key], in context: ActionContext) -> Bool {
        index.prefixes[context]?.contains(prefix) ?? false
    }

    /// Look-up tables made from the bindings: every key press asks them, and scanning every
    /// action's bindings instead was a fifth of a cursor move's CPU.
    private struct BindingIndex: Sendable, Equatable {
        /// The action of each bound sequence, by context (the first action in `Action.allCases`
        /// order when two of a context share one).
        var actions: [ActionContext: [[Key]: Action]] = [:]
        /// Every proper prefix of a bound sequence, by context.
        var prefixes: [ActionContext: Set<[Key]>] = [:]

        init(_ sequencesByAction: [Action: [[Key]]]) {
            for action in Action.allCases {
                for sequence in sequencesByAction[action] ?? [] {
                    if actions[action.context]?[sequence] == nil { actions[action.context, default: [:]][sequence] = action }
                    for length in 0..<sequence.count { prefixes[action.context, default: []].insert(Array(sequence.prefix(length))) }
                }
            }
        }
    }

    /// This keymap with every action that `other` binds rebound as `other` says.
    public func overriding(with other: Keymap) -> Keymap {
        var result = self
        result.bind(Action.allCases.compactMap { action in other.sequencesByAction[action].map { (action, $0) } })
        return result
    }

    /// Adds, for every binding made of letters, the letters on the same physical keys of the other
    /// keyboard layout, unless that sequence is already bound in the context or the context's
    /// screen types its first key as data (о, the first letter of ОП in the gradebook).
    ///
    /// The presets list both layouts explicitly; this catches user files that only name Latin keys.
    public func addingLayoutCounterparts() -> Keymap {
        var result = self
        var bound = index.actions.mapValues { Set($0.keys) }  // by context, with the counterparts added so far
        for action in Action.allCases {
            var sequences = result.sequences(for: action)
            for sequence in sequences {
                let mirrored = sequence.map { key -> Key in
                    // Letters only: mirroring `,` would bind `б`, which the gradebook needs as a mark.
                    if case .character(let character) = key, character.isLetter,
                       let other = KeyboardLayout.counterpart(of: character), other.isLetter {
                        return .character(other)
                    }
                    return key
                }
                guard mirrored != sequence, bound[action.context]?.contains(mirrored) != true,
                      !sequences.contains(mirrored), !action.context.readsAsData(mirrored.first) else { continue }
                sequences.append(mirrored)
                bound[action.context, default: []].insert(mirrored)
            }
            if !sequences.isEmpty { result.sequencesByAction[action] = sequences }
        }
        result.index = BindingIndex(result.sequencesByAction)
        return result
    }

    /// The first key sequence of an action as the help screen writes it, or nil if unbound.
    public func hint(for action: Action) -> String? {
        sequences(for: action).first.map { KeyNotation.format($0) }
    }
}
