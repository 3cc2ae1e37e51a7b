import GRDB

/// A person as a row of the students' or the staff's file has them.
struct ImportedPerson {
    let row: ImportTable.Row
    let lastName: String
    let firstName: String
    let patronymic: String
    let birthDate: SchoolDate?
    let sex: String?
    let phone: String
    let email: String
    let position: String

    var fullName: String { [lastName, firstName, patronymic].filter { !$0.isEmpty }.joined(separator: " ") }

    /// The name as compared: without case and punctuation, `ё` as `е`.
    var nameKey: String { ImportColumn.normalized(fullName) }

    /// Reads a row's person; adds its problems to the plan and returns nil when the row is wrong.
    static func read(_ file: ImportFile, _ row: ImportTable.Row, _ plan: inout ImportPlan) -> ImportedPerson? {
        var failed = false
        var name = ("", "", "")
        switch file.personName(row) {
        case .success(let parsed): name = parsed
        case .failure(let problem): plan.problems.append(problem); failed = true
        }
        var birthDate: SchoolDate?
        switch file.optionalDate(row, .birthDate) {
        case .success(let date): birthDate = date
        case .failure(let problem): plan.problems.append(problem); failed = true
        }
        var sex: String?
        if !file.cell(row, .sex).isEmpty {
            sex = ImportValues.sex(file.cell(row, .sex))
            if sex == nil {
                plan.problems.append(file.problem(row, .sex, LocalizedText(ru: "пол — «м» или «ж».", en: "sex is \"m\" or \"f\".")))
                failed = true
            }
        }
        guard !failed else { return nil }
        return ImportedPerson(row: row, lastName: name.0, firstName: name.1, patronymic: name.2, birthDate: birthDate, sex: sex,
                              phone: file.cell(row, .phone), email: file.cell(row, .email), position: file.cell(row, .position))
    }

    /// A new person record of this kind.
    func record(_ kind: PersonKind) -> Person {
        Person(id: RecordID.make(), kind: kind, lastName: lastName, firstName: firstName, patronymic: patronymic, sex: sex,
               birthDate: birthDate, position: position.isEmpty ? nil : position, phone: phone.isEmpty ? nil : phone,
               email: email.isEmpty ? nil : email)
    }

    /// The fields the file changes on a person already in the journal (a blank cell changes
    /// nothing), planned as logged updates; their descriptions for the report.
    func plannedUpdates(of person: Person, _ plan: inout ImportPlan) -> [LocalizedText] {
        var fields: [(String, LocalizedText, String?, String)] = [
            ("phone", LocalizedText(ru: "телефон", en: "phone"), person.phone, phone),
            ("email", LocalizedText(ru: "почта", en: "e-mail"), person.email, email),
            ("position", LocalizedText(ru: "должность", en: "position"), person.position, position),
        ]
        if let sex { fields.append(("sex", LocalizedText(ru: "пол", en: "sex"), person.sex, sex)) }  // m or f, as stored
        if let birthDate {
            fields.append(("birth_date", LocalizedText(ru: "дата рождения", en: "birth date"), person.birthDate?.description, birthDate.description))
        }
        var described: [LocalizedText] = []
        for (field, title, old, new) in fields where !new.isEmpty && old != new {
            described.append(LocalizedText(ru: "\(title.russian) \(old ?? "—") → \(new)", en: "\(title.english) \(old ?? "—") → \(new)"))
            plan.writes.append { _ = try $0.writer.update(table: Person.databaseTableName, id: person.id, field: field, to: new) }
        }
        return described
    }

    /// The people of a kind in the journal, by name key.
    static func existing(_ db: Database, _ kind: PersonKind) throws -> [String: [Person]] {
        Dictionary(grouping: try Person.filter(Column("kind") == kind && Column("state") == RecordState.active).fetchAll(db)) {
            ImportColumn.normalized($0.fullName)
        }
    }

    /// The person of the journal this row is: the one of that name (and birth date, where the
    /// file gives it and names repeat); nil for someone new; a problem when the file cannot tell.
    func match(among people: [String: [Person]], _ file: ImportFile, _ plan: inout ImportPlan) -> Person?? {
        let named = people[nameKey] ?? []
        let candidates = birthDate.map { date in named.filter { $0.birthDate == date || $0.birthDate == nil } } ?? named
        if candidates.count > 1 {
            plan.problems.append(file.problem(row, birthDate == nil ? .birthDate : nil, LocalizedText(
                ru: "в журнале несколько человек «\(fullName)»: укажите дату рождения.",
                en: "the journal has several people called \(fullName): give the birth date.")))
            return .none
        }
        return .some(candidates.first)
    }
}
