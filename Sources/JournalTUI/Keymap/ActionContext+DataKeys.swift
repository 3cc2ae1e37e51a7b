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

extension ActionContext {
    /// The contexts whose data keys a screen of this context types (the gradebook's [grid] is
    /// consulted with [mark], whose digits and letters it types).
    var dataContexts: [ActionContext] { self == .grid ? [.grid, .mark] : [self] }

    /// Whether a key is typed as data where this context's bindings are consulted.
    func readsAsData(_ key: Key?) -> Bool {
        guard let key else { return false }
        return dataContexts.flatMap(\.dataKeys).contains { $0.contains(key) }
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

    /// The one-letter codes, which the grid takes as one key each, in either case and layout, and
    /// the Cyrillic first letter of a longer code (О of ОП), which waits for the next letter. (The
    /// Latin key of that letter, `j`, stays a movement key in the grid.)
    static let absenceLetters: DataKeys = {
        let codes = AttendanceCode.defaults.map(\.code)
        let letters = codes.filter { $0.count == 1 }
        let oneKey = letters.flatMap { code in
            [code.uppercased(), code.lowercased()].flatMap { typed -> [Key] in
                let letter = Character(typed)
                return [.character(letter)] + (KeyboardLayout.latin(forCyrillic: letter).map { [.character($0)] } ?? [])
            }
        }
        let longer = codes.filter { $0.count > 1 }
        let firstLetters = longer.compactMap(\.first).flatMap { [Key.character(Character($0.uppercased())), .character(Character($0.lowercased()))] }
        let label = codesLabel(letters).russian + (longer.isEmpty ? "" : " " + longer.joined(separator: " "))
        return DataKeys(label: LocalizedText(ru: label, en: label),
                        summary: LocalizedText(ru: "Отметить отсутствие или опоздание", en: "Mark an absence or a late arrival"),
                        keys: Set(oneKey + firstLetters))
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
