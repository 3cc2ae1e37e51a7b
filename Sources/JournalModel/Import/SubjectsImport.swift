import GRDB

/// `предметы`: name, short name (optional: the first letters of the name), scale (optional:
/// five-point). Subjects are matched by name; a scale changes only while the subject has no marks.
enum SubjectsImport {
    static func plan(_ file: ImportFile, _ db: Database) throws -> ImportPlan {
        var plan = ImportPlan()
        let existing = try Subject.filter(Column("state") == RecordState.active).fetchAll(db)
        let byName = Dictionary(existing.map { (ImportColumn.normalized($0.name), $0) }) { first, _ in first }
        var seen: [String: Int] = [:]
        for row in file.rows {
            let name = file.cell(row, .subject)
            guard !name.isEmpty else {
                plan.problems.append(file.problem(row, .subject, LocalizedText(ru: "нужно название предмета.", en: "a subject's name is needed.")))
                continue
            }
            let key = ImportColumn.normalized(name)
            if let first = seen[key] {
                plan.problems.append(file.problem(row, .subject, LocalizedText(ru: "этот предмет уже есть в строке \(first).",
                                                                               en: "this subject is already on line \(first).")))
                continue
            }
            seen[key] = row.line
            var scale: MarkScale?
            if !file.cell(row, .scale).isEmpty {
                scale = ImportValues.scale(file.cell(row, .scale))
                if scale == nil {
                    plan.problems.append(file.problem(row, .scale, LocalizedText(ru: "шкала — «пятибалльная» или «зачёт».",
                                                                                 en: "the scale is \"five-point\" or \"pass/fail\".")))
                    continue
                }
            }
            let shortName = file.cell(row, .shortName)
            guard let subject = byName[key] else {
                let new = Subject(id: RecordID.make(), name: name, shortName: shortName.isEmpty ? Subject.defaultShortName(of: name) : shortName,
                                  scale: scale ?? .five)
                plan.added.append(LocalizedText(verbatim: name))
                plan.writes.append { try $0.writer.create(new) }
                continue
            }
            var changes: [LocalizedText] = []
            if !shortName.isEmpty, shortName != subject.shortName {
                changes.append(LocalizedText(verbatim: "\(subject.shortName) → \(shortName)"))
                plan.writes.append { _ = try $0.writer.update(table: Subject.databaseTableName, id: subject.id, field: "short_name", to: shortName) }
            }
            if let scale, scale != subject.scale {
                if try hasMarks(db, subject.id) {
                    plan.problems.append(file.problem(row, .scale, LocalizedText(
                        ru: "у предмета уже есть отметки: шкалу не изменить.", en: "the subject has marks already: its scale cannot change.")))
                    continue
                }
                changes.append(scale.title)
                plan.writes.append { _ = try $0.writer.update(table: Subject.databaseTableName, id: subject.id, field: "scale", to: scale.rawValue) }
            }
            plan.matched(name, changes: changes)
        }
        plan.missing = RussianCollation.sorted(existing.filter { seen[ImportColumn.normalized($0.name)] == nil }.map(\.name)) { $0 }.map(LocalizedText.init(verbatim:))
        return plan
    }

    private static func hasMarks(_ db: Database, _ subjectID: String) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM mark JOIN lesson ON lesson.id = mark.lesson_id WHERE lesson.subject_id = ? AND mark.state = 'active')
            """, arguments: [subjectID]) ?? false
    }
}
