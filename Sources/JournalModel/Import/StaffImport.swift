import GRDB

/// `сотрудники`: name, position, roles, phone, e-mail, and for a class teacher the class. Staff are
/// matched by name (and birth date where names repeat); the class's class teacher is set; the
/// roles (from the position and `Роли`) are those of the account made for a new member of staff.
enum StaffImport {
    static func plan(_ file: ImportFile, _ db: Database, today: SchoolDate) throws -> ImportPlan {
        var plan = ImportPlan()
        let existing = try ImportedPerson.existing(db, .staff)
        var classes = try ImportClasses.load(db, today: today)
        var accounts = try ImportAccounts.load(db, issuing: file.issuesAccounts)
        var seen: [String: Int] = [:]
        var matched = Set<String>()
        for row in file.rows {
            guard let person = ImportedPerson.read(file, row, &plan) else { continue }
            let key = person.nameKey + (person.birthDate?.description ?? "")
            if let first = seen[key] {
                plan.problems.append(file.problem(row, nil, LocalizedText(ru: "«\(person.fullName)» уже есть в строке \(first).",
                                                                          en: "\(person.fullName) is already on line \(first).")))
                continue
            }
            seen[key] = row.line
            guard let roles = ImportValues.roles(position: person.position, listed: file.cell(row, .roles)) else {
                plan.problems.append(file.problem(row, .roles, LocalizedText(
                    ru: "роли — учитель, заместитель директора, директор, администратор (через запятую).",
                    en: "roles are teacher, deputy director, director, administrator (comma-separated).")))
                continue
            }
            guard case let .some(found) = person.match(among: existing, file, &plan) else { continue }
            var changes: [LocalizedText] = []
            let staff: Person
            if let found {
                staff = found
                matched.insert(found.id)
                changes = person.plannedUpdates(of: found, &plan)
            } else {
                staff = person.record(.staff)
                plan.added.append(LocalizedText(verbatim: person.fullName))
                plan.writes.append { try $0.writer.create(staff) }
            }
            try accounts.issue(for: staff, roles: roles, detail: person.position, &plan)
            if !file.cell(row, .className).isEmpty {
                guard classes != nil else {
                    if !plan.problems.contains(ImportClasses.noYear(file)) { plan.problems.append(ImportClasses.noYear(file)) }
                    continue
                }
                guard let schoolClass = classes?.schoolClass(file, row, &plan) else { continue }
                if schoolClass.classTeacherID != staff.id {
                    changes.append(LocalizedText(ru: "классный руководитель \(schoolClass.title)", en: "class teacher of \(schoolClass.title)"))
                    plan.writes.append { _ = try $0.writer.update(table: SchoolClass.databaseTableName, id: schoolClass.id, field: "class_teacher_id", to: staff.id) }
                }
            }
            guard found != nil else { continue }
            plan.matched(person.fullName, changes: changes)
        }
        plan.accounts = accounts.issued
        plan.missing = RussianCollation.sorted(existing.values.joined().filter { !matched.contains($0.id) }.map(\.fullName)) { $0 }.map(LocalizedText.init(verbatim:))
        return plan
    }
}
