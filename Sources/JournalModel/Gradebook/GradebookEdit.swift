import GRDB

/// One change typed into a gradebook cell. Each refuses, like the operation it stands for, when
/// the cell no longer holds what the user saw (`expecting`), so nothing is silently overwritten.
public enum GradebookEdit: Sendable {
    /// One more mark at a lesson (`addMark`), of the lesson's kind of work or of `workKind`.
    case addMark(lessonID: String, studentID: String, value: String, workKind: String? = nil, expecting: [String])
    /// Sets a mark's comment (`commentMark`), refused if the mark's comment is no longer the one drawn.
    case commentMark(Mark, comment: String)
    /// Withdraws a mark (`Journal.removeMark`).
    case removeMark(Mark)
    /// Sets, or with nil clears, an attendance code (`Journal.setAttendance`).
    case setAttendance(lessonID: String, studentID: String, code: String?, expecting: String?)
    /// Sets, or with nil withdraws, a period or year mark (`Journal.setFinalMark`).
    case setFinalMark(studentID: String, subjectID: String, periodID: String, kind: FinalMarkKind, value: String?, expecting: String?)
    /// Gives one mark to every student of the lesson whose cell is empty (no mark, no absence)
    /// when the edit commits: a cell filled meanwhile in another session is left alone.
    case fillEmpty(lessonID: String, value: String)
}

/// What a cell holds after a saved `GradebookEdit`.
public enum SavedCell: Sendable {
    case markAdded(Mark)
    case markRemoved(Mark)
    /// A mark as it is after a change of its own (its comment).
    case markChanged(Mark)
    case attendance(lessonID: String, studentID: String, Attendance?)
    case finalMark(studentID: String, subjectID: String, periodID: String, kind: FinalMarkKind, FinalMark?)
    /// The marks a fill gave, one per cell that was empty.
    case marksFilled([Mark])

    /// The students whose cells changed.
    public var studentIDs: [String] {
        switch self {
        case let .markAdded(mark), let .markRemoved(mark), let .markChanged(mark): [mark.studentID]
        case let .attendance(_, studentID, _), let .finalMark(studentID, _, _, _, _): [studentID]
        case let .marksFilled(marks): marks.map(\.studentID)
        }
    }
}

/// A saved gradebook edit and where its entries went in the operation log.
public struct SavedEdit: Sendable {
    public let cell: SavedCell
    /// The log position just before the edit's entries.
    public let logBefore: Int64
    /// The log position of the edit's last entry (`logBefore` when it wrote nothing).
    public let logAfter: Int64

    /// Whether a gradebook loaded at log position `loadedAt` plus this edit is the database as it is:
    /// no other session wrote between the load and the edit, so applying the edit is as good as
    /// loading again.
    public func follows(_ loadedAt: Int64) -> Bool { logBefore == loadedAt }
}

extension JournalSession {
    /// Saves one gradebook edit, with the operation's checks, and says where its log
    /// entries went, so that a screen can apply the edit to its loaded gradebook (`Gradebook.apply`)
    /// instead of loading the whole gradebook again.
    public func save(_ edit: GradebookEdit) throws(Refusal) -> SavedEdit {
        try perform { transaction in
            // Inside the write transaction nobody else writes: the entries after `before` are this edit's.
            let before = try transaction.writer.logPosition()
            let cell: SavedCell
            switch edit {
            case let .addMark(lessonID, studentID, value, workKind, expecting):
                cell = .markAdded(try transaction.addMark(lessonID: lessonID, studentID: studentID, value: value, workKind: workKind,
                                                          expectingMarks: expecting))
            case let .commentMark(mark, comment):
                cell = .markChanged(try transaction.commentMark(markID: mark.id, comment: comment, expecting: mark.comment))
            case let .removeMark(mark):
                cell = .markRemoved(try transaction.removeMark(markID: mark.id, expecting: mark.value))
            case let .setAttendance(lessonID, studentID, code, expecting):
                let saved = try transaction.setAttendance(lessonID: lessonID, studentID: studentID, code: code, expecting: .some(expecting))
                cell = .attendance(lessonID: lessonID, studentID: studentID, saved)
            case let .setFinalMark(studentID, subjectID, periodID, kind, value, expecting):
                let saved = try transaction.setFinalMark(studentID: studentID, subjectID: subjectID, periodID: periodID, kind: kind,
                                                         value: value, expecting: .some(expecting))
                cell = .finalMark(studentID: studentID, subjectID: subjectID, periodID: periodID, kind: kind, saved)
            case let .fillEmpty(lessonID, value):
                cell = .marksFilled(try transaction.fillEmpty(lessonID: lessonID, value: value))
            }
            return SavedEdit(cell: cell, logBefore: before, logAfter: try transaction.writer.logPosition())
        }
    }
}

extension Gradebook {
    /// The gradebook with a saved edit of one of its cells applied, as a load after it would show it.
    public mutating func apply(_ cell: SavedCell) {
        switch cell {
        case let .marksFilled(marks):
            for mark in marks { apply(.markAdded(mark)) }
        case let .markAdded(mark):
            // In id order, as a load reads them: an id made in the same millisecond as the cell's
            // last one (or after the clock was set back) can sort before it, and the cell's next
            // edit, expecting the marks in the order shown, would be refused as changed meanwhile.
            var cell = marks[mark.lessonID]?[mark.studentID] ?? []
            cell.insert(mark, at: cell.firstIndex { $0.id > mark.id } ?? cell.endIndex)
            marks[mark.lessonID, default: [:]][mark.studentID] = cell
        case let .markRemoved(mark):
            marks[mark.lessonID]?[mark.studentID]?.removeAll { $0.id == mark.id }
        case let .markChanged(mark):
            if let index = marks[mark.lessonID]?[mark.studentID]?.firstIndex(where: { $0.id == mark.id }) {
                marks[mark.lessonID]?[mark.studentID]?[index] = mark
            }
        case let .attendance(lessonID, studentID, record):
            attendance[lessonID, default: [:]][studentID] = record
        case let .finalMark(studentID, subjectID, periodID, kind, record):
            guard subjectID == subject.id, periodID == period.id, summaryKinds.contains(kind) else { return }
            summaryMarks[kind, default: [:]][studentID] = record
        }
    }
}
