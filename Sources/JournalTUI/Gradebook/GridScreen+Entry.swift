import JournalModel

/// Entering data in the grid: marks (of the lesson's kind of work, or of one chosen for the next
/// mark), attendance codes of one or two letters, summary marks, clearing, filling the empty
/// cells of a column, comments on marks. Every save goes through the model.
extension GridScreen {
    mutating func type(_ character: Character, _ session: JournalSession) {
        if case let .fillPrompt(lessonID) = overlay {
            overlay = nil
            fill(lessonID: lessonID, value: String(character), session)
            return
        }
        overlay = nil
        guard let student else { return }
        if !character.isNumber, summaryKind == nil, let lesson, character.isLetter {
            typeCode(character, lesson: lesson, student: student, session)
            return
        }
        codeInput.reset()
        let value = String(character)
        if let kind = summaryKind {
            let drawn = gradebook.summaryMark(kind, of: student.id)?.value
            write(.setFinalMark(studentID: student.id, subjectID: choice.subjectID, periodID: period.id, kind: kind,
                                value: value, expecting: drawn), advance: true, session)
        } else if let lesson {
            // The model refuses the mark if the cell no longer holds the marks drawn here.
            let drawn = gradebook.marks(lessonID: lesson.id, studentID: student.id).map(\.value)
            let kind = nextMarkKind
            if write(.addMark(lessonID: lesson.id, studentID: student.id, value: value, workKind: kind, expecting: drawn),
                     advance: true, session) != nil, kind != nil {
                nextMarkKind = nil
            }
        }
    }

    /// An attendance letter, in either layout: a code at once, or the first letter of a longer one (О of ОП).
    private mutating func typeCode(_ character: Character, lesson: Lesson, student: Person, _ session: JournalSession) {
        switch codeInput.type(character) {
        case .code(let code):
            let drawn = gradebook.attendance(lessonID: lesson.id, studentID: student.id)?.code
            write(.setAttendance(lessonID: lesson.id, studentID: student.id, code: code, expecting: drawn), advance: true, session)
        case .pending(let letters):
            status = .info(LocalizedText(ru: "Код: \(letters)…", en: "Code: \(letters)…"))
        case .unknown(let letters):
            status = .error(LocalizedText(ru: "«\(letters)» — нет такого кода посещаемости.", en: "\"\(letters)\" is not an attendance code."))
        }
    }

    mutating func clear(_ session: JournalSession) {
        guard let student else { return }
        if let kind = summaryKind {
            guard let drawn = gradebook.summaryMark(kind, of: student.id)?.value else { return }
            write(.setFinalMark(studentID: student.id, subjectID: choice.subjectID, periodID: period.id, kind: kind,
                                value: nil, expecting: drawn), advance: false, session)
        } else if let lesson {
            if let mark = gradebook.marks(lessonID: lesson.id, studentID: student.id).last {
                write(.removeMark(mark), advance: false, session)
            } else if let code = gradebook.attendance(lessonID: lesson.id, studentID: student.id)?.code {
                write(.setAttendance(lessonID: lesson.id, studentID: student.id, code: nil, expecting: code), advance: false, session)
            }
        }
    }

    // MARK: The kind of the next mark

    /// F7: the next mark takes another kind of work (and its weight): each press the next of the
    /// kinds the school offers, starting after the lesson's own; Esc goes back to the lesson's.
    mutating func chooseNextMarkKind() {
        guard let lesson else {
            status = .info(LocalizedText(ru: "Выберите столбец урока.", en: "Choose a lesson column."))
            return
        }
        let kinds = gradebook.settings.offeredWorkKinds
        guard !kinds.isEmpty else { return }
        let current = kinds.firstIndex(of: nextMarkKind ?? lesson.workKind) ?? -1
        var next = kinds[(current + 1) % kinds.count]
        if next == lesson.workKind, kinds.count > 1 { next = kinds[(current + 2) % kinds.count] }
        nextMarkKind = next
        let weight = Self.weightText(gradebook.settings.weight(of: next))
        status = .info(LocalizedText(
            ru: "Следующая отметка: \(WorkKind.title(of: next).russian), вес \(weight). F7 — другой вид, Esc — как у урока.",
            en: "Next mark: \(WorkKind.title(of: next).english), weight \(weight). F7: another kind, Esc: the lesson's."))
    }

    static func weightText(_ weight: Double) -> String {
        weight == weight.rounded() ? String(Int(weight)) : String(format: "%.1f", weight)
    }

    // MARK: Filling the empty cells

    mutating func askFillValue() {
        guard let lesson else { return }
        overlay = .fillPrompt(lessonID: lesson.id)
        status = .info(LocalizedText(ru: "Отметка для пустых ячеек урока \(lesson.onDate.russianText) (Esc — отмена):",
                                     en: "Mark for the empty cells of the \(lesson.onDate.russianText) lesson (Esc cancels):"))
    }

    /// Gives `value` to every student of the lesson whose cell is empty (no mark, no absence) when
    /// the model commits it: one operation, so a cell filled meanwhile in another session keeps its
    /// own mark and a refusal leaves every cell as it was.
    private mutating func fill(lessonID: String, value: String, _ session: JournalSession) {
        guard let saved = write(.fillEmpty(lessonID: lessonID, value: value), advance: false, session),
              case let .marksFilled(marks) = saved.cell else { return }
        status = StatusMessage(LocalizedText(ru: "Заполнено пустых ячеек: \(marks.count).", en: "Empty cells filled: \(marks.count)."),
                               kind: .success)
    }

    // MARK: Comments

    /// F5: the comment of the cell's last mark, in a one-line prompt (Enter saves, Esc cancels).
    mutating func askComment() {
        guard let lesson, let student, let mark = gradebook.marks(lessonID: lesson.id, studentID: student.id).last else {
            status = .info(LocalizedText(ru: "Комментарий пишется к отметке: в ячейке её нет.", en: "A comment belongs to a mark: this cell has none."))
            return
        }
        overlay = .commentPrompt(mark: mark, text: TextField(text: mark.comment, maxLength: Self.commentLimit))
        status = nil
    }

    /// Characters a comment on a mark may have (a note, not homework).
    static let commentLimit = 200

    mutating func handleComment(_ input: ScreenInput, _ session: JournalSession) -> ScreenOutcome {
        guard case .commentPrompt(let mark, var text) = overlay else { return .stay }
        switch input {
        case .typed(let character): text.insert(character)
        case .action(.formSubmit):
            overlay = nil
            write(.commentMark(mark, comment: text.text), advance: false, session)
            return .stay
        case .action(.appBack):
            overlay = nil
            status = nil
            return .stay
        case .action(let action): text.apply(action)
        case .tick: return .unchanged
        case .unbound: break
        }
        overlay = .commentPrompt(mark: mark, text: text)
        return .stay
    }

    // MARK: Saving

    /// Saves one edit through the model and moves on, or shows the refusal. The saved cells are
    /// applied to the loaded gradebook when nothing else was written since it was loaded;
    /// otherwise the whole gradebook is loaded again, so other sessions' changes show at once.
    @discardableResult
    mutating func write(_ edit: GradebookEdit, advance: Bool, _ session: JournalSession) -> SavedEdit? {
        do {
            let saved = try session.save(edit)
            if saved.follows(loadedAt) {
                gradebook.apply(saved.cell)
                for studentID in saved.cell.studentIDs {
                    let forecast = gradebook.forecast(for: studentID)
                    forecasts[studentID] = forecast
                    averageTexts[studentID] = Self.averageText(forecast)
                }
                loadedAt = saved.logAfter
            } else {
                reload(session)
            }
            status = StatusMessage(LocalizedText(ru: "Сохранено.", en: "Saved."), kind: .success)
            if advance { advanceAfterEntry() }
            return saved
        } catch {
            if case .staleValue = error { reload(session) }
            status = .error(error.message)
            return nil
        }
    }
}
