import Foundation
import GRDB

/// The one way to write a whole school into an empty journal at once (the demo school): every
/// record goes in through the operation log, as any change does, so `verify` holds; the whole
/// school is one transaction, so a failure leaves the journal empty.
///
/// Ids come from the caller's generator, so the same seed makes the same database. The seeder
/// is handed to the body of `Journal.seedEmptySchool` and is valid only inside it.
public final class SchoolSeeder {
    private let db: Database
    private let writer: RecordWriter
    private let ids: RecordIDSource
    private let replicaID: String
    private let reason: String

    init(db: Database, replicaID: String, ids: RecordIDSource, reason: String, actorID: String, at start: Date) {
        self.db = db
        self.replicaID = replicaID
        self.ids = ids
        self.reason = reason
        writer = RecordWriter(db, stamp: OperationStamp(actorID: actorID, replicaID: replicaID, at: start,
                                                        reason: reason, operationID: ids.make(at: start)), ids: ids)
    }

    /// Starts a new operation in the log, made by `actorID` at `date`.
    public func beginOperation(actorID: String, at date: Date) {
        writer.stamp = OperationStamp(actorID: actorID, replicaID: replicaID, at: date, reason: reason, operationID: ids.make(at: date))
    }

    /// A new record id made at the current operation's time.
    public func newID() -> String { ids.make(at: writer.stamp.date) }

    /// Writes a new record and its log entry.
    public func create<Record: JournalRecord>(_ record: Record) throws {
        try writer.create(record)
    }

    /// Saves one of the school's settings as `settings` has it, logged.
    public func saveSetting(_ key: JournalSettings.Key, of settings: JournalSettings) throws {
        try writer.create(Setting(id: key.rawValue, value: settings.json(for: key)))
    }

    /// Closes a reporting period (its marks can no longer change), logged.
    public func closePeriod(id: String) throws {
        _ = try writer.update(table: Period.databaseTableName, id: id, field: "closed", to: true)
    }

    /// Adds an account that may log in straight away with the password `passwordHash` was made from.
    public func createAccount(id: String, personID: String?, login: String, passwordHash: String, roles: Set<Role>) throws {
        try Account(id: id, personID: personID, login: login, passwordHash: passwordHash,
                    mustChangePassword: false, roles: Role.listText(roles)).insertLogged(db, writer: writer)
    }

    /// Names the school, logged, under the same text rules as the administrator's setting.
    public func setSchoolName(_ name: String) throws {
        try Meta.storeSchoolName(name, in: db, writer: writer)
    }

    /// Marks the journal as a demo school: only there may the program run on a fixed clock.
    public func markAsDemoSchool() throws {
        try Meta.set(db, key: Meta.demoKey, value: "1")
    }
}

extension Journal {
    /// Runs `body` with a seeder on this journal, in one transaction, refused unless the journal
    /// has no entries yet. `ids` draws the record ids; the first operation is `actorID`'s at `start`.
    public func seedEmptySchool<Result>(
        ids generator: some RandomNumberGenerator, reason: String, actorID: String, start: Date,
        _ body: (SchoolSeeder) throws -> Result
    ) throws(Refusal) -> Result {
        do {
            return try database.pool.write { db in
                if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM operation_log") ?? 0 > 0 {
                    throw Refusal.duplicate(LocalizedText(ru: "База уже содержит данные: школа заполняется только в новой базе.",
                                                          en: "The database already holds data: a school is filled in only in a new one."))
                }
                let replicaID = try Meta.value(db, key: Meta.replicaKey) ?? ""
                let seeder = SchoolSeeder(db: db, replicaID: replicaID, ids: RecordIDSource(generator: generator),
                                          reason: reason, actorID: actorID, at: start)
                return try body(seeder)
            }
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            throw Refusal.storage(StorageError.from(error, path: database.path))
        }
    }

    /// The active logins with the names behind them, for a demo school only (`journal demo
    /// --logins` prints them again; every demo login has the same published password).
    public func demoLogins() throws(Refusal) -> [(login: String, name: String)] {
        guard try isDemoSchool() else {
            throw Refusal.invalidValue(LocalizedText(ru: "Это не демо-школа: её учётные записи здесь не показываются.",
                                                     en: "This is not a demo school: its accounts are not listed here."))
        }
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.login, p.last_name, p.first_name, p.patronymic FROM account a LEFT JOIN person p ON p.id = a.person_id
                WHERE a.state = 'active' ORDER BY a.login
                """).map { row in
                let name = [row["last_name"] as String?, row["first_name"], row["patronymic"]].compactMap { $0 }.filter { !$0.isEmpty }
                return (row["login"], name.isEmpty ? "—" : name.joined(separator: " "))
            }
        }
    }
}
