import GRDB

/// `звонки`: lesson number, start, end (`08:30`). Bells are matched by lesson number; their times may change.
enum BellsImport {
    static func plan(_ file: ImportFile, _ db: Database) throws -> ImportPlan {
        var plan = ImportPlan()
        let existing = try Bell.bySlot(db)
        var seen: [Int: Int] = [:]
        for row in file.rows {
            guard let slot = Int(file.cell(row, .slot)), Bell.slots.contains(slot) else {
                plan.problems.append(file.problem(row, .slot, LocalizedText(ru: "номер урока — от \(Bell.slots.lowerBound) до \(Bell.slots.upperBound).",
                                                                            en: "the lesson number is \(Bell.slots.lowerBound) to \(Bell.slots.upperBound).")))
                continue
            }
            let start = ImportValues.clockTime(file.cell(row, .startsOn))
            let end = ImportValues.clockTime(file.cell(row, .endsOn))
            guard let start else {
                plan.problems.append(file.problem(row, .startsOn, LocalizedText(ru: "время в виде ЧЧ:ММ.", en: "a time as HH:MM.")))
                continue
            }
            guard let end, start < end else {
                plan.problems.append(file.problem(row, .endsOn, LocalizedText(ru: "время в виде ЧЧ:ММ, позже начала.", en: "a time as HH:MM, after the start.")))
                continue
            }
            if let first = seen[slot] {
                plan.problems.append(file.problem(row, .slot, LocalizedText(ru: "этот урок уже есть в строке \(first).", en: "this lesson is already on line \(first).")))
                continue
            }
            seen[slot] = row.line
            let title = LocalizedText(ru: "урок \(slot)", en: "lesson \(slot)")
            guard let bell = existing[slot] else {
                let created = Bell(id: RecordID.make(), slot: slot, startsAt: start, endsAt: end)
                plan.added.append(LocalizedText(ru: "\(title.russian): \(start)–\(end)", en: "\(title.english): \(start)–\(end)"))
                plan.writes.append { try $0.writer.create(created) }
                continue
            }
            var changes: [LocalizedText] = []
            for (field, old, new) in [("starts_at", bell.startsAt, start), ("ends_at", bell.endsAt, end)] where old != new {
                changes.append(LocalizedText(verbatim: "\(old) → \(new)"))
                plan.writes.append { _ = try $0.writer.update(table: Bell.databaseTableName, id: bell.id, field: field, to: new) }
            }
            plan.matched(title, changes: changes)
        }
        plan.missing = existing.keys.filter { seen[$0] == nil }.sorted().map { LocalizedText(ru: "урок \($0)", en: "lesson \($0)") }
        return plan
    }
}
