import GRDB

/// `родители`: a parent's name, phone, e-mail, and a child: name, class (and birth date where
/// names repeat), consent (`Согласие`, да/нет), relation. A parent of several children has a row
/// for each. Parents are matched by name; a link's consent may change; a parent with consent
/// for a child gets an account.
enum ParentsImport {
    static func plan(_ file: ImportFile, _ db: Database, today: SchoolDate) throws -> ImportPlan {
        var plan = ImportPlan()
        guard let classes = try ImportClasses.load(db, today: today) else {
            plan.problems.append(ImportClasses.noYear(file))
            return plan
        }
        let parents = try ImportedPerson.existing(db, .parent)
        let children = try childrenInClasses(db, year: classes.year, today: today)
        let links = Dictionary(try Guardian.filter(Column("state") == RecordState.active).fetchAll(db).map { ("\($0.parentID)/\($0.studentID)", $0) }) { first, _ in first }
        var accounts = try ImportAccounts.load(db, issuing: file.issuesAccounts)
        var named: [String: Person] = [:]
        var families: [String: (parent: Person, children: [String], consent: Bool)] = [:]
        var seen: [String: Int] = [:]
        for row in file.rows {
            let person = ImportedPerson.read(file, row, &plan)
            let schoolClass = classes.existingClass(file, row, &plan)
            let consent = ImportValues.consent(file.cell(row, .consent))
            if consent == nil {
                plan.problems.append(file.problem(row, .consent, LocalizedText(ru: "согласие — «да» или «нет».", en: "consent is \"yes\" or \"no\".")))
            }
            guard let person, let schoolClass, let consent, let child = child(file, row, in: schoolClass, among: children, &plan) else { continue }
            let parent: Person
            if let known = named[person.nameKey] {
                parent = known
            } else {
                guard case let .some(found) = person.match(among: parents, file, &plan) else { continue }
                if let found {
                    parent = found
                    plan.matched(person.fullName, changes: person.plannedUpdates(of: found, &plan))
                } else {
                    parent = person.record(.parent)
                    plan.added.append(LocalizedText(verbatim: person.fullName))
                    plan.writes.append { try $0.writer.create(parent) }
                }
                named[person.nameKey] = parent
            }
            let key = "\(parent.id)/\(child.id)"
            if let first = seen[key] {
                plan.problems.append(file.problem(row, .child, LocalizedText(ru: "этот родитель и ребёнок уже есть в строке \(first).",
                                                                             en: "this parent and child are already on line \(first).")))
                continue
            }
            seen[key] = row.line
            let relation = file.cell(row, .relation)
            let title = "\(parent.fullName) — \(child.fullName)"
            if let link = links[key] {
                var changes: [LocalizedText] = []
                if link.consent != consent {
                    changes.append(consent ? LocalizedText(ru: "согласие дано", en: "consent given") : LocalizedText(ru: "согласие отозвано", en: "consent withdrawn"))
                    plan.writes.append { _ = try $0.writer.update(table: Guardian.databaseTableName, id: link.id, field: "consent", to: consent) }
                }
                if !relation.isEmpty, relation != link.relation {
                    changes.append(LocalizedText(verbatim: "\(link.relation.isEmpty ? "—" : link.relation) → \(relation)"))
                    plan.writes.append { _ = try $0.writer.update(table: Guardian.databaseTableName, id: link.id, field: "relation", to: relation) }
                }
                plan.matched(title, changes: changes)
            } else {
                let link = Guardian(id: RecordID.make(), parentID: parent.id, studentID: child.id, relation: relation, consent: consent)
                plan.added.append(LocalizedText(verbatim: title))
                plan.writes.append { try $0.writer.create(link) }
            }
            var family = families[parent.id] ?? (parent, [], false)
            family.children.append(child.shortName)
            family.consent = family.consent || consent
            families[parent.id] = family
        }
        for family in families.values.sorted(by: { RussianCollation.precedes($0.parent.fullName, $1.parent.fullName) }) where family.consent {
            try accounts.issue(for: family.parent, roles: [.parent], detail: family.children.joined(separator: ", "), &plan)
        }
        plan.accounts = accounts.issued
        let inClasses = Set(children.values.joined().map(\.student.id))
        let people = try Person.byID(db, keys: Set(links.values.filter { inClasses.contains($0.studentID) && seen["\($0.parentID)/\($0.studentID)"] == nil }
            .flatMap { [$0.parentID, $0.studentID] }))
        plan.missing = links.values.filter { inClasses.contains($0.studentID) && seen["\($0.parentID)/\($0.studentID)"] == nil }
            .map { LocalizedText(verbatim: "\(people[$0.parentID]?.fullName ?? "") — \(people[$0.studentID]?.fullName ?? "")") }
        return plan
    }

    /// The students of the year's classes today (or on its first day), by name key, with their class.
    private static func childrenInClasses(_ db: Database, year: SchoolYear, today: SchoolDate) throws -> [String: [(student: Person, classID: String)]] {
        let day = max(today, year.startsOn)
        let rows = try Row.fetchAll(db, sql: """
            SELECT person.*, enrollment.class_id AS enrolled_in FROM person
            JOIN enrollment ON enrollment.student_id = person.id JOIN school_class ON school_class.id = enrollment.class_id
            WHERE school_class.year_id = ? AND enrollment.state = 'active' AND person.state = 'active'
              AND enrollment.starts_on <= ? AND (enrollment.ends_on IS NULL OR enrollment.ends_on >= ?)
            """, arguments: [year.id, day, day])
        var result: [String: [(student: Person, classID: String)]] = [:]
        for row in rows {
            let student = try Person(row: row)
            result[ImportColumn.normalized(student.fullName), default: []].append((student, row["enrolled_in"]))
        }
        return result
    }

    /// The child a row names in its class (by birth date too where names repeat); a problem otherwise.
    private static func child(_ file: ImportFile, _ row: ImportTable.Row, in schoolClass: SchoolClass,
                              among children: [String: [(student: Person, classID: String)]], _ plan: inout ImportPlan) -> Person? {
        let name = file.cell(row, .child)
        var found = (children[ImportColumn.normalized(name)] ?? []).filter { $0.classID == schoolClass.id }.map(\.student)
        switch file.optionalDate(row, .childBirthDate) {
        case .failure(let problem):
            plan.problems.append(problem)
            return nil
        case .success(let date?): found = found.filter { $0.birthDate == date }
        case .success(nil): break
        }
        guard found.count == 1 else {
            plan.problems.append(file.problem(row, .child, found.isEmpty
                ? LocalizedText(ru: "такого ученика нет в \(schoolClass.title) (ФИО полностью, как в списке учеников).",
                                en: "no such student in \(schoolClass.title) (the full name, as in the students' list).")
                : LocalizedText(ru: "в \(schoolClass.title) несколько учеников с таким именем: укажите дату рождения ребёнка.",
                                en: "several students of \(schoolClass.title) have this name: give the child's birth date.")))
            return nil
        }
        return found[0]
    }
}
