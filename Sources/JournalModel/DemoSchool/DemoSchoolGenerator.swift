import Foundation
import GRDB

/// A demo login printed for the user: who it is and how to get in.
public struct DemoCredential: Sendable, Hashable {
    public let role: LocalizedText
    public let login: String
    public let password: String
    public let name: String
}

/// What `journal demo` made.
public struct DemoSummary: Sendable {
    public var classes = 0
    public var students = 0
    public var teachers = 0
    public var lessons = 0
    public var marks = 0
    public var absences = 0
    public var logins: [DemoCredential] = []
}

/// Builds a realistic demo school in an empty journal, the same for the same seed and date.
///
/// Everything is written through the operation log (so `verify` holds), in one transaction:
/// a failure leaves the database empty. Structure is written as the demo's administrator; lessons,
/// marks and absences as entries made on the lesson's day, so timeliness reports have data.
public enum DemoSchoolGenerator {
    /// The password of every demo login (not temporary, so the demo opens straight away).
    public static let password = "demo2026"

    /// Generates the school. `passwordRounds` below the recommendation are for tests.
    public static func generate(
        into journal: Journal, size: DemoSchoolSize, seed: UInt64,
        passwordRounds: Int = PasswordHasher.recommendedRounds
    ) throws(Refusal) -> DemoSummary {
        let today = journal.today
        let calendar = DemoCalendar(today: today)
        let plan = DemoSchoolPlan.make(size: size, seed: seed, schoolYear: calendar.startYear)
        let hashes: [String]
        do {
            hashes = try (0..<7).map { _ in try PasswordHasher.hash(password, rounds: passwordRounds) }
        } catch {
            throw Refusal.invalidValue(LocalizedText(ru: "Не удалось сохранить пароль.", en: "Could not store the password."))
        }
        do {
            return try journal.database.pool.write { db in
                if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM operation_log") ?? 0 > 0 {
                    throw Refusal.duplicate(LocalizedText(ru: "База уже содержит данные: демо-школа создаётся только в новой базе.",
                                                          en: "The database already holds data: a demo school is made only in a new one."))
                }
                let replicaID = try Meta.value(db, key: Meta.replicaKey) ?? ""
                let context = DemoWriteContext(db: db, replicaID: replicaID, seed: seed, timeZone: journal.timeZone,
                                               today: today, calendar: calendar)
                let school = try DemoStructureWriter(context: context, plan: plan).write()
                var summary = try DemoJournalWriter(context: context, plan: plan, school: school, size: size).write()
                summary.logins = try DemoAccountsWriter(context: context, plan: plan, school: school, hashes: hashes).write()
                try Meta.set(db, key: Meta.demoKey, value: "1")
                let name = "МБОУ «Средняя общеобразовательная школа № \(seed % 90 + 1)»"
                try Meta.set(db, key: Meta.schoolNameKey, value: name)
                try context.writer.note(table: Meta.tableName, id: Meta.schoolNameKey, field: "value", old: CanonicalValue.encode(.null),
                                        new: CanonicalValue.encode(name.databaseValue))
                return summary
            }
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            throw Refusal.storage(StorageError.from(error, path: journal.database.path))
        }
    }
}

/// What every part of the demo writer shares: the transaction, the log writer, the seeded ids.
final class DemoWriteContext {
    let db: Database
    let writer: RecordWriter
    let ids: RecordIDSource
    let timeZone: TimeZone
    let today: SchoolDate
    let calendar: DemoCalendar
    let replicaID: String
    static let administrator = JournalActor.system("demo")

    init(db: Database, replicaID: String, seed: UInt64, timeZone: TimeZone, today: SchoolDate, calendar: DemoCalendar) {
        self.db = db
        self.replicaID = replicaID
        self.timeZone = timeZone
        self.today = today
        self.calendar = calendar
        ids = RecordIDSource(generator: DemoRandom(seed: seed).derived("ids"))
        let start = DemoWriteContext.moment(calendar.yearStart.adding(days: -7), hour: 9, minute: 0, timeZone: timeZone)
        writer = RecordWriter(db, stamp: OperationStamp(actorID: Self.administrator.id, replicaID: replicaID, at: start,
                                                        reason: "demo", operationID: ids.make(at: start)),
                              ids: ids)
    }

    /// Starts a new operation in the log: made by `actorID` at a local time on `date`.
    func beginOperation(actorID: String = administrator.id, on date: SchoolDate, hour: Int, minute: Int) {
        let at = Self.moment(date, hour: hour, minute: minute, timeZone: timeZone)
        writer.stamp = OperationStamp(actorID: actorID, replicaID: replicaID, at: at, reason: "demo", operationID: ids.make(at: at))
    }

    /// A new record id made at the current operation's time.
    func newID() -> String { ids.make(at: writer.stamp.date) }

    static func moment(_ date: SchoolDate, hour: Int, minute: Int, timeZone: TimeZone) -> Date {
        let utc = TimeInterval(date.dayNumber * 86_400 + hour * 3_600 + minute * 60)
        return Date(timeIntervalSince1970: utc - TimeInterval(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: utc))))
    }
}

extension DemoSchoolGenerator {
    /// The logins of a demo school with the names behind them, to print again (`journal demo
    /// --logins`); refused on a school that is not a demo.
    public static func logins(in journal: Journal) throws(Refusal) -> [(login: String, name: String)] {
        guard try journal.isDemoSchool() else {
            throw Refusal.invalidValue(LocalizedText(ru: "Это не демо-школа: её учётные записи здесь не показываются.",
                                                     en: "This is not a demo school: its accounts are not listed here."))
        }
        return try journal.read { db in
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
