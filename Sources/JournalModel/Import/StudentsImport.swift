import GRDB

/// `ученики`: name, birth date, class, sex, phone, e-mail. Students are matched by name and birth
/// date; a new one arrives in the class (from the year's first day before it starts, else from
/// today, with the arrival in the movement log); one the file puts in another class is only
/// reported, since a transfer is a dated movement the administrator records on a screen.
enum StudentsImport {
    static func plan(_ file: ImportFile, _ db: Database, today: SchoolDate) throws -> ImportPlan {
        var plan = ImportPlan()
        guard var classes = try ImportClasses.load(db, today: today) else {
            plan.problems.append(ImportClasses.noYear(file))
            return plan
        }
        let existing = try ImportedPerson.existing(db, .student)
        var accounts = try ImportAccounts.load(db, issuing: file.issuesAccounts)
        let enrolled = try currentClasses(db, year: classes.year, today: today)
        var seen: [String: Int] = [:]
        var matched = Set<String>()
        let start = classes.enrollmentStart(today: today)
        for row in file.rows {
            let person = ImportedPerson.read(file, row, &plan)
            let schoolClass = classes.schoolClass(file, row, &plan)
            guard let person, let schoolClass else { continue }
            let key = person.nameKey + (person.birthDate?.description ?? "")
            if let first = seen[key] {
                plan.problems.append(file.problem(row, nil, LocalizedText(
                    ru: "ученик «\(person.fullName)» с той же датой рождения уже есть в строке \(first).",
                    en: "the student \(person.fullName) with the same birth date is already on line \(first).")))
                continue
            }
            seen[key] = row.line
            guard case let .some(found) = person.match(among: existing, file, &plan) else { continue }
            guard let student = found else {
                let student = person.record(.student)
                plan.added.append(LocalizedText(verbatim: "\(person.fullName), \(schoolClass.title)"))
                plan.writes.append { try enroll(student.id, in: schoolClass.id, on: start, $0, create: student) }
                try accounts.issue(for: student, roles: [.student], detail: schoolClass.title, &plan)
                continue
            }
            matched.insert(student.id)
            try accounts.issue(for: student, roles: [.student], detail: schoolClass.title, &plan)
            var changes = person.plannedUpdates(of: student, &plan)
            switch enrolled[student.id] {
            case nil:
                changes.append(LocalizedText(ru: "зачислен в \(schoolClass.title)", en: "enrolled in \(schoolClass.title)"))
                plan.writes.append { try enroll(student.id, in: schoolClass.id, on: start, $0) }
            case let classID? where classID != schoolClass.id:
                let current = classes.schoolClass(id: classID)?.title ?? "?"
                plan.notes.append(LocalizedText(
                    ru: "\(person.fullName): в файле — \(schoolClass.title), в журнале — \(current); перевод оформляется в журнале с датой.",
                    en: "\(person.fullName): \(schoolClass.title) in the file, \(current) in the journal; a transfer is recorded in the journal with its date."))
            default:
                break
            }
            plan.matched(person.fullName, changes: changes)
        }
        plan.accounts = accounts.issued
        plan.missing = RussianCollation.sorted(existing.values.joined().filter { enrolled[$0.id] != nil && !matched.contains($0.id) }.map(\.fullName)) { $0 }.map(LocalizedText.init(verbatim:))
        return plan
    }

    /// The class each student is in today (or will be on the year's first day), in the year.
    private static func currentClasses(_ db: Database, year: SchoolYear, today: SchoolDate) throws -> [String: String] {
        let day = max(today, year.startsOn)
        let rows = try Row.fetchAll(db, sql: """
            SELECT enrollment.student_id, enrollment.class_id FROM enrollment JOIN school_class ON school_class.id = enrollment.class_id
            WHERE school_class.year_id = ? AND enrollment.state = 'active' AND enrollment.starts_on <= ?
              AND (enrollment.ends_on IS NULL OR enrollment.ends_on >= ?)
            """, arguments: [year.id, day, day])
        return Dictionary(rows.map { ($0["student_id"], $0["class_id"]) }) { first, _ in first }
    }

    /// The arrival: the person (when new), the class membership and the movement record.
    private static func enroll(_ studentID: String, in classID: String, on date: SchoolDate, _ transaction: JournalTransaction,
                               create student: Person? = nil) throws {
        if let student { try transaction.writer.create(student) }
        try transaction.writer.create(Enrollment(id: transaction.newID(), studentID: studentID, classID: classID, startsOn: date))
        try transaction.writer.create(Movement(id: transaction.newID(), studentID: studentID, kind: .arrival, onDate: date, toClassID: classID,
                                               note: LocalizedText(ru: "импорт", en: "import").russian))
    }
}
