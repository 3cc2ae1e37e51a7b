import JournalModel

/// The form of a student's movement on the class list: an arrival (a new student), a transfer to
/// another class, or a departure from the school. It reads its fields and makes the one model call;
/// what it cannot read it reports, naming the field, and the model's refusals come back as they are.
public struct MovementForm: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case arrival
        /// Of this student.
        case transfer(Person)
        case departure(Person)
    }

    public let kind: Kind
    public private(set) var fields: FormFields

    /// An empty form of `kind`, its date today.
    public init(_ kind: Kind, today: SchoolDate) {
        self.kind = kind
        let date = TextField(text: today.russianText, maxLength: 10)
        let note = TextField(maxLength: 120)
        switch kind {
        case .arrival:
            fields = FormFields([
                (LocalizedText(ru: "Фамилия", en: "Last name"), TextField(maxLength: 40)),
                (LocalizedText(ru: "Имя", en: "First name"), TextField(maxLength: 40)),
                (LocalizedText(ru: "Отчество", en: "Patronymic"), TextField(maxLength: 40)),
                (LocalizedText(ru: "Дата рождения", en: "Birth date"), TextField(maxLength: 10)),
                (LocalizedText(ru: "Дата прибытия", en: "Arrival date"), date),
                (LocalizedText(ru: "Откуда, основание", en: "From where, grounds"), note),
            ])
        case .transfer:
            fields = FormFields([
                (LocalizedText(ru: "В класс", en: "To class"), TextField(maxLength: 6)),
                (LocalizedText(ru: "С даты", en: "From"), date),
                (LocalizedText(ru: "Основание", en: "Grounds"), note),
            ])
        case .departure:
            fields = FormFields([
                (LocalizedText(ru: "Последний день", en: "Last day"), date),
                (LocalizedText(ru: "Куда, основание", en: "Where to, grounds"), note),
            ])
        }
    }

    /// The form's heading.
    public var heading: LocalizedText {
        switch kind {
        case .arrival: LocalizedText(ru: "Прибытие ученика", en: "A student arrives")
        case .transfer(let student): LocalizedText(ru: "Перевод: \(student.fullName)", en: "Transfer: \(student.fullName)")
        case .departure(let student): LocalizedText(ru: "Выбытие: \(student.fullName)", en: "Departure: \(student.fullName)")
        }
    }

    /// Typing and moving between fields.
    public mutating func handle(_ input: ScreenInput) -> Bool { fields.handle(input) }

    /// Records the movement in `schoolClass` through the model; on a mistake puts the cursor in
    /// the field concerned and throws the message. Returns what to tell the administrator.
    public mutating func submit(in schoolClass: ClassSummary, classes: [ClassSummary], today: SchoolDate,
                                _ session: JournalSession) throws(Refusal) -> LocalizedText {
        switch kind {
        case .arrival:
            let birth = try optionalDate(3, today: today)
            let date = try date(4, today: today)
            let student = Person(kind: .student, lastName: fields[0], firstName: fields[1], patronymic: fields[2], birthDate: birth)
            do {
                try session.enrollStudent(student, classID: schoolClass.id, on: date, note: fields[5])
            } catch {
                if fields[0].isEmpty || fields[1].isEmpty { fields.focus(on: fields[0].isEmpty ? 0 : 1) }
                throw error
            }
            return LocalizedText(ru: "\(student.fullName) прибыл(а) в \(schoolClass.title) с \(date.russianText).",
                                 en: "\(student.fullName) joins \(schoolClass.title) from \(date.russianText).")
        case .transfer(let student):
            guard let target = classes.named(fields[0]) else {
                fields.focus(on: 0)
                throw Refusal.invalidValue(LocalizedText(ru: "«\(fields[0])» — нет такого класса. Введите класс, например 5Б.",
                                                         en: "\"\(fields[0])\" is not a class. Type one, e.g. 5Б."))
            }
            let date = try date(1, today: today)
            try session.transferStudent(student.id, toClassID: target.id, on: date, note: fields[2])
            return LocalizedText(ru: "\(student.fullName) переведён(а) в \(target.title) с \(date.russianText).",
                                 en: "\(student.fullName) moves to \(target.title) from \(date.russianText).")
        case .departure(let student):
            let date = try date(0, today: today)
            try session.withdrawStudent(student.id, on: date, note: fields[1])
            return LocalizedText(ru: "\(student.fullName) выбыл(а): последний день \(date.russianText).",
                                 en: "\(student.fullName) leaves; the last day is \(date.russianText).")
        }
    }

    private mutating func date(_ index: Int, today: SchoolDate) throws(Refusal) -> SchoolDate {
        guard let date = SchoolDate(russianText: fields[index]) else {
            fields.focus(on: index)
            throw Refusal.invalidValue(TypedDate.notADate(fields[index], example: today))
        }
        return date
    }

    private mutating func optionalDate(_ index: Int, today: SchoolDate) throws(Refusal) -> SchoolDate? {
        fields[index].isEmpty ? nil : try date(index, today: today)
    }
}
