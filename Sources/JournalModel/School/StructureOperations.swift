import GRDB

/// A reporting period to create with its school year.
public struct PeriodPlan: Sendable, Hashable {
    public var kind: PeriodKind
    public var number: Int
    public var name: String
    public var startsOn: SchoolDate
    public var endsOn: SchoolDate

    public init(kind: PeriodKind, number: Int, name: String, startsOn: SchoolDate, endsOn: SchoolDate) {
        self.kind = kind
        self.number = number
        self.name = name
        self.startsOn = startsOn
        self.endsOn = endsOn
    }
}

extension JournalSession {
    /// Creates a school year with its reporting periods; a year-long period for year marks is added.
    @discardableResult
    public func createSchoolYear(
        name: String, startsOn: SchoolDate, endsOn: SchoolDate, periods: [PeriodPlan]
    ) throws(Refusal) -> (year: SchoolYear, periods: [Period]) {
        try perform { transaction in
            try transaction.require(.schoolStructure)
            return try transaction.createSchoolYear(name: name, startsOn: startsOn, endsOn: endsOn, periods: periods)
        }
    }

    /// Closes a reporting period: nothing dated inside it can change afterwards.
    public func closePeriod(_ periodID: String) throws(Refusal) {
        try setPeriodClosed(periodID, closed: true, reason: "")
    }

    /// Reopens a closed period (the administrator's correction): the reason is required and is
    /// written into the log entry with the change.
    public func reopenPeriod(_ periodID: String, reason: String) throws(Refusal) {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw Refusal.invalidValue(LocalizedText(ru: "Укажите причину, по которой период открывается снова.",
                                                     en: "Say why the period is being reopened."))
        }
        try setPeriodClosed(periodID, closed: false, reason: reason)
    }

    private func setPeriodClosed(_ periodID: String, closed: Bool, reason: String) throws(Refusal) {
        try perform(reason: reason) { transaction in
            try transaction.require(.closePeriod)
            let period = try Period.require(transaction.db, periodID)
            if let refusal = period.refusal(toBecomeClosed: closed) { throw refusal }
            try transaction.writer.update(table: Period.databaseTableName, id: periodID, field: "closed", to: closed)
        }
    }

    /// Why this account may not use the administration screens (the school's structure, periods,
    /// students' movements), or nil when it may.
    public var administrationRefusal: Refusal? {
        PermissionRules.decide(.schoolStructure, roles: actor.roles, facts: PermissionFacts()).refusal
    }

    /// Creates a class; grade 1 is taught without marks unless told otherwise.
    @discardableResult
    public func createClass(
        yearID: String, grade: Int, letter: String, noMarks: Bool? = nil, classTeacherID: String? = nil
    ) throws(Refusal) -> SchoolClass {
        try perform { transaction in
            try transaction.require(.schoolStructure)
            return try transaction.createClass(yearID: yearID, grade: grade, letter: letter, noMarks: noMarks, classTeacherID: classTeacherID)
        }
    }

    /// Appoints (or with `nil` removes) a class teacher.
    public func setClassTeacher(classID: String, teacherID: String?) throws(Refusal) {
        try perform { transaction in
            try transaction.require(.schoolStructure)
            _ = try SchoolClass.require(transaction.db, classID)
            try transaction.writer.update(table: SchoolClass.databaseTableName, id: classID, field: "class_teacher_id", to: teacherID)
        }
    }

    /// Creates a subgroup of a class for a subject.
    @discardableResult
    public func createSubgroup(classID: String, subjectID: String, name: String) throws(Refusal) -> Subgroup {
        try perform { transaction in
            try transaction.require(.schoolStructure)
            let subgroup = Subgroup(id: transaction.newID(), classID: classID, subjectID: subjectID, name: name)
            try transaction.writer.create(subgroup)
            return subgroup
        }
    }

    /// Adds a member of staff or a parent (students arrive through `enrollStudent`).
    @discardableResult
    public func addPerson(_ person: Person) throws(Refusal) -> Person {
        try perform { transaction in
            try transaction.require(.schoolStructure)
            var person = person
            if person.id.isEmpty { person.id = transaction.newID() }
            try Self.requireName(person)
            try transaction.writer.create(person)
            return person
        }
    }

    static func requireName(_ person: Person) throws {
        if person.lastName.trimmingCharacters(in: .whitespaces).isEmpty || person.firstName.trimmingCharacters(in: .whitespaces).isEmpty {
            throw Refusal.invalidValue(LocalizedText(ru: "Нужны фамилия и имя.", en: "A last name and a first name are required."))
        }
    }
}

extension JournalSession {
    /// Adds a member of staff named «Фамилия Имя Отчество» (the command line's `user add --name`).
    @discardableResult
    public func addStaffMember(fullName: String) throws(Refusal) -> Person {
        let parts = fullName.split(separator: " ").map(String.init)
        guard parts.count >= 2 else {
            throw Refusal.invalidValue(LocalizedText(ru: "Имя в виде «Фамилия Имя Отчество».", en: "Name as \"Last First Patronymic\"."))
        }
        return try addPerson(Person(kind: .staff, lastName: parts[0], firstName: parts[1], patronymic: parts.dropFirst(2).joined(separator: " ")))
    }
}

extension JournalTransaction {
    /// Creates a class of a year, refusing a grade outside 1–11, a missing letter and a class the year has.
    func createClass(yearID: String, grade: Int, letter: String, noMarks: Bool?, classTeacherID: String?) throws -> SchoolClass {
        guard (1...11).contains(grade), !letter.isEmpty, letter.count <= 3 else {
            throw Refusal.invalidValue(LocalizedText(ru: "Класс: параллель 1–11 и буква.", en: "A class needs a grade 1–11 and a letter."))
        }
        let taken = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM school_class WHERE year_id = ? AND grade = ? AND letter = ? AND state = 'active')
            """, arguments: [yearID, grade, letter]) ?? false
        if taken {
            throw Refusal.duplicate(LocalizedText(ru: "Класс \(grade)\(letter) уже есть.", en: "Class \(grade)\(letter) already exists."))
        }
        let schoolClass = SchoolClass(id: newID(), yearID: yearID, grade: grade, letter: letter,
                                      noMarks: noMarks ?? (grade == 1), classTeacherID: classTeacherID)
        try writer.create(schoolClass)
        return schoolClass
    }

    /// Creates a school year with its reporting periods and a year-long period for year marks.
    func createSchoolYear(name: String, startsOn: SchoolDate, endsOn: SchoolDate, periods: [PeriodPlan]) throws -> (year: SchoolYear, periods: [Period]) {
        guard startsOn < endsOn, periods.allSatisfy({ $0.startsOn >= startsOn && $0.endsOn <= endsOn && $0.startsOn <= $0.endsOn }) else {
            throw Refusal.invalidValue(LocalizedText(ru: "Даты периодов должны лежать внутри учебного года.",
                                                     en: "Period dates must lie within the school year."))
        }
        let year = SchoolYear(id: newID(), name: name, startsOn: startsOn, endsOn: endsOn)
        try writer.create(year)
        var created: [Period] = []
        var plans = periods
        if !plans.contains(where: { $0.kind == .year }) {
            plans.append(PeriodPlan(kind: .year, number: 1, name: "Год", startsOn: startsOn, endsOn: endsOn))
        }
        for plan in plans {
            let period = Period(id: newID(), yearID: year.id, kind: plan.kind, number: plan.number,
                                name: plan.name, startsOn: plan.startsOn, endsOn: plan.endsOn)
            try writer.create(period)
            created.append(period)
        }
        return (year, created)
    }
}

extension Period {
    /// The refusal for closing a period that is closed, or reopening one that is open; nil when
    /// the change would change something.
    public func refusal(toBecomeClosed closing: Bool) -> Refusal? {
        guard closed == closing else { return nil }
        return .invalidValue(closing ? LocalizedText(ru: "«\(name)» уже закрыт.", en: "\(name) is already closed.")
                                     : LocalizedText(ru: "«\(name)» не закрыт.", en: "\(name) is not closed."))
    }
}
