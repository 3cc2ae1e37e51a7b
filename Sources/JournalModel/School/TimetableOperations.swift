import GRDB

extension JournalSession {
    /// Sets the times of a lesson slot in the bell schedule.
    @discardableResult
    public func setBell(slot: Int, startsAt: String, endsAt: String) throws(Refusal) -> Bell {
        try perform { transaction in
            try transaction.require(.timetable)
            guard Self.isClockTime(startsAt), Self.isClockTime(endsAt), startsAt < endsAt, Bell.slots.contains(slot) else {
                throw Refusal.invalidValue(LocalizedText(ru: "Время урока в виде ЧЧ:ММ, начало раньше конца.",
                                                         en: "Lesson times as HH:MM, start before end."))
            }
            if let existing = try Bell.filter(Column("slot") == slot && Column("state") == RecordState.active).fetchOne(transaction.db) {
                try transaction.writer.update(table: Bell.databaseTableName, id: existing.id, field: "starts_at", to: startsAt)
                try transaction.writer.update(table: Bell.databaseTableName, id: existing.id, field: "ends_at", to: endsAt)
                return Bell(id: existing.id, slot: slot, startsAt: startsAt, endsAt: endsAt)
            }
            let bell = Bell(id: transaction.newID(), slot: slot, startsAt: startsAt, endsAt: endsAt)
            try transaction.writer.create(bell)
            return bell
        }
    }

    /// Adds a weekly timetable entry, refusing one that puts a class, subgroup or teacher in two places at once.
    @discardableResult
    public func addTimetableEntry(_ entry: TimetableEntry) throws(Refusal) -> TimetableEntry {
        try perform { transaction in
            try transaction.require(.timetable)
            var entry = entry
            if entry.id.isEmpty { entry.id = transaction.newID() }
            guard (1...7).contains(entry.weekday), entry.slot >= 0 else {
                throw Refusal.invalidValue(LocalizedText(ru: "День недели 1–7 и номер урока.", en: "Weekday 1–7 and a slot number."))
            }
            let clash = try Bool.fetchOne(transaction.db, sql: """
                SELECT EXISTS (SELECT 1 FROM timetable_entry
                    WHERE weekday = ? AND slot = ? AND state = 'active'
                      AND (valid_to IS NULL OR valid_to >= ?) AND (? IS NULL OR valid_from <= ?)
                      AND (teacher_id = ? OR (class_id = ? AND (subgroup_id IS NULL OR ? IS NULL OR subgroup_id = ?))))
                """, arguments: [entry.weekday, entry.slot, entry.validFrom, entry.validTo, entry.validTo,
                                 entry.teacherID, entry.classID, entry.subgroupID, entry.subgroupID]) ?? false
            if clash {
                throw Refusal.duplicate(LocalizedText(ru: "В это время у класса или учителя уже есть урок.",
                                                      en: "The class or the teacher already has a lesson at that time."))
            }
            try transaction.writer.create(entry)
            return entry
        }
    }

    /// Ends a timetable entry: it no longer applies after `lastDay`.
    public func endTimetableEntry(_ entryID: String, lastDay: SchoolDate) throws(Refusal) {
        try perform { transaction in
            try transaction.require(.timetable)
            _ = try TimetableEntry.require(transaction.db, entryID)
            try transaction.writer.update(table: TimetableEntry.databaseTableName, id: entryID, field: "valid_to", to: lastDay)
        }
    }

    static func isClockTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let hours = Int(parts[0]), let minutes = Int(parts[1]) else { return false }
        return (0...23).contains(hours) && (0...59).contains(minutes)
    }
}
