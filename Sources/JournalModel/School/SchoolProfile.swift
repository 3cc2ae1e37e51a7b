extension Journal {
    /// The school's name, as the login screen and reports show it.
    public func schoolName() throws(Refusal) -> String {
        try read { db in try Meta.value(db, key: Meta.schoolNameKey) } ?? ""
    }
}

extension JournalSession {
    /// Names the school (the administrator's setting), recorded in the operation log like every change.
    public func setSchoolName(_ name: String) throws(Refusal) {
        try perform { transaction in
            try transaction.require(.settings)
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else {
                throw Refusal.invalidValue(LocalizedText(ru: "Название школы не может быть пустым.", en: "The school's name cannot be empty."))
            }
            try StoredText.check(trimmed, table: Meta.tableName, column: Meta.schoolNameKey)
            let old = try Meta.value(transaction.db, key: Meta.schoolNameKey)
            guard old != trimmed else { return }
            try Meta.set(transaction.db, key: Meta.schoolNameKey, value: trimmed)
            try transaction.writer.note(table: Meta.tableName, id: Meta.schoolNameKey, field: "value",
                                        old: CanonicalValue.encode(old.databaseValue), new: CanonicalValue.encode(trimmed.databaseValue))
        }
    }
}
