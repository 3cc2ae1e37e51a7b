import GRDB

/// A personal detail of a student or parent that the class teacher or administrator may correct.
public enum PersonField: String, Sendable, CaseIterable {
    case lastName = "last_name"
    case firstName = "first_name"
    case patronymic
    case birthDate = "birth_date"
    case sex
    case phone
    case email
}

extension JournalSession {
    /// A student arrives (прибытие): creates the person, their class membership and the movement record.
    @discardableResult
    public func enrollStudent(_ student: Person, classID: String, on date: SchoolDate, note: String = "") throws(Refusal) -> Person {
        try perform { transaction in
            try transaction.require(.schoolStructure)
            var student = student
            if student.id.isEmpty { student.id = transaction.newID() }
            student.kind = .student
            try Self.requireName(student)
            let schoolClass = try SchoolClass.require(transaction.db, classID)
            try transaction.requireInSchoolYear(date, of: schoolClass)
            try transaction.requireNoNamesake(student)
            try transaction.writer.create(student)
            try transaction.writer.create(Enrollment(id: transaction.newID(), studentID: student.id, classID: classID, startsOn: date))
            try transaction.writer.create(Movement(id: transaction.newID(), studentID: student.id, kind: .arrival, onDate: date,
                                                   toClassID: classID, note: note))
            return student
        }
    }

    /// Moves a student to another class from `date`; the old class keeps their history.
    public func transferStudent(_ studentID: String, toClassID: String, on date: SchoolDate, note: String = "") throws(Refusal) {
        try perform { transaction in
            try transaction.require(.schoolStructure)
            let target = try SchoolClass.require(transaction.db, toClassID)
            try transaction.requireInSchoolYear(date, of: target)
            let fromClassID = try transaction.endMemberships(studentID: studentID, lastDay: date.adding(days: -1))
            guard fromClassID != toClassID else {
                throw Refusal.invalidValue(LocalizedText(ru: "Ученик уже в \(target.title) классе.", en: "The student is already in \(target.title)."))
            }
            try transaction.writer.create(Enrollment(id: transaction.newID(), studentID: studentID, classID: toClassID, startsOn: date))
            try transaction.writer.create(Movement(id: transaction.newID(), studentID: studentID, kind: .transfer, onDate: date,
                                                   fromClassID: fromClassID, toClassID: toClassID, note: note))
        }
    }

    /// A student leaves the school (выбытие) on `date`; marks and history stay.
    public func withdrawStudent(_ studentID: String, on date: SchoolDate, note: String = "") throws(Refusal) {
        try perform { transaction in
            try transaction.require(.schoolStructure)
            let fromClassID = try transaction.endMemberships(studentID: studentID, lastDay: date)
            try transaction.writer.create(Movement(id: transaction.newID(), studentID: studentID, kind: .departure, onDate: date,
                                                   fromClassID: fromClassID, note: note))
        }
    }

    /// Puts a student in a subgroup from `date`. Moving between subgroups of the same subject is
    /// allowed only from the first day of a reporting period [DOMAIN §3.6].
    public func assignToSubgroup(studentID: String, subgroupID: String, from date: SchoolDate) throws(Refusal) {
        try perform { transaction in
            try transaction.require(.schoolStructure)
            let db = transaction.db
            let subgroup = try Subgroup.require(transaction.db, subgroupID)
            let current = try SubgroupMembership.fetchAll(db, sql: """
                SELECT m.* FROM subgroup_membership m JOIN subgroup g ON g.id = m.subgroup_id
                WHERE m.student_id = ? AND g.class_id = ? AND g.subject_id = ? AND m.state = 'active' AND m.ends_on IS NULL
                """, arguments: [studentID, subgroup.classID, subgroup.subjectID])
            if !current.isEmpty {
                // Marks already given in the old group stay where they are: a move takes effect
                // only from the first day of a period that has not begun yet.
                guard date > transaction.today else {
                    throw Refusal.invalidValue(LocalizedText(
                        ru: "Перевод в другую группу оформляется заранее, с начала следующего учебного периода.",
                        en: "A move to another group is made in advance, from the start of the next reporting period."))
                }
                let startsPeriod = try Bool.fetchOne(db, sql: """
                    SELECT EXISTS (SELECT 1 FROM period WHERE starts_on = ? AND kind != 'year' AND state = 'active')
                    """, arguments: [date]) ?? false
                guard startsPeriod else {
                    throw Refusal.invalidValue(LocalizedText(
                        ru: "Перевести обучающегося в другую группу можно только с начала учебного периода.",
                        en: "A student can move to another group only from the first day of a reporting period."))
                }
                for membership in current {
                    try transaction.writer.update(table: SubgroupMembership.databaseTableName, id: membership.id,
                                                  field: "ends_on", to: date.adding(days: -1))
                }
            }
            try transaction.writer.create(SubgroupMembership(id: transaction.newID(), subgroupID: subgroupID, studentID: studentID, startsOn: date))
        }
    }

    /// Links a parent to a student, with or without consent to electronic access.
    @discardableResult
    public func linkGuardian(parentID: String, studentID: String, relation: String, consent: Bool) throws(Refusal) -> Guardian {
        try perform { transaction in
            try transaction.require(.studentData, facts: PermissionFacts(isClassTeacher: try transaction.isClassTeacherOf(personID: studentID)))
            let guardian = Guardian(id: transaction.newID(), parentID: parentID, studentID: studentID, relation: relation, consent: consent)
            try transaction.writer.create(guardian)
            return guardian
        }
    }

    /// Registers or withdraws a parent's consent to electronic access.
    public func setGuardianConsent(_ guardianID: String, consent: Bool) throws(Refusal) {
        try perform { transaction in
            let guardian = try Guardian.require(transaction.db, guardianID)
            try transaction.require(.studentData, facts: PermissionFacts(isClassTeacher: try transaction.isClassTeacherOf(personID: guardian.studentID)))
            try transaction.writer.update(table: Guardian.databaseTableName, id: guardianID, field: "consent", to: consent)
        }
    }

    /// Corrects a personal detail of a student or parent.
    public func updatePerson(_ personID: String, _ field: PersonField, to value: String?) throws(Refusal) {
        try perform { transaction in
            let person = try Person.require(transaction.db, personID)
            let ownClass = person.kind == .staff ? false : try transaction.isClassTeacherOf(personID: personID)
            try transaction.require(person.kind == .staff ? .schoolStructure : .studentData, facts: PermissionFacts(isClassTeacher: ownClass))
            let trimmed = value?.trimmingCharacters(in: .whitespaces)
            switch field {
            case .lastName, .firstName:
                guard let trimmed, !trimmed.isEmpty else {
                    throw Refusal.invalidValue(LocalizedText(ru: "Фамилия и имя не могут быть пустыми.", en: "Names cannot be empty."))
                }
            case .birthDate:
                if let trimmed, !trimmed.isEmpty, SchoolDate(trimmed) == nil {
                    throw Refusal.invalidValue(LocalizedText(ru: "Дата рождения в виде ГГГГ-ММ-ДД.", en: "Birth date as YYYY-MM-DD."))
                }
            case .sex:
                if let trimmed, !["m", "f", ""].contains(trimmed) {
                    throw Refusal.invalidValue(LocalizedText(ru: "Пол: m или f.", en: "Sex: m or f."))
                }
            case .patronymic, .phone, .email:
                break
            }
            let stored: String? = field == .patronymic ? (trimmed ?? "") : (trimmed?.isEmpty == true ? nil : trimmed)
            try transaction.writer.update(table: Person.databaseTableName, id: personID, field: field.rawValue, to: stored)
        }
    }
}

extension JournalTransaction {
    /// Whether the actor is class teacher of the class a student is in today, or of a class
    /// where a child of this parent is.
    func isClassTeacherOf(personID: String) throws -> Bool {
        try ClassTeacherScope.covers(db, actor, personID: personID, today: today)
    }

    /// Ends a student's open class and subgroup memberships on `lastDay`; returns the class left.
    func endMemberships(studentID: String, lastDay: SchoolDate) throws -> String? {
        let open = try Enrollment.filter(Column("student_id") == studentID && Column("ends_on") == nil && Column("state") == RecordState.active).fetchAll(db)
        guard !open.isEmpty else {
            throw Refusal.invalidValue(LocalizedText(ru: "Обучающийся сейчас не числится ни в одном классе.", en: "The student is not in any class now."))
        }
        if let joined = open.map(\.startsOn).max(), lastDay < joined {
            throw Refusal.invalidValue(LocalizedText(
                ru: "Ученик пришёл в класс \(joined.russianText): движение не может быть раньше этой даты.",
                en: "The student joined the class on \(joined.russianText): a movement cannot come before that."))
        }
        for enrollment in open {
            try writer.update(table: Enrollment.databaseTableName, id: enrollment.id, field: "ends_on", to: lastDay)
        }
        let groups = try SubgroupMembership.filter(Column("student_id") == studentID && Column("ends_on") == nil && Column("state") == RecordState.active).fetchAll(db)
        for membership in groups {
            try writer.update(table: SubgroupMembership.databaseTableName, id: membership.id, field: "ends_on", to: lastDay)
        }
        return open.first?.classID
    }

    /// Refuses a date outside the school year of the class.
    func requireInSchoolYear(_ date: SchoolDate, of schoolClass: SchoolClass) throws {
        let year = try SchoolYear.require(db, schoolClass.yearID)
        guard year.startsOn <= date, date <= year.endsOn else {
            throw Refusal.invalidValue(LocalizedText(
                ru: "\(date.russianText) — вне учебного года \(year.name) (\(year.startsOn.russianText)–\(year.endsOn.russianText)).",
                en: "\(date.russianText) is outside the school year \(year.name) (\(year.startsOn.russianText)–\(year.endsOn.russianText))."))
        }
    }

    /// Refuses a second student with the same full name and birth date (one person entered twice).
    func requireNoNamesake(_ student: Person) throws {
        let twin = try Person.fetchOne(db, sql: """
            SELECT * FROM person WHERE kind = 'student' AND state = 'active' AND last_name = ? AND first_name = ? AND patronymic = ?
              AND birth_date IS ?
            """, arguments: [student.lastName, student.firstName, student.patronymic, student.birthDate])
        guard twin == nil else {
            let born = student.birthDate.map { ", \($0.russianText)" } ?? ""
            throw Refusal.invalidValue(LocalizedText(ru: "Ученик \(student.fullName)\(born) уже есть в журнале.",
                                                     en: "The student \(student.fullName)\(born) is already in the journal."))
        }
    }
}
