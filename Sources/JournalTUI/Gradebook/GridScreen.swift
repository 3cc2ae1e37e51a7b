import JournalModel

/// The gradebook grid of one class (or subgroup) × subject × period: students down, lessons
/// across, then the average, the forecast and the summary marks (period or year; exam and final
/// in the year of grades 9 and 11).
///
/// Typing a mark saves it through the model at once; every refusal is the model's, shown in the
/// status line. The screen keeps what it drew (`gradebook`) so that edits carry the values the
/// user saw, and another session's change is noticed on the periodic tick by the log position.
public struct GridScreen: Screen {
    /// A panel over the lower part of the grid, or a prompt in it.
    public enum Overlay: Sendable, Equatable {
        /// The cell's marks in force and every change of it.
        case history(title: String, marks: [Mark], changes: [CellChange])
        case forecast(title: String, forecast: Forecast)
        /// Waiting for the value to put into the empty cells of a lesson column.
        case fillPrompt(lessonID: String)
        /// Typing the comment of a mark.
        case commentPrompt(mark: Mark, text: TextField)
    }

    public let choice: GradebookChoice
    public let period: Period
    public internal(set) var gradebook: Gradebook
    /// The day the grid was loaded on: today's column is drawn bold, later ones blank.
    public internal(set) var today: SchoolDate
    /// Each student's forecast, computed when the gradebook is loaded (and one student's after an
    /// own edit), not on every frame: going through every lesson for every visible student was a
    /// quarter of the time of a cursor move.
    var forecasts: [String: Forecast] = [:]
    /// Each student's average as the grid shows it, formatted when the forecast is computed:
    /// `String(format:)` on every visible row was a twentieth of the CPU of a mark typed.
    var averageTexts: [String: String] = [:]
    public internal(set) var access: GradebookAccess
    /// The log position the gradebook was loaded at.
    public internal(set) var loadedAt: Int64 = 0
    /// Student index.
    public internal(set) var row = 0
    /// Lesson index; from `gradebook.lessons.count` on, the summary columns (`summaryKind`).
    public internal(set) var column = 0
    /// After a mark: move down (true) or right.
    public internal(set) var entryMovesDown = true
    /// The kind of work the next mark takes instead of its lesson's (chosen with F7), if any.
    public internal(set) var nextMarkKind: String?
    /// Attendance letters typed so far towards a code of several letters (ОП).
    var codeInput: AttendanceCodeInput
    public internal(set) var overlay: Overlay?
    public internal(set) var status: StatusMessage?
    /// Rows moved by page-up/down.
    static let pageStep = 10

    /// Opens on the column of `lessonID` when given and in the period, else on today's lesson.
    public init(session: JournalSession, choice: GradebookChoice, period: Period, focusing lessonID: String? = nil) throws(Refusal) {
        self.choice = choice
        self.period = period
        today = session.today
        loadedAt = try session.logPosition()
        gradebook = try session.gradebook(classID: choice.classID, subjectID: choice.subjectID, subgroupID: choice.subgroupID, periodID: period.id)
        access = try session.access(to: gradebook)
        codeInput = AttendanceCodeInput(codes: gradebook.settings.attendanceCodes.map(\.code))
        column = gradebook.lessons.firstIndex { $0.id == lessonID } ?? Self.initialColumn(gradebook, today: today)
        forecasts = Self.forecasts(of: gradebook)
        averageTexts = forecasts.mapValues(Self.averageText)
    }

    /// A forecast's average as the grid's column shows it: "4.25", or the share of passes "60%".
    static func averageText(_ forecast: Forecast) -> String {
        forecast.average.map { String(format: "%.2f", $0) } ?? forecast.passShare.map { "\(Int(($0 * 100).rounded()))%" } ?? ""
    }

    static func forecasts(of gradebook: Gradebook) -> [String: Forecast] {
        Dictionary(gradebook.students.map { ($0.id, gradebook.forecast(for: $0.id)) }) { first, _ in first }
    }

    /// Today's lesson, else the last one before today, else the first.
    static func initialColumn(_ gradebook: Gradebook, today: SchoolDate) -> Int {
        gradebook.lessons.lastIndex { $0.onDate <= today } ?? 0
    }

    public var title: LocalizedText { LocalizedText(ru: "Журнал", en: "Gradebook") }

    public var contexts: [ActionContext] {
        if case .commentPrompt = overlay { return [.form, .edit] }
        return [.mark, .grid]
    }

    /// A comment is text: every key types into it.
    public var acceptsText: Bool {
        if case .commentPrompt = overlay { return true }
        return false
    }

    /// The keys of the subject's marks (the model's `MarkValue.isMarkKey`) and the school's
    /// attendance letters, or the first letter of a longer code (О of ОП), are data here, whatever
    /// the keymap binds them to (`п` would otherwise start `п п`); in the fill prompt every
    /// character is.
    public func claims(_ character: Character) -> Bool {
        if case .fillPrompt = overlay { return true }
        if MarkValue.isMarkKey(character, scale: gradebook.subject.scale) { return true }
        guard character.isLetter && !character.isASCII else { return false }
        let letter = String(AttendanceCodeInput.cyrillicLetter(character))
        return codeInput.codes.contains { $0.hasPrefix(codeInput.typed + letter) }
    }

    // MARK: The current cell

    public var student: Person? { gradebook.students.indices.contains(row) ? gradebook.students[row] : nil }
    public var lesson: Lesson? { gradebook.lessons.indices.contains(column) ? gradebook.lessons[column] : nil }
    /// The summary mark of the current column, when it is one of the summary columns.
    public var summaryKind: FinalMarkKind? {
        let index = column - gradebook.lessons.count
        return gradebook.summaryKinds.indices.contains(index) ? gradebook.summaryKinds[index] : nil
    }
    public var isOnSummaryMark: Bool { summaryKind != nil }
    /// The last column: after the lessons, one per summary mark.
    var lastColumn: Int { gradebook.lessons.count + gradebook.summaryKinds.count - 1 }

    // MARK: Reducer

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
        if case .commentPrompt = overlay { return handleComment(input, session) }
        switch input {
        case .tick:
            if !refreshIfChanged(session) { return .unchanged }
        case .typed(let character):
            type(character, session)
        case .unbound(.character(let character)):
            if attendanceCode(for: character) != nil || character.isNumber { type(character, session) }
        case .unbound(.enter):
            move(down: 1)
        case .action(let action):
            return perform(action, session)
        default:
            break
        }
        return .stay
    }

    private mutating func perform(_ action: Action, _ session: JournalSession) -> ScreenOutcome {
        codeInput.reset()
        if action == .appBack {
            if overlay != nil { overlay = nil; status = nil; return .stay }
            if nextMarkKind != nil { nextMarkKind = nil; status = nil; return .stay }
            return .pop
        }
        if case .fillPrompt? = overlay { overlay = nil; status = nil }
        switch action {
        case .gridMoveDown: move(down: 1)
        case .gridMoveUp: move(down: -1)
        case .gridMoveLeft: move(right: -1)
        case .gridMoveRight: move(right: 1)
        case .gridPageDown: move(down: Self.pageStep)
        case .gridPageUp: move(down: -Self.pageStep)
        case .gridFirstColumn: column = 0
        case .gridLastColumn: column = gradebook.lessons.count
        case .gridFirstRow: row = 0
        case .gridLastRow: row = max(0, gradebook.students.count - 1)
        case .gridToggleEntryDirection:
            entryMovesDown.toggle()
            status = .info(entryMovesDown ? LocalizedText(ru: "После ввода — вниз, к следующему ученику.", en: "After entry: down to the next student.")
                                          : LocalizedText(ru: "После ввода — вправо, к следующему уроку.", en: "After entry: right to the next lesson."))
        case .gridShowHistory: showHistory(session)
        case .gridShowForecast: showForecast()
        case .gridChooseWorkKind: chooseNextMarkKind()
        case .gridEditComment: askComment()
        case .markClear: clear(session)
        case .markFillEmpty: askFillValue()
        case .gridEditLesson:
            guard let lesson else {
                status = .info(LocalizedText(ru: "Выберите столбец урока.", en: "Choose a lesson column."))
                return .stay
            }
            // Esc comes back to this grid, which reloads on its next tick if anything changed.
            return .push(LessonEditorScreen(session: session, lessonID: lesson.id))
        default: break
        }
        return .stay
    }

    mutating func move(down: Int = 0, right: Int = 0) {
        row = min(max(0, row + down), max(0, gradebook.students.count - 1))
        column = min(max(0, column + right), lastColumn)
    }

    mutating func advanceAfterEntry() {
        if entryMovesDown { move(down: 1) } else { move(right: 1) }
    }

    /// The school's attendance code typed with `character` in either keyboard layout.
    func attendanceCode(for character: Character) -> String? {
        let typed = String(character).uppercased()
        let other = KeyboardLayout.counterpart(of: character).map { String($0).uppercased() }
        return gradebook.settings.attendanceCodes.first { $0.code == typed || $0.code == other }?.code
    }

    // MARK: Loading

    /// Reloads when the log moved since the last load (another session wrote something); returns
    /// whether it did.
    @discardableResult
    mutating func refreshIfChanged(_ session: JournalSession) -> Bool {
        guard let position = try? session.logPosition(), position != loadedAt else { return false }
        reload(session)
        return true
    }

    mutating func reload(_ session: JournalSession) {
        do {
            loadedAt = try session.logPosition()
            today = session.today
            gradebook = try session.gradebook(classID: choice.classID, subjectID: choice.subjectID, subgroupID: choice.subgroupID, periodID: period.id)
            access = try session.access(to: gradebook)
            forecasts = Self.forecasts(of: gradebook)
            averageTexts = forecasts.mapValues(Self.averageText)
            move()
        } catch {
            status = .error(error.message)
        }
    }

    /// What a cell shows: its attendance code, then its marks.
    static func cellText(code: String?, marks: [Mark]) -> String {
        // Most cells hold one mark or nothing: no arrays to join (drawn for every visible cell).
        if code == nil && marks.count <= 1 { return marks.first?.value ?? "" }
        return ([code].compactMap { $0 } + marks.map(\.value)).joined(separator: " ")
    }
}
