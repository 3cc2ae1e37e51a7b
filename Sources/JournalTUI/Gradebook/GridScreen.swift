import JournalModel

/// The gradebook grid of one class (or subgroup) × subject × period: students down, lessons
/// across, then the average, the forecast and the period mark.
///
/// Typing a mark saves it through the model at once; every refusal is the model's, shown in the
/// status line. The screen keeps what it drew (`gradebook`) so that edits carry the values the
/// user saw, and another session's change is noticed on the periodic tick by the log position.
public struct GridScreen: Screen {
    /// A panel over the lower part of the grid.
    public enum Overlay: Sendable, Equatable {
        case history(title: String, changes: [CellChange])
        case forecast(title: String, forecast: Forecast)
        /// Waiting for the value to put into the empty cells of a lesson column.
        case fillPrompt(lessonID: String)
    }

    public let choice: GradebookChoice
    public let period: Period
    public private(set) var gradebook: Gradebook
    /// The day the grid was loaded on: today's column is drawn bold, later ones blank.
    public private(set) var today: SchoolDate
    /// Each student's forecast, computed when the gradebook is loaded (and one student's after an
    /// own edit), not on every frame: going through every lesson for every visible student was a
    /// quarter of the time of a cursor move.
    private(set) var forecasts: [String: Forecast] = [:]
    /// Each student's average as the grid shows it, formatted when the forecast is computed:
    /// `String(format:)` on every visible row was a twentieth of the CPU of a mark typed.
    private(set) var averageTexts: [String: String] = [:]
    public private(set) var access: GradebookAccess
    /// The log position the gradebook was loaded at.
    public private(set) var loadedAt: Int64 = 0
    /// Student index.
    public private(set) var row = 0
    /// Lesson index; `gradebook.lessons.count` is the period-mark column.
    public private(set) var column = 0
    /// After a mark: move down (true) or right.
    public private(set) var entryMovesDown = true
    public private(set) var overlay: Overlay?
    public private(set) var status: StatusMessage?
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
    public var contexts: [ActionContext] { [.mark, .grid] }

    /// The keys of the subject's marks (the model's `MarkValue.isMarkKey`) and the school's
    /// attendance letters are data here, whatever the keymap binds them to (`п` would otherwise
    /// start `п п`); in the fill prompt every character is.
    public func claims(_ character: Character) -> Bool {
        if case .fillPrompt = overlay { return true }
        if MarkValue.isMarkKey(character, scale: gradebook.subject.scale) { return true }
        return character.isLetter && !(character.isASCII) && attendanceCode(for: character) != nil
    }

    // MARK: The current cell

    public var student: Person? { gradebook.students.indices.contains(row) ? gradebook.students[row] : nil }
    public var lesson: Lesson? { gradebook.lessons.indices.contains(column) ? gradebook.lessons[column] : nil }
    public var isOnPeriodMark: Bool { column == gradebook.lessons.count }

    /// The school's attendance code typed with `character` in either keyboard layout.
    func attendanceCode(for character: Character) -> String? {
        let typed = String(character).uppercased()
        let other = KeyboardLayout.counterpart(of: character).map { String($0).uppercased() }
        return gradebook.settings.attendanceCodes.first { $0.code == typed || $0.code == other }?.code
    }

    // MARK: Reducer

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
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
        if action == .appBack {
            if overlay != nil { overlay = nil; status = nil; return .stay }
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
        case .markClear: clear(session)
        case .markFillEmpty: askFillValue()
        case .gridEditLesson:
            guard let lesson else {
                status = .info(LocalizedText(ru: "Выберите столбец урока.", en: "Choose a lesson column."))
                return .stay
            }
            // Esc comes back to this grid, which reloads on its next tick if anything changed.
            return .push(LessonEditorScreen(session: session, lessonID: lesson.id))
        case .gridEditComment:
            status = .info(LocalizedText(ru: "Комментарии к отметкам появятся позже.", en: "Comments on marks come later."))
        default: break
        }
        return .stay
    }

    mutating func move(down: Int = 0, right: Int = 0) {
        row = min(max(0, row + down), max(0, gradebook.students.count - 1))
        column = min(max(0, column + right), gradebook.lessons.count)
    }

    private mutating func advanceAfterEntry() {
        if entryMovesDown { move(down: 1) } else { move(right: 1) }
    }

    // MARK: Entry

    private mutating func type(_ character: Character, _ session: JournalSession) {
        if case let .fillPrompt(lessonID) = overlay {
            overlay = nil
            fill(lessonID: lessonID, value: String(character), session)
            return
        }
        overlay = nil
        guard let student else { return }
        if let code = attendanceCode(for: character), !character.isNumber, !isOnPeriodMark, let lesson {
            let drawn = gradebook.attendance(lessonID: lesson.id, studentID: student.id)?.code
            write(.setAttendance(lessonID: lesson.id, studentID: student.id, code: code, expecting: drawn), advance: true, session)
            return
        }
        let value = String(character)
        if isOnPeriodMark {
            let drawn = gradebook.periodMarks[student.id]?.value
            write(.setFinalMark(studentID: student.id, subjectID: choice.subjectID, periodID: period.id, kind: gradebook.periodMarkKind,
                                value: value, expecting: drawn), advance: true, session)
        } else if let lesson {
            // The model refuses the mark if the cell no longer holds the marks drawn here.
            let drawn = gradebook.marks(lessonID: lesson.id, studentID: student.id).map(\.value)
            write(.addMark(lessonID: lesson.id, studentID: student.id, value: value, expecting: drawn), advance: true, session)
        }
    }

    private mutating func clear(_ session: JournalSession) {
        guard let student else { return }
        if isOnPeriodMark {
            guard let drawn = gradebook.periodMarks[student.id]?.value else { return }
            write(.setFinalMark(studentID: student.id, subjectID: choice.subjectID, periodID: period.id, kind: gradebook.periodMarkKind,
                                value: nil, expecting: drawn), advance: false, session)
        } else if let lesson {
            if let mark = gradebook.marks(lessonID: lesson.id, studentID: student.id).last {
                write(.removeMark(mark), advance: false, session)
            } else if let code = gradebook.attendance(lessonID: lesson.id, studentID: student.id)?.code {
                write(.setAttendance(lessonID: lesson.id, studentID: student.id, code: nil, expecting: code), advance: false, session)
            }
        }
    }

    private mutating func askFillValue() {
        guard let lesson, !isOnPeriodMark else { return }
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

    /// Saves one edit through the model and moves on, or shows the refusal. The saved cells are
    /// applied to the loaded gradebook when nothing else was written since it was loaded;
    /// otherwise the whole gradebook is loaded again, so other sessions' changes show at once.
    @discardableResult
    private mutating func write(_ edit: GradebookEdit, advance: Bool, _ session: JournalSession) -> SavedEdit? {
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

    // MARK: Panels

    private mutating func showHistory(_ session: JournalSession) {
        guard let student else { return }
        do {
            if isOnPeriodMark {
                let changes = try session.history(ofFinalMark: student.id, subjectID: choice.subjectID, periodID: period.id)
                overlay = .history(title: "\(student.fullName) · \(period.name)", changes: changes)
            } else if let lesson {
                let changes = try session.history(ofCell: lesson.id, studentID: student.id)
                overlay = .history(title: "\(student.fullName) · \(lesson.onDate.russianText)", changes: changes)
            }
        } catch {
            status = .error(error.message)
        }
    }

    private mutating func showForecast() {
        guard let student else { return }
        overlay = .forecast(title: student.fullName, forecast: gradebook.forecast(for: student.id))
    }

    /// What a cell shows: its attendance code, then its marks.
    static func cellText(code: String?, marks: [Mark]) -> String {
        // Most cells hold one mark or nothing: no arrays to join (drawn for every visible cell).
        if code == nil && marks.count <= 1 { return marks.first?.value ?? "" }
        return ([code].compactMap { $0 } + marks.map(\.value)).joined(separator: " ")
    }
}
