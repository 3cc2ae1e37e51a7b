import JournalModel

/// The class teacher's week: the class's students down, every recorded lesson of the week across
/// (grouped by day), codes in the cells, absences without a reason highlighted.
///
/// Typing a code on a cell asks the model to change that absence's reason (`changeAbsenceReason`);
/// the model decides who may change what: a class teacher only Н → Б/У/П, a subject teacher their
/// own lessons. Previous/next week keys move the date range; another key lets the user type any
/// range (`ДД.ММ.ГГГГ – ДД.ММ.ГГГГ`).
public struct ClassWeekScreen: Screen {
    public let classID: String
    public private(set) var from: SchoolDate
    public private(set) var to: SchoolDate
    public private(set) var week: ClassAttendance?
    /// The columns: the week's lessons the model lets the person see.
    public var lessons: [Lesson] { week?.lessons ?? [] }
    public private(set) var row = 0
    public private(set) var column = 0
    public private(set) var input = AttendanceCodeInput(codes: [])
    public private(set) var status: StatusMessage?
    /// The dates being typed, while the user chooses another range; nil otherwise.
    public private(set) var datesField: TextField?

    /// Opens the week (Monday to Sunday) containing `date` for a class.
    public init(session: JournalSession, classID: String, weekOf date: SchoolDate) {
        let monday = date.adding(days: 1 - date.weekday)
        self.init(session: session, classID: classID, from: monday, to: monday.adding(days: 6))
    }

    /// Opens any date range for a class.
    public init(session: JournalSession, classID: String, from: SchoolDate, to: SchoolDate) {
        self.classID = classID
        self.from = from
        self.to = to
        reload(session)
    }

    public var title: LocalizedText {
        let range = "\(from.russianText) – \(to.russianText)"
        let title = week?.schoolClass.title ?? ""
        return LocalizedText(ru: "Посещаемость \(title): \(range)", en: "Attendance of \(title): \(range)")
    }

    public var contexts: [ActionContext] { datesField != nil ? [.form, .edit] : [.week] }
    /// Letters are attendance codes.
    public var acceptsText: Bool { true }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
        if datesField != nil { return handleDates(input, session) }
        switch input {
        case .typed(let character):
            type(character, session)
        case .action(let action):
            self.input.reset()
            switch action {
            case .weekMoveDown: row = min(row + 1, max(0, (week?.students.count ?? 1) - 1))
            case .weekMoveUp: row = max(row - 1, 0)
            case .weekMoveRight: column = min(column + 1, max(0, lessons.count - 1))
            case .weekMoveLeft: column = max(column - 1, 0)
            case .weekPreviousWeek: shift(by: -7, session)
            case .weekNextWeek: shift(by: 7, session)
            case .weekChooseDates:
                datesField = TextField(text: DateRangeText.text(from: from, to: to), maxLength: 40)
                status = .info(LocalizedText(ru: "Даты: Enter — показать, Esc — отмена.", en: "Dates: Enter shows them, Esc cancels."))
            case .appBack: return .pop
            default: break
            }
        case .unbound:
            break
        case .tick:
            return .unchanged
        }
        return .stay
    }

    /// The lesson and the student under the cursor.
    public var selectedCell: (lesson: Lesson, student: Person)? {
        guard let week, lessons.indices.contains(column), week.students.indices.contains(row) else { return nil }
        return (lessons[column], week.students[row])
    }

    private mutating func type(_ character: Character, _ session: JournalSession) {
        switch input.type(character) {
        case .code(let code): changeReason(to: code, session)
        case .pending(let letters): status = .info(LocalizedText(ru: "Код: \(letters)…", en: "Code: \(letters)…"))
        case .unknown(let letters):
            status = .error(LocalizedText(ru: "«\(letters)» — нет такого кода посещаемости.", en: "\"\(letters)\" is not an attendance code."))
        }
    }

    private mutating func changeReason(to code: String, _ session: JournalSession) {
        guard let (lesson, student) = selectedCell else { return }
        guard let record = week?.attendance(lessonID: lesson.id, studentID: student.id) else {
            status = .error(LocalizedText(ru: "Здесь нет пропуска: причину можно указать только у отметки «Н».",
                                          en: "No absence here: a reason can only be given for an absence."))
            return
        }
        do {
            try session.changeAbsenceReason(attendanceID: record.id, to: code)
            reload(session)
            status = StatusMessage(LocalizedText(ru: "Причина пропуска: \(code).", en: "Reason of the absence: \(code)."), kind: .success)
        } catch {
            status = .error(error.message)
        }
    }

    /// Keys while the dates are typed: Enter shows the range, Esc leaves the week as it was, a
    /// wrong text stays in the field with the reason.
    private mutating func handleDates(_ input: ScreenInput, _ session: JournalSession) -> ScreenOutcome {
        switch input {
        case .typed(let character): datesField?.insert(character)
        case .action(.appBack):
            datesField = nil
            status = nil
        case .action(.formSubmit):
            switch DateRangeText.parse(datesField?.text ?? "") {
            case .range(let first, let last):
                datesField = nil
                from = first
                to = last
                reload(session)
            case .wrong(let message):
                status = .error(message)
            }
        case .action(let action): datesField?.apply(action)
        case .unbound:
            break
        case .tick:
            return .unchanged
        }
        return .stay
    }

    private mutating func shift(by days: Int, _ session: JournalSession) {
        from = from.adding(days: days)
        to = to.adding(days: days)
        reload(session)
    }

    private mutating func reload(_ session: JournalSession) {
        do {
            week = try session.classAttendance(classID: classID, from: from, to: to)
            input = AttendanceCodeInput(codes: week?.settings.attendanceCodes.map(\.code) ?? [])
            row = min(row, max(0, (week?.students.count ?? 1) - 1))
            column = min(column, max(0, lessons.count - 1))
            status = nil
        } catch {
            status = .error(error.message)
        }
    }
}
