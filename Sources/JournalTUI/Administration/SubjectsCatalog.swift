import JournalModel

/// The school's subjects (предметы): name, short name, scale; F4 adds one.
public enum SubjectsCatalog: AdministrationCatalog {
    public static var title: LocalizedText { LocalizedText(ru: "Предметы", en: "Subjects") }
    public static var header: LocalizedText {
        LocalizedText(ru: "Предмет                             Кратко    Шкала", en: "Subject                             Short     Scale")
    }
    public static var empty: LocalizedText {
        LocalizedText(ru: "Предметов нет: добавьте их здесь или импортируйте (journal import subjects).",
                      en: "No subjects yet: add them here or import them (journal import subjects).")
    }
    public static var addHint: LocalizedText { LocalizedText(ru: "новый предмет", en: "new subject") }
    public static var formTitle: LocalizedText { LocalizedText(ru: "Новый предмет:", en: "New subject:") }
    public static var formFields: [(label: LocalizedText, input: TextField)] {
        [(LocalizedText(ru: "Название", en: "Name"), TextField(maxLength: 60)),
         (LocalizedText(ru: "Кратко", en: "Short name"), TextField(maxLength: Subject.shortNameLimit)),
         (LocalizedText(ru: "Шкала (5 или зачёт)", en: "Scale (5 or pass/fail)"), TextField(text: "5", maxLength: 20))]
    }

    public static func load(_ session: JournalSession) throws(Refusal) -> [Subject] { try session.subjects() }

    /// «Математика                          Мат       пятибалльная».
    public static func line(_ subject: Subject, language: Language) -> String {
        subject.name.prefix(columns: 35).padded(toColumns: 35) + " " + subject.shortName.padded(toColumns: 9) + " " + subject.scale.title.text(language)
    }

    public static func add(_ form: FormFields, _ session: JournalSession) throws(Refusal) -> LocalizedText {
        guard let scale = MarkScale(typed: form[2]) else {
            throw Refusal.invalidValue(LocalizedText(ru: "Шкала — «5» (пятибалльная) или «зачёт».", en: "The scale is \"5\" (five-point) or \"pass/fail\"."))
        }
        let subject = try session.createSubject(name: form[0], shortName: form[1], scale: scale)
        return LocalizedText(ru: "Добавлен предмет «\(subject.name)».", en: "Subject \(subject.name) added.")
    }
}
