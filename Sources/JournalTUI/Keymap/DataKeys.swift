import JournalModel

/// Keys that a context reads itself instead of looking them up in the keymap: a mark or an absence
/// letter typed into the gradebook, text typed into a field, Tab for the period on the home screen.
///
/// Help lists them beside the bindings, and the presets leave them unbound: there a binding would
/// never fire (the screen takes the key first) or would take the key away from the screen.
public struct DataKeys: Sendable, Hashable {
    /// The keys as help writes them: `1–5`, `Н/y Б/, У/e П/g`.
    public let label: LocalizedText
    /// What pressing one of them does.
    public let summary: LocalizedText
    /// The keys; nil when every printable character is taken (text is typed).
    public let keys: Set<Key>?

    public init(label: LocalizedText, summary: LocalizedText, keys: Set<Key>?) {
        self.label = label
        self.summary = summary
        self.keys = keys
    }

    /// Whether `key` is one of these keys.
    public func contains(_ key: Key) -> Bool {
        guard let keys else { return key.typedCharacter != nil }
        return keys.contains(key)
    }
}
