/// The rule of one stored text field: its name for messages, its size, whether it spans lines.
struct TextRule: Sendable {
    let field: LocalizedText
    let maxBytes: Int
    /// Newline and tab are allowed (homework); everywhere else a text is one line.
    let multiline: Bool

    /// Names of people and things (ФИО, subjects, classes, groups, periods, posts).
    static func name(_ ru: String, _ en: String) -> TextRule { TextRule(field: LocalizedText(ru: ru, en: en), maxBytes: 200, multiline: false) }
}

/// Every text the journal stores is checked here first [issue 11]: no control characters (C0
/// including NUL, DEL, C1; newline and tab only in homework), no characters that reorder text on
/// screen (bidirectional overrides, embeddings, isolates, which could make a log line read as
/// something else), and a size in bytes per field. A Swift string is valid UTF-8 by construction
/// (files are decoded, and undecodable bytes become U+FFFD, which is stored like any letter).
///
/// What is refused never reaches SQLite, so a stored text always equals what was logged: a NUL,
/// for one, would be logged whole and stored cut at it, and the record would disagree with its log
/// for good.
enum StoredText {
    /// Refuses a text the field does not take, naming the field.
    static func check(_ value: String, table: String, column: String) throws(Refusal) {
        let rule = rule(table: table, column: column)
        if let problem = problem(in: value, rule: rule) { throw Refusal.invalidText(field: rule.field, problem: problem) }
    }

    /// What is wrong with the text for a rule, if anything.
    static func problem(in text: String, rule: TextRule) -> TextProblem? {
        let bytes = text.utf8.count
        if bytes > rule.maxBytes { return .tooLong(limit: rule.maxBytes, bytes: bytes) }
        var position = 0
        for character in text {
            position += 1
            for scalar in character.unicodeScalars {
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) {
                    if rule.multiline && (value == 0x0A || value == 0x09 || value == 0x0D) { continue }
                    return .controlCharacter(scalar: value, position: position)
                }
                if isDirectionControl(value) { return .directionControl(scalar: value, position: position) }
            }
        }
        return nil
    }

    /// Bidirectional embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069). The plain
    /// marks (U+200E, U+200F, U+061C) only nudge neutral characters and are allowed.
    private static func isDirectionControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// The rule of a table's column: by column name, the same wherever the column appears.
    static func rule(table: String, column: String) -> TextRule {
        if table == Meta.tableName { return .name("Название школы", "School name") }
        return rules[column] ?? TextRule(field: LocalizedText(ru: "Текст (\(column))", en: "Text (\(column))"), maxBytes: 1_024, multiline: false)
    }

    private static let rules: [String: TextRule] = [
        "last_name": .name("Фамилия", "Last name"),
        "first_name": .name("Имя", "First name"),
        "patronymic": .name("Отчество", "Patronymic"),
        "position": .name("Должность", "Post"),
        "name": .name("Название", "Name"),
        "short_name": .name("Краткое название", "Short name"),
        "letter": .name("Буква класса", "Class letter"),
        "relation": .name("Кем приходится", "Relation"),
        "room": .name("Кабинет", "Room"),
        "phone": .name("Телефон", "Phone"),
        "email": TextRule(field: LocalizedText(ru: "Эл. почта", en: "E-mail"), maxBytes: 254, multiline: false),
        "number": .name("Номер темы", "Topic number"),
        "topic": TextRule(field: LocalizedText(ru: "Тема урока", en: "Lesson topic"), maxBytes: 2_048, multiline: false),
        "homework": TextRule(field: LocalizedText(ru: "Домашнее задание", en: "Homework"), maxBytes: 8_192, multiline: true),
        "comment": TextRule(field: LocalizedText(ru: "Комментарий к отметке", en: "Comment on the mark"), maxBytes: 1_024, multiline: false),
        "note": TextRule(field: LocalizedText(ru: "Примечание", en: "Note"), maxBytes: 2_048, multiline: false),
        // Settings are JSON the journal writes itself (escaping any control character): room for
        // a school's own kinds of work and codes.
        "value": TextRule(field: LocalizedText(ru: "Значение", en: "Value"), maxBytes: 16_384, multiline: false),
    ]
}
