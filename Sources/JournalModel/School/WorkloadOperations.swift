import GRDB

/// A teacher's workload as the administrator's list shows it.
public struct WorkloadLine: Sendable, Equatable {
    public var workload: Workload
    /// «Иванова М. П.».
    public var teacherName: String
    public var subjectName: String
    /// «5А».
    public var classTitle: String
    /// The group's name, when the workload is one group's.
    public var subgroupName: String?
}

/// A workload as the administrator types it on the workload screen: names, not ids.
public struct TypedWorkload: Sendable, Equatable {
    /// The teacher's full name or «Иванова М. П.».
    public var teacher: String
    /// The subject's name or short name.
    public var subject: String
    /// The class as `5А`.
    public var schoolClass: String
    /// A group's name, or empty for the whole class; a group the class lacks is created.
    public var group: String
    /// Hours a week, `0`–`40` (`1,5` or `1.5`).
    public var hours: String

    public init(teacher: String, subject: String, schoolClass: String, group: String = "", hours: String) {
        self.teacher = teacher
        self.subject = subject
        self.schoolClass = schoolClass
        self.group = group
        self.hours = hours
    }
}

extension JournalSession {
    /// The workload of the school year containing today, by class, then subject, then teacher.
    public func workloads() throws(Refusal) -> [WorkloadLine] {
        try read { db in
            try requireReadable(.schoolDay)
            return try WorkloadLine.fetchAll(db, sql: """
                SELECT w.*, p.last_name, p.first_name, p.patronymic, s.name AS subject_name, c.grade, c.letter, g.name AS group_name
                FROM workload w
                JOIN person p ON p.id = w.teacher_id JOIN subject s ON s.id = w.subject_id
                JOIN school_class c ON c.id = w.class_id JOIN school_year y ON y.id = c.year_id
                LEFT JOIN subgroup g ON g.id = w.subgroup_id
                WHERE w.state = 'active' AND c.state = 'active' AND y.starts_on <= ? AND y.ends_on >= ?
                ORDER BY c.grade, c.letter, s.name, p.last_name, g.name
                """, arguments: [today, today])
        }
    }

    /// Assigns a subject in a class (or one subgroup) to a teacher, refusing hours outside 0–40,
    /// an unknown teacher, subject, class or group, and a workload the school already has.
    @discardableResult
    public func addWorkload(
        teacherID: String, subjectID: String, classID: String, subgroupID: String? = nil, hoursPerWeek: Double
    ) throws(Refusal) -> Workload {
        try perform { transaction in
            try transaction.require(.schoolStructure)
            let workload = Workload(id: transaction.newID(), teacherID: teacherID, subjectID: subjectID, classID: classID,
                                    subgroupID: subgroupID, hoursPerWeek: hoursPerWeek)
            try transaction.add(workload)
            return workload
        }
    }

    /// Adds a workload typed by names: the teacher, subject and class must exist; a group the
    /// class lacks in the subject is created with it, in the same transaction.
    @discardableResult
    public func addWorkload(_ typed: TypedWorkload) throws(Refusal) -> Workload {
        let today = today
        return try perform { transaction in
            try transaction.require(.schoolStructure)
            let school = try ImportSchool.require(transaction.db, today: today)
            guard let teacherID = try school.staffID(named: typed.teacher) else {
                throw Refusal.invalidValue(LocalizedText(ru: "Укажите учителя.", en: "Name the teacher."))
            }
            guard let subject = school.subject(named: typed.subject) else {
                throw Refusal.notFound(LocalizedText(ru: "Предмета «\(typed.subject)» нет в журнале.", en: "There is no subject \(typed.subject)."))
            }
            guard let schoolClass = school.classes.named(typed.schoolClass) else {
                throw Refusal.notFound(LocalizedText(ru: "Класса «\(typed.schoolClass)» нет в этом учебном году (класс пишется как «5А»).",
                                                     en: "There is no class \(typed.schoolClass) this school year (written as 5А)."))
            }
            guard let hours = ImportValues.hours(typed.hours) else {
                throw Refusal.invalidValue(LocalizedText(ru: "Часы в неделю — число от 0 до 40.", en: "Hours a week: a number, 0 to 40."))
            }
            let groupName = typed.group.trimmingCharacters(in: .whitespaces)
            var subgroupID: String?
            if !groupName.isEmpty {
                if let known = school.subgroup(named: groupName, classID: schoolClass.id, subjectID: subject.id) {
                    subgroupID = known.id
                } else {
                    let created = Subgroup(id: transaction.newID(), classID: schoolClass.id, subjectID: subject.id, name: groupName)
                    try transaction.writer.create(created)
                    subgroupID = created.id
                }
            }
            let workload = Workload(id: transaction.newID(), teacherID: teacherID, subjectID: subject.id, classID: schoolClass.id,
                                    subgroupID: subgroupID, hoursPerWeek: hours)
            try transaction.add(workload)
            return workload
        }
    }
}

extension JournalTransaction {
    /// Writes a new workload after checking what it refers to and that it is not there already.
    func add(_ workload: Workload) throws {
        guard (0...40).contains(workload.hoursPerWeek) else {
            throw Refusal.invalidValue(LocalizedText(ru: "Часы в неделю — число от 0 до 40.", en: "Hours a week: a number, 0 to 40."))
        }
        guard let teacher = try Person.fetchOne(db, key: workload.teacherID), teacher.kind == .staff, teacher.state == .active else {
            throw Refusal.notFound(LocalizedText(ru: "Такого сотрудника нет в журнале.", en: "No such member of staff."))
        }
        _ = try Subject.require(db, workload.subjectID)
        _ = try SchoolClass.require(db, workload.classID)
        if let subgroupID = workload.subgroupID {
            let group = try Subgroup.require(db, subgroupID)
            guard group.classID == workload.classID, group.subjectID == workload.subjectID else {
                throw Refusal.invalidValue(LocalizedText(ru: "Эта группа — другого класса или предмета.",
                                                         en: "That group belongs to another class or subject."))
            }
        }
        let taken = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM workload WHERE teacher_id = ? AND subject_id = ? AND class_id = ?
                           AND subgroup_id IS ? AND state = 'active')
            """, arguments: [workload.teacherID, workload.subjectID, workload.classID, workload.subgroupID]) ?? false
        if taken {
            throw Refusal.duplicate(LocalizedText(ru: "Эта нагрузка уже есть.", en: "This workload is already there."))
        }
        try writer.create(workload)
    }
}

extension WorkloadLine: FetchableRecord {
    public init(row: Row) throws {
        workload = try Workload(row: row)
        teacherName = Person(kind: .staff, lastName: row["last_name"], firstName: row["first_name"], patronymic: row["patronymic"]).shortName
        subjectName = row["subject_name"]
        classTitle = "\(row["grade"] as Int)\(row["letter"] as String)"
        subgroupName = row["group_name"]
    }
}
