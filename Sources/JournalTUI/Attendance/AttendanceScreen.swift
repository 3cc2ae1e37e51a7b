import JournalModel

/// The attendance sheet of one lesson: a key per code, "everyone present", clearing a code.
///
/// Every change goes through the model with the code the user saw (`expecting:`), so an edit made
/// meanwhile in another session is refused instead of overwritten. When the model refuses for a
/// reason that will not go away (not this teacher's lesson, a closed period, the edit window),
/// the sheet turns read-only and says why.
public struct AttendanceScreen: ReturningScreen {
    let journal: Journal
    let actor: JournalActor
    public let lessonID: String
    public private(set) var sheet: AttendanceSheet?
    public private(set) var selected = 0
    public private(set) var input: AttendanceCodeInput
    /// Why the sheet cannot be changed, once the model said so.
    public private(set) var readOnlyReason: Refusal?
    public private(set) var status: StatusMessage?
    /// The screen Esc returns to (the home screen sets it); nil: Esc does nothing.
    public var back: (() -> any Screen)?

    /// Opens the attendance of a recorded lesson for `actor`.
    public init(journal: Journal, actor: JournalActor, lessonID: String) {
        self.journal = journal
        self.actor = actor
        self.lessonID = lessonID
        input = AttendanceCodeInput(codes: [])
        reload()
        // Ask the model up front, so a sheet the teacher may not change looks read-only at once.
        do {
            readOnlyReason = try journal.attendanceRefusal(lessonID: lessonID, as: actor)
            status = readOnlyReason.map { .info($0.message) }
        } catch {
            status = .error(error.message)
        }
    }

    public var title: LocalizedText {
        guard let sheet else { return LocalizedText(ru: "Посещаемость", en: "Attendance") }
        let heading = "\(sheet.classTitle), \(sheet.subjectName), \(sheet.lesson.onDate.russianText)"
        return LocalizedText(ru: "Посещаемость: \(heading), \(sheet.lesson.slot)-й урок", en: "Attendance: \(heading), lesson \(sheet.lesson.slot)")
    }

    public var contexts: [ActionContext] { [.attendance] }
    /// Letters are attendance codes, so printable keys come as typed characters.
    public var acceptsText: Bool { true }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        switch input {
        case .typed(let character):
            type(character)
        case .action(let action):
            self.input.reset()
            return perform(action)
        case .unbound:
            break
        case .tick:
            return .unchanged
        }
        return .stay
    }

    // MARK: - Reducer

    private mutating func perform(_ action: Action) -> ScreenOutcome {
        switch action {
        case .attendanceMoveDown: move(by: 1)
        case .attendanceMoveUp: move(by: -1)
        case .attendanceMarkAllPresent: markAllPresent()
        case .attendanceClear: record(nil)
        case .attendanceNextLesson: return neighbour(1)
        case .attendancePreviousLesson: return neighbour(-1)
        case .attendanceOpenLesson:
            return open(LessonEditorScreen(journal: journal, actor: actor, lessonID: lessonID))
        case .attendanceOpenGradebook:
            return openGradebook()
        case .appBack:
            if let back { return .replace(back()) }
        default: break
        }
        return .stay
    }

    /// The gradebook of this lesson, on its column (attendance taken, now the marks); Esc there
    /// goes back where Esc here would.
    private mutating func openGradebook() -> ScreenOutcome {
        guard let lesson = sheet?.lesson else { return .stay }
        do {
            let choice = try journal.gradebookChoice(forLesson: lesson, as: actor)
            let periods = try journal.periods(ofYearContaining: lesson.onDate)
            guard let choice, let period = Journal.defaultPeriod(among: periods, on: lesson.onDate) else {
                status = .info(LocalizedText(ru: "Журнал этого урока вам не открыт.", en: "This lesson's gradebook is not open to you."))
                return .stay
            }
            var grid = try GridScreen(journal: journal, actor: actor, choice: choice, period: period, focusing: lesson.id)
            grid.back = back
            return .replace(grid)
        } catch {
            status = .error(error.message)
            return .stay
        }
    }

    /// The sheet of the teacher's next (or previous) recorded lesson of the same day, if any.
    private mutating func neighbour(_ step: Int) -> ScreenOutcome {
        guard let sheet, let personID = actor.personID else { return .stay }
        do {
            let day = try journal.lessons(forTeacher: personID, on: sheet.lesson.onDate).compactMap(\.lesson)
            if let index = day.firstIndex(where: { $0.id == lessonID }), day.indices.contains(index + step) {
                var next = AttendanceScreen(journal: journal, actor: actor, lessonID: day[index + step].id)
                next.back = back
                return .replace(next)
            }
            status = .info(step > 0 ? LocalizedText(ru: "Это последний записанный урок дня.", en: "This is the day's last recorded lesson.")
                                    : LocalizedText(ru: "Это первый записанный урок дня.", en: "This is the day's first recorded lesson."))
        } catch {
            status = .error(error.message)
        }
        return .stay
    }

    private mutating func type(_ character: Character) {
        guard sheet != nil else { return }
        switch input.type(character) {
        case .code(let code):
            record(code)
        case .pending(let letters):
            status = .info(LocalizedText(ru: "Код: \(letters)…", en: "Code: \(letters)…"))
        case .unknown(let letters):
            let known = input.codes.joined(separator: ", ")
            status = .error(LocalizedText(ru: "«\(letters)» — нет такого кода посещаемости (есть: \(known)).",
                                          en: "\"\(letters)\" is not an attendance code (codes: \(known))."))
        }
    }

    private mutating func move(by delta: Int) {
        guard let sheet, !sheet.students.isEmpty else { return }
        selected = min(max(0, selected + delta), sheet.students.count - 1)
        status = nil
    }

    /// Records `code` (nil clears it) for the selected student, then moves down.
    private mutating func record(_ code: String?) {
        guard let sheet, sheet.students.indices.contains(selected) else { return }
        let student = sheet.students[selected]
        let seen = sheet.code(of: student.id)
        if code == nil, seen == nil { return }
        do {
            let saved = try journal.setAttendance(lessonID: lessonID, studentID: student.id, code: code, expecting: .some(seen), as: actor)
            self.sheet?.records[student.id] = saved
            status = nil
            if code != nil { move(by: 1) }
        } catch {
            refused(error)
        }
    }

    private mutating func markAllPresent() {
        do {
            let remaining = try journal.markAllPresent(lessonID: lessonID, as: actor)
            sheet?.lesson.attendanceTaken = true
            status = StatusMessage(LocalizedText(
                ru: "Остальные отмечены присутствующими; отметок: \(remaining.count).",
                en: "Everyone else is marked present; codes recorded: \(remaining.count)."), kind: .success)
        } catch {
            refused(error)
        }
    }

    /// Shows a refusal; a stale value reloads the sheet, a lasting refusal makes it read-only.
    private mutating func refused(_ refusal: Refusal) {
        let message = refusal.message
        if case .staleValue = refusal { reload() } else if Self.isLasting(refusal) { readOnlyReason = refusal }
        status = .error(message)
    }

    private mutating func reload() {
        do {
            sheet = try AttendanceSheet.load(journal: journal, lessonID: lessonID)
            input = AttendanceCodeInput(codes: sheet?.codes.map(\.code) ?? [])
            selected = min(selected, max(0, (sheet?.students.count ?? 1) - 1))
        } catch {
            status = .error(error.message)
        }
    }

    /// Refusals about who may act or when, which no other key on this sheet can change.
    static func isLasting(_ refusal: Refusal) -> Bool {
        switch refusal {
        case .staleValue, .invalidAttendanceCode, .studentNotInLesson, .invalidValue, .notFound, .duplicate, .storage: false
        default: true
        }
    }
}
