/// Kinds of work (виды работ) a lesson or a mark can be, with their default weights.
///
/// Schools may add their own kinds in the weights setting; these are the built-in ones.
public enum WorkKind {
    public static let classwork = "classwork"
    public static let independent = "independent"
    public static let test = "test"
    public static let finalTest = "final_test"
    public static let dictation = "dictation"
    public static let essay = "essay"
    public static let laboratory = "laboratory"
    public static let practical = "practical"
    public static let quiz = "quiz"
    public static let oral = "oral"
    public static let homework = "homework"

    /// Built-in kinds with their names and default weights, in the order menus list them.
    public static let builtIn: [(key: String, title: LocalizedText, weight: Double)] = [
        (classwork, LocalizedText(ru: "Работа на уроке", en: "Classwork"), 1),
        (oral, LocalizedText(ru: "Устный ответ", en: "Oral answer"), 1),
        (homework, LocalizedText(ru: "Домашняя работа", en: "Homework"), 1),
        (independent, LocalizedText(ru: "Самостоятельная работа", en: "Independent work"), 1.5),
        (quiz, LocalizedText(ru: "Проверочная работа", en: "Quiz"), 1.5),
        (laboratory, LocalizedText(ru: "Лабораторная работа", en: "Laboratory work"), 1.5),
        (practical, LocalizedText(ru: "Практическая работа", en: "Practical work"), 1.5),
        (dictation, LocalizedText(ru: "Диктант", en: "Dictation"), 2),
        (essay, LocalizedText(ru: "Сочинение", en: "Essay"), 2),
        (test, LocalizedText(ru: "Контрольная работа", en: "Test"), 2),
        (finalTest, LocalizedText(ru: "Итоговая контрольная работа", en: "Final test"), 3),
    ]

    /// The name of a kind of work, or its key when it is a school's own kind.
    public static func title(of key: String) -> LocalizedText {
        builtIn.first { $0.key == key }?.title ?? LocalizedText(ru: key, en: key)
    }
}

extension WorkKind {
    /// A short name for a narrow gradebook column header (`КР` for a test), at most three letters.
    public static func shortTitle(of key: String) -> LocalizedText {
        switch key {
        case classwork: LocalizedText(ru: "РУ", en: "CW")
        case oral: LocalizedText(ru: "УО", en: "OA")
        case homework: LocalizedText(ru: "ДЗ", en: "HW")
        case independent: LocalizedText(ru: "СР", en: "IW")
        case quiz: LocalizedText(ru: "ПрР", en: "QZ")
        case laboratory: LocalizedText(ru: "ЛР", en: "LW")
        case practical: LocalizedText(ru: "ПР", en: "PW")
        case dictation: LocalizedText(ru: "Дик", en: "Dic")
        case essay: LocalizedText(ru: "Соч", en: "Ess")
        case test: LocalizedText(ru: "КР", en: "T")
        case finalTest: LocalizedText(ru: "ИКР", en: "FT")
        default: LocalizedText(ru: String(key.prefix(3)), en: String(key.prefix(3)))
        }
    }
}
