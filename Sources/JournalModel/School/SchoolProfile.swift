import GRDB

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
            try Meta.storeSchoolName(trimmed, in: transaction.db, writer: transaction.writer)
        }
    }
}

extension Meta {
    /// Stores the school's name with its log entry, after the stored-text check; nothing when unchanged.
    static func storeSchoolName(_ name: String, in db: Database, writer: RecordWriter) throws {
        try StoredText.check(name, table: tableName, column: schoolNameKey)
        let old = try value(db, key: schoolNameKey)
        guard old != name else { return }
        try set(db, key: schoolNameKey, value: name)
        try writer.note(table: tableName, id: schoolNameKey, field: "value",
                        old: CanonicalValue.encode(old.databaseValue), new: CanonicalValue.encode(name.databaseValue))
    }
}
