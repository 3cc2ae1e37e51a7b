import JournalModel

extension ActionContext {
    /// What the screens using this context read as data; help lists it with the context's bindings.
    ///
    /// Written from the screens' `handle` and `claims`: the gradebook takes digits, `+`/`-` and the
    /// one-letter absence codes (from either layout); the attendance sheet, the class week and text
    /// fields type every character; the home screen turns Tab and Shift-Tab into the period.
    public var dataKeys: [DataKeys] {
        switch self {
        case .picker: [.periods]
        case .mark: [.marks, .passOrFail, .absenceLetters]
        case .attendance: [.attendanceCodes]
        case .week: [.absenceReasons]
        case .edit, .editor: [.text]
        default: []
        }
    }
}

extension DataKeys {
    /// Tab and Shift-Tab on the home screen.
    static let periods = DataKeys(
        label: LocalizedText(ru: "Tab, S-Tab", en: "Tab, S-Tab"),
        summary: LocalizedText(ru: "Следующий / предыдущий учебный период", en: "Next / previous term"),
        keys: [.tab, .backTab])

    /// Mark digits; the grid takes 1–9 (0 is left to keymaps: vim's first column) and the model
    /// refuses a mark off the school's scale.
    static let marks = DataKeys(
        label: LocalizedText(ru: "1–5", en: "1–5"),
        summary: LocalizedText(ru: "Поставить отметку", en: "Enter a mark"),
        keys: Set("123456789".map { Key.character($0) }))

    static let passOrFail = DataKeys(
        label: LocalizedText(ru: "+ -", en: "+ -"),
        summary: LocalizedText(ru: "Зачёт / незачёт", en: "Pass / fail"),
        keys: [.character("+"), .character("-")])

    /// The one-letter codes, which the grid takes as one key each, in either case and layout.
    static let absenceLetters: DataKeys = {
        let letters = AttendanceCode.defaults.map(\.code).filter { $0.count == 1 }
        let keys = letters.flatMap { code in
            [code.uppercased(), code.lowercased()].flatMap { typed -> [Key] in
                let letter = Character(typed)
                return [.character(letter)] + (KeyboardLayout.latin(forCyrillic: letter).map { [.character($0)] } ?? [])
            }
        }
        return DataKeys(label: codesLabel(letters),
                        summary: LocalizedText(ru: "Отметить отсутствие", en: "Mark an absence"),
                        keys: Set(keys))
    }()

    static let attendanceCodes = DataKeys(
        label: everyCode,
        summary: LocalizedText(ru: "Отметить отсутствие или опоздание", en: "Mark an absence or a late arrival"),
        keys: nil)

    static let absenceReasons = DataKeys(
        label: everyCode,
        summary: LocalizedText(ru: "Указать причину пропуска", en: "Give the reason of an absence"),
        keys: nil)

    static let text = DataKeys(
        label: LocalizedText(ru: "Буквы, цифры, знаки", en: "Letters, digits, signs"),
        summary: LocalizedText(ru: "Вводят текст", en: "Type text"),
        keys: nil)

    /// Every code, typed letter by letter (`ОП` as О then П).
    private static let everyCode = codesLabel(AttendanceCode.defaults.map(\.code))

    /// `Н/y Б/, У/e П/g ОП/jg`: each code with the Latin keys that type it.
    private static func codesLabel(_ codes: [String]) -> LocalizedText {
        let label = codes.map { code -> String in
            let latin = String(code.lowercased().compactMap { KeyboardLayout.latin(forCyrillic: $0) })
            return "\(code)/\(latin)"
        }.joined(separator: " ")
        return LocalizedText(ru: label, en: label)
    }
}
