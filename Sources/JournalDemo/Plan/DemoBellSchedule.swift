/// A time of day to the minute.
public struct DemoTime: Sendable, Hashable, Codable, Comparable {
    public let hour: Int
    public let minute: Int

    /// A time; minutes past 59 roll into hours.
    public init(hour: Int, minute: Int) {
        self.hour = hour + minute / 60
        self.minute = minute % 60
    }

    /// «08:30».
    public var text: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// Minutes since midnight.
    public var minutesSinceMidnight: Int { hour * 60 + minute }

    /// This time plus `minutes`.
    public func adding(minutes: Int) -> DemoTime {
        DemoTime(hour: 0, minute: minutesSinceMidnight + minutes)
    }

    public static func < (lhs: DemoTime, rhs: DemoTime) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }
}

/// One lesson period of the bell schedule (расписание звонков).
public struct DemoBellPeriod: Sendable, Hashable, Codable {
    public let number: Int
    public let start: DemoTime
    public let end: DemoTime
}

/// The bell schedule: numbered periods with their start and end.
public struct DemoBellSchedule: Sendable, Hashable, Codable {
    /// Periods 1… in order.
    public let periods: [DemoBellPeriod]

    /// Periods from `start`, each `lessonMinutes` long, separated by `breaks` (one fewer than periods).
    public init(start: DemoTime, lessonMinutes: Int, breaks: [Int]) {
        var periods: [DemoBellPeriod] = []
        var time = start
        for number in 1...(breaks.count + 1) {
            let end = time.adding(minutes: lessonMinutes)
            periods.append(DemoBellPeriod(number: number, start: time, end: end))
            if number <= breaks.count { time = end.adding(minutes: breaks[number - 1]) }
        }
        self.periods = periods
    }

    /// 8:30 start, 45-minute lessons, 10-minute breaks and two 20-minute ones for meals.
    public static let standard = DemoBellSchedule(
        start: DemoTime(hour: 8, minute: 30), lessonMinutes: 45, breaks: [10, 20, 20, 10, 10, 10]
    )
}

/// A school day Monday–Friday.
public enum DemoWeekday: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case monday = 1, tuesday, wednesday, thursday, friday

    /// «Понедельник».
    public var name: String {
        ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница"][rawValue - 1]
    }

    /// «Пн».
    public var shortName: String {
        ["Пн", "Вт", "Ср", "Чт", "Пт"][rawValue - 1]
    }

    public static func < (lhs: DemoWeekday, rhs: DemoWeekday) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A place in the weekly timetable: a day and a period number (1–7).
public struct DemoSlot: Sendable, Hashable, Codable, Comparable {
    public let day: DemoWeekday
    public let period: Int

    /// A slot.
    public init(day: DemoWeekday, period: Int) {
        self.day = day
        self.period = period
    }

    /// Periods a day can hold.
    public static let periodsPerDay = 7

    /// 0-based index for bit masks: (day − 1) × 7 + (period − 1).
    var index: Int { (day.rawValue - 1) * DemoSlot.periodsPerDay + period - 1 }

    init(index: Int) {
        self.init(
            day: DemoWeekday(rawValue: index / DemoSlot.periodsPerDay + 1) ?? .monday,
            period: index % DemoSlot.periodsPerDay + 1
        )
    }

    public static func < (lhs: DemoSlot, rhs: DemoSlot) -> Bool { lhs.index < rhs.index }
}
