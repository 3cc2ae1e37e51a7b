/// A kind of work (вид работы) a lesson or a mark is for, with its weight in the weighted average.
public enum DemoWorkKind: String, Sendable, Hashable, Codable, CaseIterable {
    case classwork
    case oralAnswer
    case homework
    case independentWork
    case checkWork
    case quiz
    case dictation
    case essay
    case laboratoryWork
    case practicalWork
    case testWork

    /// The name teachers use: «Контрольная работа».
    public var name: String {
        switch self {
        case .classwork: "Классная работа"
        case .oralAnswer: "Устный ответ"
        case .homework: "Домашняя работа"
        case .independentWork: "Самостоятельная работа"
        case .checkWork: "Проверочная работа"
        case .quiz: "Тест"
        case .dictation: "Диктант"
        case .essay: "Сочинение"
        case .laboratoryWork: "Лабораторная работа"
        case .practicalWork: "Практическая работа"
        case .testWork: "Контрольная работа"
        }
    }

    /// A short name for narrow columns.
    public var shortName: String {
        switch self {
        case .classwork: "Кл"
        case .oralAnswer: "Уст"
        case .homework: "ДЗ"
        case .independentWork: "С/р"
        case .checkWork: "П/р"
        case .quiz: "Тест"
        case .dictation: "Дикт"
        case .essay: "Соч"
        case .laboratoryWork: "Л/р"
        case .practicalWork: "Пр/р"
        case .testWork: "К/р"
        }
    }

    /// The typical weight: everyday work 1, short written work 2, контрольная 3.
    public var weight: Int {
        switch self {
        case .classwork, .oralAnswer, .homework: 1
        case .independentWork, .checkWork, .quiz, .laboratoryWork, .practicalWork: 2
        case .dictation, .essay, .testWork: 3
        }
    }

    /// The share of the class that gets a mark at such a lesson: everyone for written work.
    public var markedShare: Double {
        switch self {
        case .classwork: 0.25
        case .oralAnswer: 0.15
        case .homework: 0.2
        default: 0.95
        }
    }

    /// How often each kind is the main work of a lesson of `subject` (relative frequencies).
    public static func frequencies(for subject: DemoSubject) -> [(DemoWorkKind, Double)] {
        var result: [(DemoWorkKind, Double)] = [(.classwork, 60), (.oralAnswer, 10), (.homework, 6),
                                                (.independentWork, 7), (.checkWork, 5), (.testWork, 4)]
        switch subject {
        case .russian:
            result += [(.dictation, 6), (.essay, 1)]
        case .literature, .literaryReading:
            result += [(.essay, 4), (.quiz, 2)]
        case .physics, .chemistry, .biology:
            result += [(.laboratoryWork, 6), (.quiz, 3)]
        case .informatics, .technology, .geography, .art, .surroundingWorld:
            result += [(.practicalWork, 8), (.quiz, 2)]
        case .physicalEducation, .music:
            result = [(.classwork, 70), (.practicalWork, 10), (.quiz, 3)]
        case .english:
            result += [(.quiz, 4), (.dictation, 2)]
        default:
            result += [(.quiz, 3)]
        }
        return result
    }

    /// The main kind of work of one lesson of `subject`.
    public static func draw(for subject: DemoSubject, using rng: inout DemoRandom) -> DemoWorkKind {
        rng.weightedPick(from: frequencies(for: subject))
    }
}
