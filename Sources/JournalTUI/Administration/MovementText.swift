import JournalModel

/// How the administration screens write a student's movement.
enum MovementText {
    /// «14.11.2026 перевод из 5А в 5Б: приказ № 45», the classes named from `classes`.
    static func line(_ movement: Movement, classes: [ClassSummary]) -> LocalizedText {
        func title(_ id: String?) -> String { id.flatMap { id in classes.first { $0.id == id }?.title } ?? "?" }
        let (from, to) = (title(movement.fromClassID), title(movement.toClassID))
        let date = movement.onDate.russianText
        let note = movement.note.isEmpty ? "" : ": \(movement.note)"
        return switch movement.kind {
        case .arrival: LocalizedText(ru: "\(date) прибытие в \(to)\(note)", en: "\(date) arrived in \(to)\(note)")
        case .transfer: LocalizedText(ru: "\(date) перевод из \(from) в \(to)\(note)", en: "\(date) moved from \(from) to \(to)\(note)")
        case .departure: LocalizedText(ru: "\(date) выбытие из \(from)\(note)", en: "\(date) left \(from)\(note)")
        }
    }
}
