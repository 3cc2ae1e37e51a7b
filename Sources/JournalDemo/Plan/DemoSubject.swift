/// A school subject as Russian schools name it in the journal.
public enum DemoSubject: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case russian
    case literaryReading
    case literature
    case english
    case mathematics
    case algebra
    case geometry
    case probability
    case informatics
    case surroundingWorld
    case history
    case socialStudies
    case geography
    case biology
    case physics
    case chemistry
    case music
    case art
    case technology
    case physicalEducation
    case lifeSafety
    case religiousCultures
    case spiritualMoralCulture
    case individualProject

    /// The full name shown in the journal: «Русский язык».
    public var name: String {
        switch self {
        case .russian: "Русский язык"
        case .literaryReading: "Литературное чтение"
        case .literature: "Литература"
        case .english: "Английский язык"
        case .mathematics: "Математика"
        case .algebra: "Алгебра"
        case .geometry: "Геометрия"
        case .probability: "Вероятность и статистика"
        case .informatics: "Информатика"
        case .surroundingWorld: "Окружающий мир"
        case .history: "История"
        case .socialStudies: "Обществознание"
        case .geography: "География"
        case .biology: "Биология"
        case .physics: "Физика"
        case .chemistry: "Химия"
        case .music: "Музыка"
        case .art: "Изобразительное искусство"
        case .technology: "Труд (технология)"
        case .physicalEducation: "Физическая культура"
        case .lifeSafety: "Основы безопасности и защиты Родины"
        case .religiousCultures: "Основы религиозных культур и светской этики"
        case .spiritualMoralCulture: "Основы духовно-нравственной культуры народов России"
        case .individualProject: "Индивидуальный проект"
        }
    }

    /// A short name for narrow columns: «Рус», «Алг».
    public var shortName: String {
        switch self {
        case .russian: "Рус"
        case .literaryReading: "ЛитЧт"
        case .literature: "Лит"
        case .english: "Англ"
        case .mathematics: "Мат"
        case .algebra: "Алг"
        case .geometry: "Геом"
        case .probability: "ВиС"
        case .informatics: "Инф"
        case .surroundingWorld: "ОкрМ"
        case .history: "Ист"
        case .socialStudies: "Общ"
        case .geography: "Геог"
        case .biology: "Биол"
        case .physics: "Физ"
        case .chemistry: "Хим"
        case .music: "Муз"
        case .art: "ИЗО"
        case .technology: "Труд"
        case .physicalEducation: "Физк"
        case .lifeSafety: "ОБЗР"
        case .religiousCultures: "ОРКСЭ"
        case .spiritualMoralCulture: "ОДНКНР"
        case .individualProject: "ИП"
        }
    }

    /// How the class is split for this subject in a given grade.
    public func split(inGrade grade: Int) -> DemoSplit {
        switch self {
        case .english: grade >= 2 ? .halves : .none
        case .informatics: .halves
        case .technology: grade >= 5 ? .bySex : .none
        default: .none
        }
    }

    /// How the subject is assessed; grade 1 has no marks at all (see `DemoCurriculum.hasMarks`).
    public var scale: DemoGradingScale {
        switch self {
        case .religiousCultures, .spiritualMoralCulture: .passFail
        default: .fivePoint
        }
    }

    /// The teacher's specialty that teaches this subject from grade 5 up.
    public var specialty: DemoSpecialty {
        switch self {
        case .russian, .literature, .literaryReading: .russianAndLiterature
        case .english: .english
        case .mathematics, .algebra, .geometry, .probability: .mathematics
        case .informatics: .informatics
        case .history, .socialStudies, .religiousCultures, .spiritualMoralCulture: .history
        case .geography: .geography
        case .biology, .surroundingWorld: .biology
        case .physics, .individualProject: .physics
        case .chemistry: .chemistry
        case .music: .music
        case .art: .art
        case .technology: .technology
        case .physicalEducation: .physicalEducation
        case .lifeSafety: .lifeSafety
        }
    }

    public static func < (lhs: DemoSubject, rhs: DemoSubject) -> Bool {
        lhs.order < rhs.order
    }

    /// Position in the curriculum's order, the order journals list subjects in.
    public var order: Int { DemoSubject.allCases.firstIndex(of: self) ?? 0 }
}

/// How a class divides into groups (подгруппы) for a subject.
public enum DemoSplit: String, Sendable, Hashable, Codable {
    /// The whole class together.
    case none
    /// Two groups by the class list, first half and second half (languages, informatics).
    case halves
    /// Boys in group 1, girls in group 2 (Труд).
    case bySex

    /// True when the class is taught in two groups at once.
    public var isSplit: Bool { self != .none }

    /// The group's name in journal headers: «1 группа», or «Мальчики» / «Девочки» for Труд.
    public func groupName(_ group: Int) -> String {
        switch self {
        case .bySex: group == 1 ? "Мальчики" : "Девочки"
        default: "\(group) группа"
        }
    }
}

/// The assessment scale a subject uses.
public enum DemoGradingScale: String, Sendable, Hashable, Codable {
    /// Marks 5, 4, 3, 2 (and a rare 1).
    case fivePoint
    /// Зачёт / незачёт.
    case passFail
}

/// A teacher's specialty, the set of subjects one teacher normally covers.
public enum DemoSpecialty: String, Sendable, Hashable, Codable, CaseIterable {
    case primary
    case russianAndLiterature
    case english
    case mathematics
    case informatics
    case history
    case geography
    case biology
    case physics
    case chemistry
    case music
    case art
    case technology
    case physicalEducation
    case lifeSafety

    /// «Учитель начальных классов», «Учитель математики», …
    public var title: String {
        switch self {
        case .primary: "Учитель начальных классов"
        case .russianAndLiterature: "Учитель русского языка и литературы"
        case .english: "Учитель английского языка"
        case .mathematics: "Учитель математики"
        case .informatics: "Учитель информатики"
        case .history: "Учитель истории и обществознания"
        case .geography: "Учитель географии"
        case .biology: "Учитель биологии"
        case .physics: "Учитель физики"
        case .chemistry: "Учитель химии"
        case .music: "Учитель музыки"
        case .art: "Учитель изобразительного искусства"
        case .technology: "Учитель труда (технологии)"
        case .physicalEducation: "Учитель физической культуры"
        case .lifeSafety: "Преподаватель-организатор ОБЗР"
        }
    }

    /// The share of men among teachers of this specialty, roughly as in Russian schools.
    var maleShare: Double {
        switch self {
        case .physicalEducation, .lifeSafety: 0.7
        case .informatics, .physics: 0.4
        case .history, .technology: 0.3
        case .primary: 0.03
        default: 0.1
        }
    }
}
