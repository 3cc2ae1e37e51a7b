import Foundation
import GRDB

/// The school as its files (`journal export school DIR`): the same eight files `journal import
/// school` reads, with the same headers as the templates, so an export imported into an empty
/// journal gives the same school. The year is the one containing today (else the next); people,
/// groups and the timetable as they stand today (or on the year's first day).
public struct SchoolExport: Sendable {
    /// The rows of each file, the header first.
    public let files: [ImportKind: [[String]]]

    /// Writes the files that have rows to a folder as CSV (UTF-8 with a byte-order mark, `;`),
    /// each 0600 since they hold personal data; an existing file is never overwritten. Returns the
    /// paths written.
    @discardableResult
    public func write(to directory: String) throws(Refusal) -> [String] {
        var written: [String] = []
        for kind in ImportKind.allCases where (files[kind]?.count ?? 0) > 1 {
            let path = (directory as NSString).appendingPathComponent(kind.russianName + ".csv")
            do {
                try PrivateFile.createEmpty(at: path)
                try PrivateFile.write(CSVText.excelText(files[kind] ?? []), to: path)
            } catch {
                throw .storage(error)
            }
            written.append(path)
        }
        return written
    }
}

extension JournalSession {
    /// The school as its files, for the administrator.
    public func exportSchool() throws(Refusal) -> SchoolExport {
        if case let .failure(refusal) = PermissionRules.decide(.schoolStructure, roles: actor.roles, facts: PermissionFacts()) { throw refusal }
        let today = today
        return try read { db in try SchoolExporter(db, today: today).export() }
    }
}

/// Reads the journal into the rows of the school's files.
private struct SchoolExporter {
    let db: Database
    let today: SchoolDate

    init(_ db: Database, today: SchoolDate) {
        self.db = db
        self.today = today
    }

    func export() throws -> SchoolExport {
        guard let classes = try ImportClasses.load(db, today: today) else { return SchoolExport(files: headersOnly()) }
        let year = classes.year
        let day = max(today, year.startsOn)
        let classByID = try SchoolClass.byID(SchoolClass.filter(Column("year_id") == year.id && Column("state") == RecordState.active).fetchAll(db))
        let subjects = try Subject.byID(Subject.filter(Column("state") == RecordState.active).fetchAll(db))
        let people = try Person.byID(Person.filter(Column("state") == RecordState.active).fetchAll(db))
        let groups = try Subgroup.byID(Subgroup.filter(Column("state") == RecordState.active).fetchAll(db))
        var files = headersOnly()

        files[.periods]! += try Period.fetchAll(db, sql: """
            SELECT * FROM period WHERE year_id = ? AND kind <> 'year' AND state = 'active' ORDER BY starts_on
            """, arguments: [year.id]).map { [$0.name, $0.startsOn.russianText, $0.endsOn.russianText] }
        files[.subjects]! += sortedByName(subjects.values.map { [$0.name, $0.shortName, $0.scale == .five ? "пятибалльная" : "зачёт"] })

        let roles = try Dictionary(Row.fetchAll(db, sql: "SELECT person_id, roles FROM account WHERE state = 'active' AND person_id IS NOT NULL")
            .map { ($0["person_id"] as String, Role.parseList($0["roles"])) }) { first, _ in first }
        let classTeacherOf = Dictionary(classByID.values.compactMap { schoolClass in schoolClass.classTeacherID.map { ($0, schoolClass.title) } }) { first, _ in first }
        files[.staff]! += sortedByName(people.values.filter { $0.kind == .staff }.map { person in
            let listed = Role.allCases.filter { (roles[person.id] ?? []).contains($0) && $0 != .student && $0 != .parent }.map(\.title.russian)
            return [person.fullName, person.position ?? "", classTeacherOf[person.id] ?? "", listed.joined(separator: ", "),
                    person.phone ?? "", person.email ?? ""]
        })

        let enrolled = try Row.fetchAll(db, sql: """
            SELECT enrollment.student_id, enrollment.class_id FROM enrollment JOIN school_class ON school_class.id = enrollment.class_id
            WHERE school_class.year_id = ? AND enrollment.state = 'active' AND enrollment.starts_on <= ?
              AND (enrollment.ends_on IS NULL OR enrollment.ends_on >= ?)
            """, arguments: [year.id, day, day])
        let classOf = Dictionary(enrolled.map { ($0["student_id"] as String, $0["class_id"] as String) }) { first, _ in first }
        files[.students]! += sortedByName(classOf.compactMap { studentID, classID in
            people[studentID].map { student in
                [student.lastName, student.firstName, student.patronymic, student.birthDate?.russianText ?? "", classByID[classID]?.title ?? "",
                 student.sex == "m" ? "м" : student.sex == "f" ? "ж" : "", student.phone ?? "", student.email ?? ""]
            }
        })

        files[.parents]! += sortedByName(try Guardian.filter(Column("state") == RecordState.active).fetchAll(db).compactMap { link in
            guard let parent = people[link.parentID], let child = people[link.studentID], let classID = classOf[child.id] else { return nil }
            return [parent.fullName, child.fullName, classByID[classID]?.title ?? "", child.birthDate?.russianText ?? "",
                    link.consent ? "да" : "нет", link.relation, parent.phone ?? "", parent.email ?? ""]
        })

        files[.workload]! += sortedByName(try Workload.filter(Column("state") == RecordState.active).fetchAll(db).compactMap { workload in
            guard let schoolClass = classByID[workload.classID] else { return nil }
            return [people[workload.teacherID]?.fullName ?? "", subjects[workload.subjectID]?.name ?? "", schoolClass.title,
                    workload.subgroupID.flatMap { groups[$0]?.name } ?? "", Self.hoursText(workload.hoursPerWeek)]
        })
        files[.bells]! += try Bell.bySlot(db).values.sorted { $0.slot < $1.slot }.map { [String($0.slot), $0.startsAt, $0.endsAt] }
        files[.timetable]! += try TimetableEntry.fetchAll(db, sql: """
            SELECT * FROM timetable_entry WHERE year_id = ? AND state = 'active' AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)
            ORDER BY weekday, slot
            """, arguments: [year.id, day, day]).compactMap { entry in
            guard let schoolClass = classByID[entry.classID] else { return nil }
            return [ImportValues.weekdayName(entry.weekday), String(entry.slot), schoolClass.title,
                    subjects[entry.subjectID]?.name ?? "", entry.subgroupID.flatMap { groups[$0]?.name } ?? "",
                    people[entry.teacherID]?.fullName ?? "", entry.room]
        }
        return SchoolExport(files: files)
    }

    private func headersOnly() -> [ImportKind: [[String]]] {
        Dictionary(uniqueKeysWithValues: ImportKind.allCases.map { ($0, [$0.template(today: today)[0]]) })
    }

    /// Rows in Russian alphabetical order of their first cells.
    private func sortedByName(_ rows: [[String]]) -> [[String]] {
        RussianCollation.sorted(rows) { $0.joined(separator: " ") }
    }

    static func hoursText(_ hours: Double) -> String {
        hours == hours.rounded() ? String(Int(hours)) : String(hours).replacingOccurrences(of: ".", with: ",")
    }
}
