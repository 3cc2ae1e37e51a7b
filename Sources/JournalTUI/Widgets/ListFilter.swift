import JournalModel

/// Incremental search in a list (`/` or C-f in a picker): the typed text, and which items match it,
/// ignoring case and ё/е (the model's `SearchKey`).
///
/// While it is open, printable keys type into it and the arrows still move in the list; Esc
/// closes it and shows the whole list again.
public struct ListFilter: Sendable, Equatable {
    /// The text typed, while the search is open.
    public private(set) var field: TextField?

    public init() {}

    /// Whether the search is open.
    public var isActive: Bool { field != nil }
    /// What is searched for ("" when closed).
    public var query: String { field?.text ?? "" }

    /// Opens the search (empty).
    public mutating func open() { field = TextField(maxLength: 40) }
    /// Closes it: every item shows again.
    public mutating func close() { field = nil }

    /// Whether an item's text matches the search.
    public func matches(_ text: String) -> Bool { SearchKey.matches(query, in: text) }

    /// The indices of `texts` that match, in order.
    public func visible(_ texts: [String]) -> [Int] {
        guard isActive, !query.isEmpty else { return Array(texts.indices) }
        return texts.indices.filter { matches(texts[$0]) }
    }

    /// Applies an input meant for the search field; false when it is not the field's (a move in
    /// the list, a choice). Esc closes the search.
    public mutating func handle(_ input: ScreenInput) -> Bool {
        guard var open = field else { return false }
        switch input {
        case .typed(let character):
            open.insert(character)
        case .action(.appBack):
            field = nil
            return true
        case .action(let action) where action.context == .edit:
            open.apply(action)
        default:
            return false
        }
        field = open
        return true
    }

    /// The line drawn above a list while it is searched.
    func line(language: Language) -> String {
        LocalizedText(ru: " Поиск: \(query)▏  (Esc — весь список)", en: " Search: \(query)▏  (Esc shows the whole list)").text(language)
    }
}
