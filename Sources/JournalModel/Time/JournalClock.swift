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

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        value >= 0 ? value / divisor : (value - divisor + 1) / divisor
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
