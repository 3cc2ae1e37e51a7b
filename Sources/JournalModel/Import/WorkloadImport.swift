import GRDB

/// `нагрузка`: teacher, subject, class, group (optional: a group the journal lacks is made),
/// hours a week. A workload is matched by teacher, subject, class and group; its hours may change.
enum WorkloadImport {
    static func plan(_ file: ImportFile, _ db: Database, today: SchoolDate) throws -> ImportPlan {
        var plan = ImportPlan()
        guard var school = try ImportSchool.load(db, today: today) else {
            plan.problems.append(ImportClasses.noYear(file))
            return plan
        }
        let existing = try Workload.filter(Column("state") == RecordState.active).fetchAll(db)
            .filter { school.classes.schoolClass(id: $0.classID) != nil }
        let byKey = Dictionary(existing.map { (key($0.teacherID, $0.subjectID, $0.classID, $0.subgroupID), $0) }) { first, _ in first }
        var seen: [String: Int] = [:]
        for row in file.rows {
            let teacher = school.teacher(file, row, &plan)
            let subject = school.subject(file, row, &plan)
            let schoolClass = school.classes.existingClass(file, row, &plan)
            var hours = 0.0
            if !file.cell(row, .hours).isEmpty {
                guard let parsed = ImportValues.hours(file.cell(row, .hours)) else {
                    plan.problems.append(file.problem(row, .hours, LocalizedText(ru: "часы в неделю — число от 0 до 40.", en: "hours a week: a number, 0 to 40.")))
                    continue
                }
                hours = parsed
            }
            guard let teacher, let subject, let schoolClass,
                  case let .some(group) = school.subgroup(file, row, classID: schoolClass.id, subjectID: subject.id, creating: true, &plan)
            else { continue }
            let key = key(teacher.id, subject.id, schoolClass.id, group?.id)
            let title = "\(teacher.shortName): \(subject.name), \(schoolClass.title)" + (group.map { " · \($0.name)" } ?? "")
            if let first = seen[key] {
                plan.problems.append(file.problem(row, nil, LocalizedText(ru: "эта нагрузка уже есть в строке \(first).",
                                                                          en: "this workload is already on line \(first).")))
                continue
            }
            seen[key] = row.line
            guard let workload = byKey[key] else {
                let created = Workload(id: RecordID.make(), teacherID: teacher.id, subjectID: subject.id, classID: schoolClass.id,
                                       subgroupID: group?.id, hoursPerWeek: hours)
                plan.added.append(LocalizedText(verbatim: title))
                plan.writes.append { try $0.writer.create(created) }
                continue
            }
            var changes: [LocalizedText] = []
            if workload.hoursPerWeek != hours {
                changes.append(LocalizedText(ru: "часов \(workload.hoursPerWeek) → \(hours)", en: "hours \(workload.hoursPerWeek) → \(hours)"))
                plan.writes.append { _ = try $0.writer.update(table: Workload.databaseTableName, id: workload.id, field: "hours_per_week", to: hours) }
            }
            plan.matched(title, changes: changes)
        }
        let gone = existing.filter { seen[key($0.teacherID, $0.subjectID, $0.classID, $0.subgroupID)] == nil }
        let subjects = try Subject.byID(db, keys: Set(gone.map(\.subjectID)))
        let teachers = try Person.byID(db, keys: Set(gone.map(\.teacherID)))
        plan.missing = gone.map { LocalizedText(verbatim: "\(teachers[$0.teacherID]?.shortName ?? ""): \(subjects[$0.subjectID]?.name ?? ""), \(school.classes.schoolClass(id: $0.classID)?.title ?? "")") }
        return plan
    }

    private static func key(_ teacherID: String, _ subjectID: String, _ classID: String, _ subgroupID: String?) -> String {
        "\(teacherID)/\(subjectID)/\(classID)/\(subgroupID ?? "")"
    }
}
