import Foundation

/// Where the model gets "now" from: the system clock in the program, a controllable one in tests.
public protocol JournalClock: Sendable {
    /// The current moment.
    func now() -> Date
}

/// The real clock.
public struct SystemClock: JournalClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that stays where it is set: tests move it to check edit windows and lock-outs.
public final class FixedClock: JournalClock, @unchecked Sendable {
    private let lock = NSLock()
    private var moment: Date

    public init(_ moment: Date) { self.moment = moment }

    /// A clock set to noon (UTC) of a school date.
    public convenience init(_ date: SchoolDate) {
        self.init(Date(timeIntervalSince1970: TimeInterval(date.dayNumber * 86_400 + 12 * 3_600)))
    }

    public func now() -> Date { lock.withLock { moment } }

    /// Moves the clock to another moment.
    public func set(_ newMoment: Date) { lock.withLock { moment = newMoment } }

    /// Moves the clock to noon (UTC) of a school date.
    public func set(_ date: SchoolDate) {
        set(Date(timeIntervalSince1970: TimeInterval(date.dayNumber * 86_400 + 12 * 3_600)))
    }

    /// Moves the clock forward.
    public func advance(by seconds: TimeInterval) { lock.withLock { moment += seconds } }
}

enum Timestamp {
    /// A moment as UTC ISO 8601 text with milliseconds, which sorts as it reads.
    static func text(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let day = Int(floorDivide(milliseconds, 86_400_000))
        let inDay = milliseconds - Int64(day) * 86_400_000
        let calendarDate = SchoolDate(dayNumber: day)
        let hours = inDay / 3_600_000
        let minutes = inDay / 60_000 % 60
        let seconds = inDay / 1000 % 60
        let millis = inDay % 1000
        return "\(calendarDate)T\(pad(hours, 2)):\(pad(minutes, 2)):\(pad(seconds, 2)).\(pad(millis, 3))Z"
    }

    /// The moment `text(_:)` wrote (`2026-11-20T12:00:00.000Z`); nil for anything else.
    static func date(from text: String) -> Date? {
        let parts = text.split(separator: "T")
        guard parts.count == 2, let day = SchoolDate(String(parts[0])), parts[1].hasSuffix("Z") else { return nil }
        let clock = parts[1].dropLast().split(separator: ":")
        guard clock.count == 3, let hours = Int(clock[0]), let minutes = Int(clock[1]), let seconds = Double(clock[2]) else { return nil }
        let secondsOfDay = Double(hours * 3_600 + minutes * 60) + seconds
        return Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400 + secondsOfDay)
    }

    /// `ДД.ММ.ГГГГ ЧЧ:ММ` in a time zone, of a moment `text(_:)` wrote; the text itself otherwise.
    static func localText(_ timestamp: String, timeZone: TimeZone) -> String {
        guard let date = date(from: timestamp) else { return timestamp }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%02d.%02d.%04d %02d:%02d", parts.day ?? 0, parts.month ?? 0, parts.year ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        value >= 0 ? value / divisor : (value - divisor + 1) / divisor
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// A clock fixed by the `JOURNAL_NOW` environment variable (`YYYY-MM-DD`, noon UTC), for
/// end-to-end tests and demonstrations that must not depend on the day they run.
public enum EnvironmentClock {
    /// The fixed clock `JOURNAL_NOW` names, or nil when it is unset or not a date.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> FixedClock? {
        guard let text = environment["JOURNAL_NOW"], let date = SchoolDate(text) else { return nil }
        return FixedClock(date)
    }
}
