import GRDB

/// The classes of the school year people are imported into (the year containing today, else the
/// next one), and the classes the files name that it does not have yet: created with the import.
struct ImportClasses {
    let year: SchoolYear
    private var byTitle: [String: SchoolClass]

    /// The year and its classes; nil when the journal has no school year yet.
    static func load(_ db: Database, today: SchoolDate) throws -> ImportClasses? {
        guard let year = try SchoolYear.fetchOne(db, sql: """
            SELECT * FROM school_year WHERE state = 'active'
            ORDER BY (starts_on <= ? AND ends_on >= ?) DESC, (starts_on > ?) DESC, starts_on LIMIT 1
            """, arguments: [today, today, today]) else { return nil }
        let classes = try SchoolClass.filter(Column("year_id") == year.id && Column("state") == RecordState.active).fetchAll(db)
        return ImportClasses(year: year, byTitle: Dictionary(classes.map { ($0.title, $0) }) { first, _ in first })
    }

    /// The problem of a file of people imported before any school year.
    static func noYear(_ file: ImportFile) -> ImportProblem {
        ImportProblem(file: file.name, line: nil, expected: LocalizedText(
            ru: "в журнале ещё нет учебного года: сначала импортируйте периоды (файл «периоды»).",
            en: "the journal has no school year yet: import the periods first (the \"periods\" file)."))
    }

    /// The class a row's `Класс` names, added to the plan when new; a problem when it names none.
    mutating func schoolClass(_ file: ImportFile, _ row: ImportTable.Row, _ plan: inout ImportPlan) -> SchoolClass? {
        guard let (grade, letter) = ImportValues.schoolClass(file.cell(row, .className)) else {
            plan.problems.append(file.problem(row, .className, LocalizedText(ru: "класс пишется как «5А» (параллель 1–11 и буква).",
                                                                             en: "a class is written as \"5А\" (grade 1–11 and a letter).")))
            return nil
        }
        if let known = byTitle["\(grade)\(letter)"] { return known }
        let created = SchoolClass(id: RecordID.make(), yearID: year.id, grade: grade, letter: letter)
        byTitle[created.title] = created
        plan.added.append(LocalizedText(ru: "класс \(created.title)", en: "class \(created.title)"))
        plan.writes.append { try $0.writer.create(created) }
        return created
    }

    /// The class a row's `Класс` names among the year's classes (a workload or a timetable row
    /// does not create one); a problem when it names none.
    func existingClass(_ file: ImportFile, _ row: ImportTable.Row, _ plan: inout ImportPlan) -> SchoolClass? {
        guard let (grade, letter) = ImportValues.schoolClass(file.cell(row, .className)) else {
            plan.problems.append(file.problem(row, .className, LocalizedText(ru: "класс пишется как «5А» (параллель 1–11 и буква).",
                                                                             en: "a class is written as \"5А\" (grade 1–11 and a letter).")))
            return nil
        }
        guard let known = byTitle["\(grade)\(letter)"] else {
            plan.problems.append(file.problem(row, .className, LocalizedText(
                ru: "такого класса нет в журнале (классы создаются импортом учеников).", en: "no such class in the journal (classes come with the students' import).")))
            return nil
        }
        return known
    }

    /// The year's class written as `5А`, `5 А`, `5-А`, if there is one.
    func named(_ text: String) -> SchoolClass? {
        ImportValues.schoolClass(text.trimmingCharacters(in: .whitespaces)).flatMap { byTitle["\($0.grade)\($0.letter)"] }
    }

    /// The class with this id, when it is one of the year's.
    func schoolClass(id: String) -> SchoolClass? { byTitle.values.first { $0.id == id } }

    /// The date a student added now is enrolled from: the year's first day before it starts, else today.
    func enrollmentStart(today: SchoolDate) -> SchoolDate { today < year.startsOn ? year.startsOn : min(today, year.endsOn) }
}
