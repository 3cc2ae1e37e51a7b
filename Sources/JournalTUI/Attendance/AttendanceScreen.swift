import JournalModel

/// The attendance sheet of one lesson: a key per code, "everyone present", clearing a code.
///
/// Every change goes through the model with the code the user saw (`expecting:`), so an edit made
/// meanwhile in another session is refused instead of overwritten. When the model refuses for a
/// reason that will not go away (not this teacher's lesson, a closed period, the edit window),
/// the sheet turns read-only and says why.
public struct AttendanceScreen: Screen {
    public let lessonID: String
    public private(set) var sheet: AttendanceSheet?
    public private(set) var selected = 0
    public private(set) var input: AttendanceCodeInput
    /// Why the sheet cannot be changed, once the model said so.
    public private(set) var readOnlyReason: Refusal?
    public private(set) var status: StatusMessage?

    /// Opens the attendance of a recorded lesson; the model says up front whether the person may
    /// take the register, so a sheet they may not change looks read-only at once.
    public init(session: JournalSession, lessonID: String) {
        self.lessonID = lessonID
        input = AttendanceCodeInput(codes: [])
        reload(session)
        readOnlyReason = sheet?.refusal
        if let readOnlyReason { status = .info(readOnlyReason.message) }
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
        guard let session = environment.session else { return .stay }
        switch input {
        case .typed(let character):
            type(character, session)
        case .action(let action):
            self.input.reset()
            return perform(action, session)
        case .unbound:
            break
        case .tick:
            return .unchanged
        }
        return .stay
    }

    // MARK: - Reducer

    private mutating func perform(_ action: Action, _ session: JournalSession) -> ScreenOutcome {
        switch action {
        case .attendanceMoveDown: move(by: 1)
        case .attendanceMoveUp: move(by: -1)
        case .attendanceMarkAllPresent: markAllPresent(session)
        case .attendanceClear: record(nil, session)
        case .attendanceNextLesson: return neighbour(1, session)
        case .attendancePreviousLesson: return neighbour(-1, session)
        case .attendanceOpenLesson:
            return .push(LessonEditorScreen(session: session, lessonID: lessonID))
        case .attendanceOpenGradebook:
            return openGradebook(session)
        case .appBack:
            return .pop
        default: break
        }
        return .stay
    }

    /// The gradebook of this lesson, on its column (attendance taken, now the marks), in this
    /// sheet's place: Esc there goes back where Esc here would.
    private mutating func openGradebook(_ session: JournalSession) -> ScreenOutcome {
        guard let lesson = sheet?.lesson else { return .stay }
        do {
            let choice = try session.gradebookChoice(forLesson: lesson)
            let periods = try session.periods(ofYearContaining: lesson.onDate)
            guard let choice, let period = Period.defaultPeriod(among: periods, on: lesson.onDate) else {
                status = .info(LocalizedText(ru: "Журнал этого урока вам не открыт.", en: "This lesson's gradebook is not open to you."))
                return .stay
            }
            return .replace(try GridScreen(session: session, choice: choice, period: period, focusing: lesson.id))
        } catch {
            status = .error(error.message)
            return .stay
        }
    }

    /// The sheet of the teacher's next (or previous) recorded lesson of the same day, if any.
    private mutating func neighbour(_ step: Int, _ session: JournalSession) -> ScreenOutcome {
        guard let sheet, let personID = session.personID else { return .stay }
        do {
            let day = try session.lessons(forTeacher: personID, on: sheet.lesson.onDate).compactMap(\.lesson)
            if let index = day.firstIndex(where: { $0.id == lessonID }), day.indices.contains(index + step) {
                return .replace(AttendanceScreen(session: session, lessonID: day[index + step].id))
            }
            status = .info(step > 0 ? LocalizedText(ru: "Это последний записанный урок дня.", en: "This is the day's last recorded lesson.")
                                    : LocalizedText(ru: "Это первый записанный урок дня.", en: "This is the day's first recorded lesson."))
        } catch {
            status = .error(error.message)
        }
        return .stay
    }

    private mutating func type(_ character: Character, _ session: JournalSession) {
        guard sheet != nil else { return }
        switch input.type(character) {
        case .code(let code):
            record(code, session)
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
    private mutating func record(_ code: String?, _ session: JournalSession) {
        guard let sheet, sheet.students.indices.contains(selected) else { return }
        let student = sheet.students[selected]
        let seen = sheet.code(of: student.id)
        if code == nil, seen == nil { return }
        do {
            let saved = try session.setAttendance(lessonID: lessonID, studentID: student.id, code: code, expecting: .some(seen))
            self.sheet?.records[student.id] = saved
            status = nil
            if code != nil { move(by: 1) }
        } catch {
            refused(error, session)
        }
    }

    private mutating func markAllPresent(_ session: JournalSession) {
        do {
            let remaining = try session.markAllPresent(lessonID: lessonID)
            sheet?.lesson.attendanceTaken = true
            status = StatusMessage(LocalizedText(
                ru: "Остальные отмечены присутствующими; отметок: \(remaining.count).",
                en: "Everyone else is marked present; codes recorded: \(remaining.count)."), kind: .success)
        } catch {
            refused(error, session)
        }
    }

    /// Shows a refusal; a stale value reloads the sheet, a lasting refusal makes it read-only.
    private mutating func refused(_ refusal: Refusal, _ session: JournalSession) {
        let message = refusal.message
        if case .staleValue = refusal { reload(session) } else if refusal.isLasting { readOnlyReason = refusal }
        status = .error(message)
    }

    private mutating func reload(_ session: JournalSession) {
        do {
            sheet = try session.attendanceSheet(lessonID: lessonID)
            input = AttendanceCodeInput(codes: sheet?.codes.map(\.code) ?? [])
            selected = min(selected, max(0, (sheet?.students.count ?? 1) - 1))
        } catch {
            status = .error(error.message)
        }
    }
}
