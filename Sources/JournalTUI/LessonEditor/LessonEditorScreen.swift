import JournalModel

/// The record of one lesson: topic, kind of work, homework, held or not, who held it.
///
/// Each field is saved on its own through `changeLesson` (one call per changed field). A refused
/// save leaves the text in the editor, with the model's message in the status line.
public struct LessonEditorScreen: Screen {
    /// The fields the user moves between.
    public enum Field: Int, Sendable, CaseIterable {
        case topic, workKind, homework, held
    }

    public let lessonID: String
    /// The longest topic the editor takes, in characters: within the model's 2 KiB for Cyrillic text.
    public static let topicLimit = 500
    /// The longest homework the editor takes, in characters: within the model's 8 KiB for Cyrillic text.
    public static let homeworkLimit = 2000
    public private(set) var record: LessonRecord?
    public private(set) var field: Field = .topic
    /// The text being edited, when a text field is open.
    public private(set) var editor: TextEditorState?
    /// The planned topic under the cursor while the list of the plan is open.
    public private(set) var topicChoice: Int?
    /// The search in the plan's list: typing a word shows the topics that contain it.
    public private(set) var topicFilter = ListFilter()
    /// The plan's topics the search lets through, as indices into `record.plannedTopics`; worked
    /// out when the search changes, not at every look.
    public private(set) var shownTopics: [Int] = []
    public private(set) var status: StatusMessage?
    /// Why the model will refuse changes to this record, asked when the screen opens; fields can
    /// still be opened and read, and a save shows the refusal again.
    public private(set) var readOnlyReason: Refusal?

    /// Opens the record of a lesson.
    public init(session: JournalSession, lessonID: String) {
        self.lessonID = lessonID
        do {
            record = try session.lessonRecord(lessonID: lessonID)
            readOnlyReason = record?.refusal
            status = readOnlyReason.map { .info($0.message) }
        } catch {
            status = .error(error.message)
        }
    }

    /// Opens the record of a lesson with a text the same person typed and did not save before
    /// their session ended, in the editor, offered for saving.
    public init(session: JournalSession, draft: LessonDraft) {
        self.init(session: session, lessonID: draft.lessonID)
        guard record != nil else { return }
        field = draft.field
        editor = draft.field == .homework ? TextEditorState(text: draft.text, limit: Self.homeworkLimit)
            : TextEditorState(text: draft.text, limit: Self.topicLimit, singleLine: true)
        status = .info(LocalizedText(ru: "Восстановлен несохранённый текст (черновик): F2 — сохранить, Esc — отказаться.",
                                     en: "Your unsaved text is back (a draft): F2 saves it, Esc drops it."))
    }

    /// The text open in the editor when it differs from what is saved: kept if the session ends.
    public var draft: LessonDraft? {
        guard let editor, let record, field == .topic || field == .homework else { return nil }
        let saved = field == .homework ? record.lesson.homework : record.lesson.topic
        return editor.text == saved ? nil : LessonDraft(lessonID: lessonID, field: field, text: editor.text)
    }

    public var title: LocalizedText {
        guard let record else { return LocalizedText(ru: "Урок", en: "Lesson") }
        let heading = "\(record.schoolClass.title), \(record.subjectName), \(record.lesson.onDate.russianText)"
        return LocalizedText(ru: "Урок: \(heading), \(record.lesson.slot)-й урок", en: "Lesson: \(heading), lesson \(record.lesson.slot)")
    }

    public var contexts: [ActionContext] { editor != nil ? [.editor] : topicChoice != nil ? [.edit, .lesson] : [.lesson] }
    public var acceptsText: Bool { editor != nil || topicChoice != nil }

    /// The topic shown when none is recorded: the plan's next topic.
    public var suggestedTopic: String? {
        guard let record, record.lesson.topic.isEmpty else { return nil }
        return record.plannedTopic?.topic
    }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
        if topicChoice != nil, input != .action(.appBack) || !topicFilter.query.isEmpty, topicFilter.handle(input) {
            if !topicFilter.isActive { topicFilter.open() }  // Esc cleared the search: the whole plan again
            shownTopics = topicFilter.visible(record?.plannedTopics.map(\.topic) ?? [])
            // No match keeps the old choice, so the plan stays open while the search is corrected.
            if let choice = topicChoice, !shownTopics.contains(choice) { topicChoice = shownTopics.first ?? choice }
            return .stay
        }
        switch input {
        case .typed(let character):
            edit(.insert(character))
        case .action(let action):
            if editor != nil { editorAction(action, session) } else { return lessonAction(action, session) }
        case .unbound:
            break
        case .tick:
            return .unchanged
        }
        return .stay
    }

    // MARK: - Moving between fields

    private mutating func lessonAction(_ action: Action, _ session: JournalSession) -> ScreenOutcome {
        if topicChoice != nil { return pickerAction(action) }
        switch action {
        case .lessonNextField: field = Field(rawValue: min(field.rawValue + 1, Field.allCases.count - 1))!
        case .lessonPreviousField: field = Field(rawValue: max(field.rawValue - 1, 0))!
        case .lessonEditField: editField(session)
        case .lessonPickTopic:
            if let record, !record.plannedTopics.isEmpty {
                topicChoice = record.plannedTopics.firstIndex { $0.id == record.plannedTopic?.id } ?? 0
                topicFilter.open()
                shownTopics = Array(record.plannedTopics.indices)
            } else {
                status = .info(LocalizedText(ru: "Для предмета нет тематического плана.", en: "The subject has no plan of topics."))
            }
        case .lessonOpenAttendance:
            return .push(AttendanceScreen(session: session, lessonID: lessonID))
        case .appBack:
            return .pop
        default: break
        }
        return .stay
    }

    /// The plan's list: up and down choose, Enter opens the topic editor with the chosen topic.
    private mutating func pickerAction(_ action: Action) -> ScreenOutcome {
        guard let record else { return .stay }
        let shown = shownTopics
        let position = topicChoice.flatMap(shown.firstIndex(of:))
        switch action {
        case .lessonNextField: if let position, position + 1 < shown.count { topicChoice = shown[position + 1] }
        case .lessonPreviousField: if let position, position > 0 { topicChoice = shown[position - 1] }
        case .lessonEditField:
            guard let choice = topicChoice, position != nil else { return .stay }
            topicChoice = nil
            topicFilter.close()
            field = .topic
            editor = TextEditorState(text: record.plannedTopics[choice].topic, limit: Self.topicLimit, singleLine: true)
        case .appBack, .lessonPickTopic:
            topicChoice = nil
            topicFilter.close()
        default: break
        }
        return .stay
    }

    private mutating func editField(_ session: JournalSession) {
        guard let record else { return }
        status = nil
        switch field {
        case .topic:
            editor = TextEditorState(text: suggestedTopic ?? record.lesson.topic, limit: Self.topicLimit, singleLine: true)
        case .homework:
            editor = TextEditorState(text: record.lesson.homework, limit: Self.homeworkLimit)
        case .workKind:
            let kinds = record.workKinds
            let next = kinds.isEmpty ? record.lesson.workKind
                : kinds[((kinds.firstIndex(of: record.lesson.workKind) ?? -1) + 1) % kinds.count]
            save(.workKind(next), session)
        case .held:
            save(.held(!record.lesson.held), session)
        }
    }

    // MARK: - The text editor

    private mutating func editorAction(_ action: Action, _ session: JournalSession) {
        switch action {
        case .editorMoveLeft: edit(.moveLeft)
        case .editorMoveRight: edit(.moveRight)
        case .editorMoveUp: edit(.moveUp)
        case .editorMoveDown: edit(.moveDown)
        case .editorLineStart: edit(.lineStart)
        case .editorLineEnd: edit(.lineEnd)
        case .editorWordLeft: edit(.wordLeft)
        case .editorWordRight: edit(.wordRight)
        case .editorDeleteBackward: edit(.deleteBackward)
        case .editorDeleteForward: edit(.deleteForward)
        case .editorNewLine: edit(.newLine)
        case .editorSave:
            guard let text = editor?.text else { return }
            if save(field == .homework ? .homework(text) : .topic(text), session) { editor = nil }
        case .editorCancel:
            editor = nil
            status = .info(LocalizedText(ru: "Правка отменена.", en: "Edit cancelled."))
        default: break
        }
    }

    private mutating func edit(_ change: TextEditorState.Edit) {
        guard editor != nil else { return }
        editor?.apply(change)
        status = editor?.message.map(StatusMessage.error)
    }

    // MARK: - Saving

    /// Saves one field through the model; true when it was accepted.
    @discardableResult
    private mutating func save(_ change: LessonChange, _ session: JournalSession) -> Bool {
        do {
            record?.lesson = try session.changeLesson(lessonID, change)
            status = StatusMessage(LocalizedText(ru: "Сохранено.", en: "Saved."), kind: .success)
            return true
        } catch {
            status = .error(error.message)
            return false
        }
    }
}
