import JournalModel

/// The form for an extra lesson (a lesson outside the timetable) of one class and subject: its
/// date and slot. Saving records it through the model and opens its record; a typing mistake or
/// the model's refusal is shown, nothing is written and the typed text stays.
public struct ExtraLessonScreen: Screen {
    /// The fields, in Tab order.
    public enum Field: Sendable, Equatable {
        case date, slot
    }

    /// The class, subject and group the lesson is for.
    public let choice: GradebookChoice
    public private(set) var date: TextField
    public private(set) var slot = TextField(maxLength: 2)
    public private(set) var focus: Field = .date
    public private(set) var status: StatusMessage?
    /// Today, the form's first date and the example for a mistyped one.
    let today: SchoolDate

    /// The form for `choice`, dated today.
    public init(session: JournalSession, choice: GradebookChoice) {
        self.choice = choice
        today = session.today
        date = TextField(text: today.russianText, maxLength: 10)
    }

    public var title: LocalizedText { LocalizedText(ru: "Дополнительный урок", en: "Extra lesson") }
    public var contexts: [ActionContext] { [.form, .edit] }
    public var acceptsText: Bool { true }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
        switch input {
        case .typed(let character):
            edit { $0.insert(character) }
        case .action(.formNextField), .action(.formPreviousField):
            focus = focus == .date ? .slot : .date
        case .action(.formSubmit):
            return save(session)
        case .action(.appBack):
            return .pop
        case .action(let action):
            edit { $0.apply(action) }
        case .unbound:
            break
        case .tick:
            return .unchanged
        }
        return .stay
    }

    private mutating func edit(_ change: (inout TextField) -> Void) {
        switch focus {
        case .date: change(&date)
        case .slot: change(&slot)
        }
    }

    /// Records the lesson and opens its record, or says what is wrong and stays.
    private mutating func save(_ session: JournalSession) -> ScreenOutcome {
        guard let day = SchoolDate(russianText: date.text) else {
            focus = .date
            status = .error(TypedDate.notADate(date.text, example: today))
            return .stay
        }
        guard !slot.text.isEmpty, slot.text.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(slot.text) else {
            focus = .slot
            status = .error(LocalizedText(ru: "Номер урока — число, например 5.", en: "The lesson number is a number, e.g. 5."))
            return .stay
        }
        do {
            let lesson = try session.createLesson(classID: choice.classID, subjectID: choice.subjectID, subgroupID: choice.subgroupID,
                                                  on: day, slot: number)
            return .replace(LessonEditorScreen(session: session, lessonID: lesson.id))
        } catch {
            status = .error(error.message)
            return .stay
        }
    }

    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        let x = rect.x + 1
        let width = rect.width - 2
        var lessonOf = "\(choice.classTitle), \(choice.subjectName)"
        if let group = choice.subgroupName { lessonOf += " · \(group)" }
        buffer.put(text: LocalizedText(ru: "Урок не по расписанию: \(lessonOf)", en: "A lesson outside the timetable: \(lessonOf)").text(language),
                   x: x, y: rect.y, style: Style(bold: true), maxWidth: width)
        let labels: [(Field, LocalizedText, TextField)] = [
            (.date, LocalizedText(ru: "Дата (ДД.ММ.ГГГГ):", en: "Date (DD.MM.YYYY):"), date),
            (.slot, LocalizedText(ru: "Номер урока:", en: "Lesson number:"), slot),
        ]
        for (row, (field, label, text)) in labels.enumerated() {
            let y = rect.y + 2 + row * 2
            let focused = field == focus
            buffer.put(text: (focused ? "> " : "  ") + label.text(language), x: x, y: y, style: focused ? Style(bold: true) : .plain, maxWidth: 22)
            TextFieldView(field: text, isFocused: focused).draw(into: &buffer, in: Rect(x: x + 22, y: y, width: 14, height: 1))
        }
        let note = LocalizedText(ru: "Урок записывается от вашего имени; после сохранения откроется его запись.",
                                 en: "The lesson is recorded in your name; its record opens once it is saved.")
        buffer.put(text: note.text(language), x: x, y: rect.y + 7, style: .role(.hint), maxWidth: width)
        let hints = [
            context.hint(.formSubmit, LocalizedText(ru: "сохранить", en: "save")),
            context.hint(.formNextField, LocalizedText(ru: "следующее поле", en: "next field")),
            context.hint(.appBack, LocalizedText(ru: "отмена", en: "cancel")),
        ].compactMap { $0 }
        buffer.put(text: hints.joined(separator: "  "), x: x, y: rect.maxY - 1, style: .role(.hint), maxWidth: width)
    }
}
