extension Movement {
    /// «14.11.2026 перевод из 5А в 5Б: приказ № 45», the classes named by `classTitle` («?» for one it does not know).
    public func text(classTitle: (String) -> String?) -> LocalizedText {
        func title(_ id: String?) -> String { id.flatMap(classTitle) ?? "?" }
        let (from, to) = (title(fromClassID), title(toClassID))
        let date = onDate.russianText
        let note = note.isEmpty ? "" : ": \(note)"
        return switch kind {
        case .arrival: LocalizedText(ru: "\(date) прибытие в \(to)\(note)", en: "\(date) arrived in \(to)\(note)")
        case .transfer: LocalizedText(ru: "\(date) перевод из \(from) в \(to)\(note)", en: "\(date) moved from \(from) to \(to)\(note)")
        case .departure: LocalizedText(ru: "\(date) выбытие из \(from)\(note)", en: "\(date) left \(from)\(note)")
        }
    }
}
