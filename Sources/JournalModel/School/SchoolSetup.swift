extension Journal {
    /// Sets up a new school in an empty database (`journal init`): the current school year with
    /// its quarters, the school's name, and the administrator's account with a temporary password.
    /// Everything is written through the operation log, as the program itself (`system:init`).
    public func setUpSchool(name: String, administratorLogin: String) throws(Refusal) -> IssuedCredentials {
        let setup = JournalSession.system(self, "init")
        if try read({ db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM operation_log)") ?? false }) {
            throw Refusal.duplicate(LocalizedText(ru: "В базе уже есть школа.", en: "The database already holds a school."))
        }
        let startYear = SchoolCalendar.startYear(containing: today)
        let span = SchoolCalendar.yearSpan(startYear: startYear)
        try setup.createSchoolYear(name: SchoolCalendar.yearName(startYear: startYear), startsOn: span.startsOn,
                                   endsOn: span.endsOn, periods: SchoolCalendar.quarters(startYear: startYear))
        try setup.setSchoolName(name)
        return try setup.createAccount(login: administratorLogin, personID: nil, roles: [.administrator])
    }

    /// Checks the database: SQLite's integrity, the operation log's and the access log's hash
    /// chains, and every journal record against the log (`journal verify`, run from cron too).
    public func verify() throws(Refusal) -> VerificationReport {
        do { return try Verifier.verify(database) } catch { throw Refusal.storage(StorageError.from(error, path: database.path)) }
    }
}
