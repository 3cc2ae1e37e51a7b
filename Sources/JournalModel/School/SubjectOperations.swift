import GRDB

extension JournalSession {
    /// The school's subjects in Russian alphabetical order (every account reads them).
    public func subjects() throws(Refusal) -> [Subject] {
        let subjects = try read { db in
            try requireReadable(.schoolDay)
            return try Subject.filter(Column("state") == RecordState.active).fetchAll(db)
        }
        return RussianCollation.sorted(subjects, by: \.name)
    }

    /// Creates a subject. The name is required and unique (ignoring case and ё/е); an empty short
    /// name becomes the name's first four letters.
    @discardableResult
    public func createSubject(name: String, shortName: String, scale: MarkScale = .five) throws(Refusal) -> Subject {
        let name = name.trimmingCharacters(in: .whitespaces)
        let shortName = shortName.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            throw Refusal.invalidValue(LocalizedText(ru: "Нужно название предмета.", en: "A subject needs a name."))
        }
        guard shortName.count <= Subject.shortNameLimit else {
            throw Refusal.invalidValue(LocalizedText(ru: "Краткое название — не длиннее \(Subject.shortNameLimit) букв.",
                                                     en: "A short name has at most \(Subject.shortNameLimit) letters."))
        }
        return try perform { transaction in
            try transaction.require(.schoolStructure)
            let existing = try Subject.filter(Column("state") == RecordState.active).fetchAll(transaction.db)
            if existing.contains(where: { SearchKey.of($0.name) == SearchKey.of(name) }) {
                throw Refusal.duplicate(LocalizedText(ru: "Предмет «\(name)» уже есть.", en: "The subject \(name) already exists."))
            }
            let subject = Subject(id: transaction.newID(), name: name,
                                  shortName: shortName.isEmpty ? Subject.defaultShortName(of: name) : shortName, scale: scale)
            try transaction.writer.create(subject)
            return subject
        }
    }
}

extension Subject {
    /// The longest short name: it heads a gradebook's or a timetable's narrow column.
    public static let shortNameLimit = 8

    /// The short name a subject gets when none is given: the name's first four letters.
    static func defaultShortName(of name: String) -> String { String(name.prefix(4)) }
}

extension MarkScale {
    /// The scale as a person types it: `5`, `пятибалльная`, `оценки` or `зачёт`, `pass/fail`.
    public init?(typed text: String) {
        guard let scale = ImportValues.scale(text) else { return nil }
        self = scale
    }

    /// The scale's name: «пятибалльная» or «зачёт».
    public var title: LocalizedText {
        switch self {
        case .five: LocalizedText(ru: "пятибалльная", en: "five-point")
        case .passFail: LocalizedText(ru: "зачёт", en: "pass/fail")
        }
    }
}
