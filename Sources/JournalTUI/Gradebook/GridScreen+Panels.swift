import JournalModel

/// The grid's panels: a cell's marks and history (F2), the forecast and how it was reached (F3).
extension GridScreen {
    mutating func showHistory(_ session: JournalSession) {
        guard let student else { return }
        do {
            if let kind = summaryKind {
                let changes = try session.history(ofFinalMark: student.id, subjectID: choice.subjectID, periodID: period.id)
                    .filter { $0.kind == .finalMark }
                let title = "\(student.fullName) · \(period.name) · \(gradebook.summaryMark(kind, of: student.id)?.value ?? "—")"
                overlay = .history(title: title, marks: [], changes: changes)
            } else if let lesson {
                let changes = try session.history(ofCell: lesson.id, studentID: student.id)
                let marks = gradebook.marks(lessonID: lesson.id, studentID: student.id)
                overlay = .history(title: "\(student.fullName) · \(lesson.onDate.russianText)", marks: marks, changes: changes)
            }
        } catch {
            status = .error(error.message)
        }
    }

    /// A mark as the cell's detail shows it: its value, kind of work and weight, and comment.
    static func markDetail(_ mark: Mark, language: Language) -> String {
        var text = "\(mark.value) — \(WorkKind.title(of: mark.workKind).text(language)), ×\(weightText(mark.weight))"
        if !mark.comment.isEmpty { text += " — «\(mark.comment)»" }
        return text
    }

    mutating func showForecast() {
        guard let student else { return }
        overlay = .forecast(title: student.fullName, forecast: gradebook.forecast(for: student.id))
    }
}
