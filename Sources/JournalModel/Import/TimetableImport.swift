import GRDB

/// `расписание`: weekday, lesson number, class, subject, group (optional), teacher, room. Entries
/// apply from the year's first day (from today once it has begun) and are matched by weekday,
/// lesson, class and group; a changed one ends the day before and its successor starts. A class,
/// a teacher or a room in two places at once is refused, against the file and the journal alike.
enum TimetableImport {
    private struct Slot: Hashable {
        let weekday: Int
        let slot: Int
    }

    static func plan(_ file: ImportFile, _ db: Database, today: SchoolDate) throws -> ImportPlan {
        var plan = ImportPlan()
        guard var school = try ImportSchool.load(db, today: today) else {
            plan.problems.append(ImportClasses.noYear(file))
            return plan
        }
        let start = school.classes.enrollmentStart(today: today)
        let existing = try TimetableEntry.fetchAll(db, sql: """
            SELECT * FROM timetable_entry WHERE year_id = ? AND state = 'active' AND (valid_to IS NULL OR valid_to >= ?)
            """, arguments: [school.classes.year.id, start])
        let byKey = Dictionary(existing.map { (key($0.weekday, $0.slot, $0.classID, $0.subgroupID), $0) }) { first, _ in first }
        var planned: [TimetableEntry] = []
        var lines: [String: Int] = [:]
        for row in file.rows {
            guard let weekday = ImportValues.weekday(file.cell(row, .weekday)), weekday <= 6 else {
                plan.problems.append(file.problem(row, .weekday, LocalizedText(ru: "день недели — пн, вт, ср, чт, пт или сб.",
                                                                               en: "the weekday is Mon to Sat.")))
                continue
            }
            guard let slot = Int(file.cell(row, .slot)), Bell.slots.contains(slot) else {
                plan.problems.append(file.problem(row, .slot, LocalizedText(ru: "номер урока — от \(Bell.slots.lowerBound) до \(Bell.slots.upperBound).",
                                                                            en: "the lesson number is \(Bell.slots.lowerBound) to \(Bell.slots.upperBound).")))
                continue
            }
            let schoolClass = school.classes.existingClass(file, row, &plan)
            let subject = school.subject(file, row, &plan)
            let teacher = school.teacher(file, row, &plan)
            guard let schoolClass, let subject, let teacher,
                  case let .some(group) = school.subgroup(file, row, classID: schoolClass.id, subjectID: subject.id, creating: false, &plan)
            else { continue }
            let entry = TimetableEntry(id: RecordID.make(), yearID: school.classes.year.id, weekday: weekday, slot: slot, classID: schoolClass.id,
                                       subjectID: subject.id, subgroupID: group?.id, teacherID: teacher.id, room: file.cell(row, .room),
                                       validFrom: start)
            let entryKey = key(weekday, slot, schoolClass.id, group?.id)
            if let first = lines[entryKey] {
                plan.problems.append(file.problem(row, nil, LocalizedText(ru: "у класса в это время уже урок в строке \(first).",
                                                                          en: "the class already has a lesson at that time on line \(first).")))
                continue
            }
            if let clash = clash(of: entry, with: planned, lines: lines) ?? clash(of: entry, withJournal: existing, replacedBy: Set(lines.keys).union([entryKey])) {
                plan.problems.append(file.problem(row, nil, clash))
                continue
            }
            lines[entryKey] = row.line
            planned.append(entry)
            let title = LocalizedText(verbatim: "\(ImportValues.weekdayName(weekday)) \(slot), \(schoolClass.title)" + (group.map { " · \($0.name)" } ?? "")
                                      + ": \(subject.name), \(teacher.shortName)" + (entry.room.isEmpty ? "" : ", \(entry.room)"))
            guard let old = byKey[entryKey] else {
                plan.added.append(title)
                plan.writes.append { try $0.writer.create(entry) }
                continue
            }
            guard old.subjectID != entry.subjectID || old.teacherID != entry.teacherID || old.room != entry.room else {
                plan.unchanged += 1
                continue
            }
            plan.changed.append(title)
            if old.validFrom >= start {
                for (field, value) in [("subject_id", entry.subjectID), ("teacher_id", entry.teacherID), ("room", entry.room)] {
                    plan.writes.append { _ = try $0.writer.update(table: TimetableEntry.databaseTableName, id: old.id, field: field, to: value) }
                }
            } else {
                plan.writes.append { _ = try $0.writer.update(table: TimetableEntry.databaseTableName, id: old.id, field: "valid_to", to: start.adding(days: -1)) }
                plan.writes.append { try $0.writer.create(entry) }
            }
        }
        let gone = existing.filter { lines[key($0.weekday, $0.slot, $0.classID, $0.subgroupID)] == nil }
        plan.missing = gone.map { LocalizedText(verbatim: "\(ImportValues.weekdayName($0.weekday)) \($0.slot), \(school.classes.schoolClass(id: $0.classID)?.title ?? "")") }
        return plan
    }

    private static func key(_ weekday: Int, _ slot: Int, _ classID: String, _ subgroupID: String?) -> String {
        "\(weekday)/\(slot)/\(classID)/\(subgroupID ?? "")"
    }

    /// Why an entry cannot be where the file's earlier rows put others: the same teacher, the same
    /// room (for another class), or the whole class and one of its groups at once.
    private static func clash(of entry: TimetableEntry, with others: [TimetableEntry], lines: [String: Int]) -> LocalizedText? {
        for other in others where other.weekday == entry.weekday && other.slot == entry.slot {
            let line = lines[key(other.weekday, other.slot, other.classID, other.subgroupID)] ?? 0
            if let reason = clash(entry, other) {
                return LocalizedText(ru: "\(reason.russian) (строка \(line)).", en: "\(reason.english) (line \(line)).")
            }
        }
        return nil
    }

    /// The same against the journal's entries that the file does not replace.
    private static func clash(of entry: TimetableEntry, withJournal existing: [TimetableEntry], replacedBy keys: Set<String>) -> LocalizedText? {
        for other in existing where other.weekday == entry.weekday && other.slot == entry.slot
            && !keys.contains(key(other.weekday, other.slot, other.classID, other.subgroupID)) {
            if let reason = clash(entry, other) {
                return LocalizedText(ru: "\(reason.russian) (в журнале, в файле этого урока нет).", en: "\(reason.english) (in the journal, not in the file).")
            }
        }
        return nil
    }

    private static func clash(_ entry: TimetableEntry, _ other: TimetableEntry) -> LocalizedText? {
        if other.teacherID == entry.teacherID {
            return LocalizedText(ru: "у учителя в это время другой урок", en: "the teacher has another lesson then")
        }
        if !entry.room.isEmpty, ImportColumn.normalized(other.room) == ImportColumn.normalized(entry.room), other.classID != entry.classID {
            return LocalizedText(ru: "кабинет \(entry.room) в это время занят", en: "room \(entry.room) is taken then")
        }
        if other.classID == entry.classID, other.subgroupID == nil || entry.subgroupID == nil {
            return LocalizedText(ru: "у класса в это время другой урок", en: "the class has another lesson then")
        }
        return nil
    }
}
