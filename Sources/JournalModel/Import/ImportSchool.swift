import GRDB

/// The school as a workload or timetable row names it: a teacher by full name or «Иванова М. П.»,
/// a subject by name or short name, a class of the year, a group of the class in the subject.
struct ImportSchool {
    var classes: ImportClasses
    private let teachers: [String: [Person]]
    private let subjects: [String: Subject]
    private var subgroups: [String: Subgroup]

    static func load(_ db: Database, today: SchoolDate) throws -> ImportSchool? {
        guard let classes = try ImportClasses.load(db, today: today) else { return nil }
        var teachers: [String: [Person]] = [:]
        for person in try Person.filter(Column("kind") == PersonKind.staff && Column("state") == RecordState.active).fetchAll(db) {
            for key in Set([ImportColumn.normalized(person.fullName), ImportColumn.normalized(person.shortName)]) { teachers[key, default: []].append(person) }
        }
        var subjects: [String: Subject] = [:]
        for subject in try Subject.filter(Column("state") == RecordState.active).fetchAll(db) {
            subjects[ImportColumn.normalized(subject.shortName)] = subjects[ImportColumn.normalized(subject.shortName)] ?? subject
            subjects[ImportColumn.normalized(subject.name)] = subject
        }
        let groups = try Subgroup.filter(Column("state") == RecordState.active).fetchAll(db)
        return ImportSchool(classes: classes, teachers: teachers, subjects: subjects,
                            subgroups: Dictionary(groups.map { (key($0.classID, $0.subjectID, $0.name), $0) }) { first, _ in first })
    }

    private static func key(_ classID: String, _ subjectID: String, _ name: String) -> String {
        "\(classID)/\(subjectID)/\(ImportColumn.normalized(name))"
    }

    /// The member of staff a row's `Учитель` names; a problem when it names nobody or several.
    func teacher(_ file: ImportFile, _ row: ImportTable.Row, _ plan: inout ImportPlan) -> Person? {
        let found = staff(named: file.cell(row, .teacher))
        guard found.count == 1 else {
            plan.problems.append(file.problem(row, .teacher, found.isEmpty
                ? LocalizedText(ru: "такого сотрудника нет в журнале (сначала импортируйте сотрудников).",
                                en: "no such member of staff in the journal (import the staff first).")
                : LocalizedText(ru: "так зовут нескольких сотрудников: напишите ФИО полностью.",
                                en: "several members of staff have this name: write the full name.")))
            return nil
        }
        return found[0]
    }

    /// The subject a row's `Предмет` names; a problem when it names none.
    func subject(_ file: ImportFile, _ row: ImportTable.Row, _ plan: inout ImportPlan) -> Subject? {
        guard let subject = subject(named: file.cell(row, .subject)) else {
            plan.problems.append(file.problem(row, .subject, LocalizedText(ru: "такого предмета нет в журнале (сначала импортируйте предметы).",
                                                                           en: "no such subject in the journal (import the subjects first).")))
            return nil
        }
        return subject
    }

    /// The group a row's `Группа` names in the class and subject: none when the cell is blank;
    /// when `creating`, a group the journal lacks is added to the plan, else it is a problem.
    mutating func subgroup(_ file: ImportFile, _ row: ImportTable.Row, classID: String, subjectID: String, creating: Bool,
                           _ plan: inout ImportPlan) -> Subgroup?? {
        let name = file.cell(row, .group)
        guard !name.isEmpty else { return .some(nil) }
        if let known = subgroup(named: name, classID: classID, subjectID: subjectID) { return .some(known) }
        guard creating else {
            plan.problems.append(file.problem(row, .group, LocalizedText(ru: "такой группы нет у класса по этому предмету (группы задаёт нагрузка).",
                                                                         en: "the class has no such group in this subject (the workload makes groups).")))
            return .none
        }
        let created = Subgroup(id: RecordID.make(), classID: classID, subjectID: subjectID, name: name)
        subgroups[Self.key(classID, subjectID, name)] = created
        plan.added.append(LocalizedText(ru: "группа «\(name)»", en: "group \"\(name)\""))
        plan.writes.append { try $0.writer.create(created) }
        return .some(created)
    }

    /// The members of staff a person's name (full, or «Иванова М. П.») fits.
    func staff(named name: String) -> [Person] { teachers[ImportColumn.normalized(name)] ?? [] }

    /// The subject of this name or short name.
    func subject(named name: String) -> Subject? { subjects[ImportColumn.normalized(name)] }

    /// The class's group of this name in the subject.
    func subgroup(named name: String, classID: String, subjectID: String) -> Subgroup? {
        subgroups[Self.key(classID, subjectID, name)]
    }
}
