import Foundation
import GRDB

/// The school journal as a file: it opens the database and lets people in. Everything else, every
/// read and every change of journal data, is a method of the `JournalSession` that `logIn` opens.
///
/// A change is an operation performed as an actor: the journal checks the actor's permission and
/// the journal rules, then writes the rows and their log entries in one transaction. A refused
/// operation throws a `Refusal` and leaves the database as it was.
public final class Journal: Sendable {
    let database: JournalDatabase
    let clock: any JournalClock
    /// The school's time zone: it decides which date "today" is for edit windows.
    public let timeZone: TimeZone

    init(database: JournalDatabase, clock: any JournalClock = SystemClock(), timeZone: TimeZone = .current) {
        self.database = database
        self.clock = clock
        self.timeZone = timeZone
    }

    /// Opens the journal stored at `path`.
    public convenience init(path: String, clock: any JournalClock = SystemClock(), timeZone: TimeZone = .current) throws(StorageError) {
        self.init(database: try JournalDatabase(path: path), clock: clock, timeZone: timeZone)
    }

    /// Where the database file is.
    public var path: String { database.path }

    /// Today's date at the school.
    public var today: SchoolDate { SchoolDate(clock.now(), timeZone: timeZone) }

    /// Runs one operation in a write transaction as `actor`.
    ///
    /// Anything the body throws rolls the whole transaction back; database failures become
    /// `Refusal.storage` with a message for the user.
    func perform<Result>(
        as actor: JournalActor, reason: String = "",
        _ body: (JournalTransaction) throws -> Result
    ) throws(Refusal) -> Result {
        let now = clock.now()
        let today = SchoolDate(now, timeZone: timeZone)
        do {
            let replicaID = database.replicaID()
            return try database.pool.write { db in
                let stamp = OperationStamp(actorID: actor.id, replicaID: replicaID, at: now, reason: reason)
                let transaction = JournalTransaction(db: db, actor: actor, stamp: stamp, today: today)
                return try body(transaction)
            }
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            throw Refusal.storage(StorageError.from(error, path: database.path))
        }
    }

    /// Runs a write of the journal's own bookkeeping (login attempts), outside any operation.
    func write<Result>(_ body: (Database) throws -> Result) throws(Refusal) -> Result {
        do {
            return try database.pool.write { db in try body(db) }
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            throw Refusal.storage(StorageError.from(error, path: database.path))
        }
    }

    /// Runs a read in a read-only snapshot.
    func read<Result>(_ body: (Database) throws -> Result) throws(Refusal) -> Result {
        do {
            return try database.pool.read { db in try body(db) }
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            throw Refusal.storage(StorageError.from(error, path: database.path))
        }
    }

}

/// One operation in progress: the database inside its transaction, the actor, the log writer.
final class JournalTransaction {
    let db: Database
    let actor: JournalActor
    let writer: RecordWriter
    let today: SchoolDate
    let stamp: OperationStamp
    private var cachedSettings: JournalSettings?

    init(db: Database, actor: JournalActor, stamp: OperationStamp, today: SchoolDate) {
        self.db = db
        self.actor = actor
        self.stamp = stamp
        self.today = today
        writer = RecordWriter(db, stamp: stamp)
    }

    /// The settings in force for this operation.
    func settings() throws -> JournalSettings {
        if let cachedSettings { return cachedSettings }
        let loaded = try JournalSettings.load(db)
        cachedSettings = loaded
        return loaded
    }

    /// Checks a permission, throwing the refusal if it is denied.
    @discardableResult
    func require(_ kind: ChangeKind, facts: PermissionFacts = PermissionFacts()) throws -> Grant {
        switch PermissionRules.decide(kind, roles: actor.roles, facts: facts) {
        case let .success(grant): return grant
        case let .failure(refusal): throw refusal
        }
    }

    /// A new record id, time-ordered.
    func newID() -> String { RecordID.make() }
}
