import Foundation

extension JournalSession {
    /// The current moment on the journal's clock.
    public var now: Date { journal.clock.now() }

    /// A moment as the school reads it: «ДД.ММ.ГГГГ ЧЧ:ММ» in the school's time zone.
    public func localText(_ moment: Date) -> String {
        Timestamp.localText(Timestamp.text(moment), timeZone: journal.timeZone)
    }

    /// When a log entry was written, as «ДД.ММ.ГГГГ ЧЧ:ММ» in the school's time zone.
    public func localText(of entry: LogEntry) -> String {
        Timestamp.localText(entry.at, timeZone: journal.timeZone)
    }

    /// The moment typed as «ДД.ММ.ГГГГ ЧЧ:ММ» (`1.9.2026 8:05` too), in the school's time zone;
    /// nil for anything else, a day that does not exist or a time that is not one.
    public func moment(russianText text: String) -> Date? {
        Timestamp.date(localText: text, timeZone: journal.timeZone)
    }
}

extension Timestamp {
    /// The moment `ДД.ММ.ГГГГ ЧЧ:ММ` names in a time zone (the reverse of `localText`); nil for anything else.
    static func date(localText text: String, timeZone: TimeZone) -> Date? {
        let parts = text.split(separator: " ")
        guard parts.count == 2, let day = SchoolDate(russianText: String(parts[0])) else { return nil }
        guard parts[1].allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":") }),
              let clock = ImportValues.clockTime(String(parts[1])), let hour = Int(clock.prefix(2)), let minute = Int(clock.suffix(2)) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute))
    }
}
