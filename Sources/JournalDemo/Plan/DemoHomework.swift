/// Homework texts (домашнее задание) in the forms teachers write in journals.
public enum DemoHomework {
    /// The homework for the `lessonNumber`-th lesson (0-based) of the year, or nil when none is
    /// set: never in grade 1, rarely in PE, music and art. Paragraph and exercise numbers grow
    /// through the year, as they do in a textbook.
    public static func text(for subject: DemoSubject, grade: Int, lessonNumber: Int, using rng: inout DemoRandom) -> String? {
        guard grade >= 2 else { return nil }
        let n = max(0, lessonNumber)
        let paragraph = n / 2 + 1
        let exercise = n * 4 + rng.int(in: 1...6)
        let problem = n * 6 + rng.int(in: 1...8)
        let page = n * 2 + rng.int(in: 3...6)
        switch subject {
        case .russian:
            return rng.pick(from: grade <= 4
                ? ["Упр. \(exercise)", "С. \(page), упр. \(exercise)", "Выучить правило на с. \(page), упр. \(exercise)",
                   "Словарные слова на с. \(page)", "Упр. \(exercise), \(exercise + 2)"]
                : ["§ \(paragraph), упр. \(exercise)", "§ \(paragraph), выучить правило, упр. \(exercise)",
                   "Упр. \(exercise), \(exercise + 1)", "§ \(paragraph), упр. \(exercise) (по заданию)",
                   "Повторить § \(max(1, paragraph - 2))–\(paragraph), упр. \(exercise)"])
        case .literaryReading:
            return rng.pick(from: ["С. \(page)–\(page + 3), читать", "С. \(page), выразительное чтение",
                                   "Выучить стихотворение наизусть", "С. \(page), ответить на вопросы",
                                   "Пересказ текста на с. \(page)–\(page + 2)"])
        case .literature:
            return rng.pick(from: ["Прочитать с. \(page * 3)–\(page * 3 + 15)", "Выучить стихотворение наизусть",
                                   "Ответить на вопросы на с. \(page * 3)", "Сочинение-миниатюра по теме урока",
                                   "Подготовить пересказ эпизода", "Характеристика героя (письменно)"])
        case .mathematics where grade <= 4:
            return rng.pick(from: ["С. \(page), № \(rng.int(in: 1...5)), \(rng.int(in: 6...9))",
                                   "С. \(page), № \(rng.int(in: 1...4)), задача \(rng.int(in: 5...8))",
                                   "Выучить таблицу умножения на \(rng.int(in: 2...9))", "Рабочая тетрадь, с. \(page / 2 + 1)"])
        case .mathematics, .algebra, .geometry:
            return rng.pick(from: ["№ \(problem), \(problem + 2)", "№ \(problem), \(problem + 1), \(problem + 3)",
                                   "§ \(paragraph), № \(problem)", "№ \(problem) (а, б), \(problem + 2)",
                                   "§ \(paragraph), выучить определения, № \(problem)"])
        case .probability:
            return rng.pick(from: ["§ \(paragraph), № \(problem)", "№ \(problem), \(problem + 1)"])
        case .english:
            return rng.pick(from: grade <= 4
                ? ["Workbook p. \(page), ex. \(rng.int(in: 1...4))", "SB p. \(page), ex. \(rng.int(in: 1...6)) (читать)",
                   "Выучить слова на с. \(page)", "Workbook p. \(page), ex. 1, 2"]
                : ["Workbook p. \(page), ex. \(rng.int(in: 1...6))", "SB p. \(page), ex. \(rng.int(in: 1...8)) (письменно)",
                   "Выучить слова Unit \(n / 12 + 1)", "SB p. \(page), ex. \(rng.int(in: 1...8)), пересказ текста",
                   "Написать письмо другу (100–120 слов)"])
        case .physicalEducation, .music, .art:
            guard rng.chance(0.15) else { return nil }
            return rng.pick(from: ["Подготовить сообщение по теме урока", "Повторить правила по теме урока",
                                   "Закончить работу"])
        case .technology:
            guard rng.chance(0.3) else { return nil }
            return rng.pick(from: ["Подготовить материалы к уроку", "Закончить изделие", "Выбрать тему проекта"])
        case .surroundingWorld:
            return rng.pick(from: ["С. \(page)–\(page + 3), читать, отвечать на вопросы",
                                   "Рабочая тетрадь, с. \(page / 2 + 1)", "Подготовить сообщение о животном"])
        case .informatics:
            return rng.pick(from: ["§ \(paragraph), вопросы 1–\(rng.int(in: 3...6))", "§ \(paragraph), № \(rng.int(in: 1...10))",
                                   "Составить программу по заданию на с. \(page)"])
        case .physics, .chemistry:
            return rng.pick(from: ["§ \(paragraph), вопросы после параграфа", "§ \(paragraph), упр. \(paragraph + 1) (1, 2)",
                                   "§ \(paragraph), задачи \(rng.int(in: 1...5)), \(rng.int(in: 6...9))",
                                   "Оформить лабораторную работу"])
        default:
            return rng.pick(from: ["§ \(paragraph), вопросы 1–\(rng.int(in: 3...6))",
                                   "§ \(paragraph), ответить на вопросы после параграфа",
                                   "§ \(paragraph), выучить термины", "§ \(paragraph), подготовить сообщение",
                                   "§ \(paragraph), задание в рабочей тетради"])
        }
    }
}
