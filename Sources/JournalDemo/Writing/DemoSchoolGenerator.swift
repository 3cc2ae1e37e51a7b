import Foundation
import JournalModel

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
        let administrator = DemoWriteContext.administratorID
        let firstMoment = DemoWriteContext.moment(calendar.yearStart.adding(days: -7), hour: 9, minute: 0, timeZone: journal.timeZone)
        return try journal.seedEmptySchool(ids: DemoRandom(seed: seed).derived("ids"), reason: "demo",
                                           actorID: administrator, start: firstMoment) { seeder in
            let context = DemoWriteContext(writer: seeder, timeZone: journal.timeZone, today: today, calendar: calendar)
            let school = try DemoStructureWriter(context: context, plan: plan).write()
            var summary = try DemoJournalWriter(context: context, plan: plan, school: school, size: size).write()
            summary.logins = try DemoAccountsWriter(context: context, plan: plan, school: school, hashes: hashes).write()
            try seeder.markAsDemoSchool()
            try seeder.setSchoolName("МБОУ «Средняя общеобразовательная школа № \(seed % 90 + 1)»")
            return summary
        }
    }
}

/// What every part of the demo writer shares: the model's seeder and the demo's calendar.
final class DemoWriteContext {
    let writer: SchoolSeeder
    let timeZone: TimeZone
    let today: SchoolDate
    let calendar: DemoCalendar
    /// Who the log names for the demo's set-up: the program acting for the administrator.
    static let administratorID = "system:demo"

    init(writer: SchoolSeeder, timeZone: TimeZone, today: SchoolDate, calendar: DemoCalendar) {
        self.writer = writer
        self.timeZone = timeZone
        self.today = today
        self.calendar = calendar
    }

    /// Starts a new operation in the log: made by `actorID` at a local time on `date`.
    func beginOperation(actorID: String = administratorID, on date: SchoolDate, hour: Int, minute: Int) {
        writer.beginOperation(actorID: actorID, at: Self.moment(date, hour: hour, minute: minute, timeZone: timeZone))
    }

    /// A new record id made at the current operation's time.
    func newID() -> String { writer.newID() }

    static func moment(_ date: SchoolDate, hour: Int, minute: Int, timeZone: TimeZone) -> Date {
        let utc = TimeInterval(date.dayNumber * 86_400 + hour * 3_600 + minute * 60)
        return Date(timeIntervalSince1970: utc - TimeInterval(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: utc))))
    }
}
