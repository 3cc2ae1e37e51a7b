extension Journal {
    /// The school's name, as reports and the login screen show it.
    public func schoolName() throws(Refusal) -> String {
        try read { db in try Meta.value(db, key: Meta.schoolNameKey) } ?? ""
    }

    /// Names the school (set up by `init` and `demo`; not journal data, so not in the log).
    public func setSchoolName(_ name: String) throws(Refusal) {
        do {
            try database.pool.write { db in try Meta.set(db, key: Meta.schoolNameKey, value: name) }
        } catch {
            throw Refusal.storage(StorageError.from(error, path: database.path))
        }
    }
}
