/// The rule of each text column people write into, by table and column (see `Schema`).
///
/// The sizes are in UTF-8 bytes, what SQLite stores: a Cyrillic letter takes 2, an emoji 4, a
/// family emoji joined with ZWJ 18 or more. Each is well above any real entry and well below
/// what would slow a screen or swell the log:
/// - names of people, years, periods, subjects, groups, relations and positions: 200 bytes,
///   about 100 Cyrillic letters (the longest Russian surnames and subject names are under 40);
/// - a lesson's or a plan's topic: 2 KiB, four times the 500 characters the lesson editor
///   allows (`LessonChange.topicLimit`) in Cyrillic, twice in emoji;
/// - homework: 8 KiB for 2,000 characters (`LessonChange.homeworkLimit`), the only field of
///   several lines: an assignment is a list (numbers, pages, «прочитать…», «выучить…»);
/// - a mark's comment and a movement's note: 1 KiB, one line. A comment belongs to one cell of
///   the grid and a note («Приказ № 45-у от 12.09.2026, переезд») to one row of a list: each is
///   shown on the line of what it explains, where a line break would break the row, and a few
///   sentences are enough;
/// - a class letter: 32 bytes (the model allows 3 characters; letters with marks fit);
/// - a plan's topic number («1.2», «15–16») and a room («Спортзал (малый)»): 100 bytes;
/// - a phone: 100 bytes (two numbers with an extension); an e-mail: 254 bytes, the longest
///   address SMTP carries (RFC 5321);
/// - a bell time («08:30»): 16 bytes;
/// - a setting's value, JSON written by the program on one line (`JournalSettings.json(for:)`):
///   16 KiB, room for many kinds of work and attendance codes; today's are under 1 KiB.
extension StoredText {
    static let rules: [String: [String: TextRule]] = [
        "school_year": ["name": name(ru: "Название учебного года", en: "School year name")],
        "period": ["name": name(ru: "Название периода", en: "Period name")],
        "person": [
            "last_name": name(ru: "Фамилия", en: "Last name"),
            "first_name": name(ru: "Имя", en: "First name"),
            "patronymic": name(ru: "Отчество", en: "Patronymic"),
            "position": name(ru: "Должность", en: "Position"),
            "phone": TextRule(LocalizedText(ru: "Телефон", en: "Phone"), byteLimit: 100),
            "email": TextRule(LocalizedText(ru: "Электронная почта", en: "E-mail"), byteLimit: 254),
        ],
        "school_class": ["letter": TextRule(LocalizedText(ru: "Буква класса", en: "Class letter"), byteLimit: 32)],
        "subject": [
            "name": name(ru: "Название предмета", en: "Subject name"),
            "short_name": name(ru: "Краткое название предмета", en: "Subject short name"),
        ],
        "subgroup": ["name": name(ru: "Название группы", en: "Group name")],
        "movement": ["note": TextRule(LocalizedText(ru: "Примечание к движению", en: "Movement note"), byteLimit: 1024)],
        "guardian": ["relation": name(ru: "Кем приходится", en: "Relation")],
        "bell": [
            "starts_at": TextRule(LocalizedText(ru: "Начало урока", en: "Lesson start"), byteLimit: 16),
            "ends_at": TextRule(LocalizedText(ru: "Конец урока", en: "Lesson end"), byteLimit: 16),
        ],
        "timetable_entry": ["room": TextRule(LocalizedText(ru: "Кабинет", en: "Room"), byteLimit: 100)],
        "lesson": [
            "topic": topic,
            "homework": TextRule(LocalizedText(ru: "Домашнее задание", en: "Homework"), byteLimit: 8 * 1024, isMultiline: true),
        ],
        "mark": ["comment": TextRule(LocalizedText(ru: "Комментарий к отметке", en: "Comment on the mark"), byteLimit: 1024)],
        "setting": ["value": TextRule(LocalizedText(ru: "Значение настройки", en: "Setting value"), byteLimit: 16 * 1024)],
        "plan_topic": [
            "number": TextRule(LocalizedText(ru: "Номер темы", en: "Topic number"), byteLimit: 100),
            "topic": topic,
        ],
    ]

    /// A lesson's topic, the same in a lesson and in a plan: a plan's topic becomes a lesson's.
    static let topic = TextRule(LocalizedText(ru: "Тема урока", en: "Lesson topic"), byteLimit: 2 * 1024)

    /// A name of one line, 200 bytes.
    private static func name(ru: String, en: String) -> TextRule {
        TextRule(LocalizedText(ru: ru, en: en), byteLimit: 200)
    }
}
