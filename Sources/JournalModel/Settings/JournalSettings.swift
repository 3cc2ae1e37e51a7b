import Foundation
import GRDB
import Synchronization

/// The school's grading and attendance settings, with defaults for anything not set.
public struct JournalSettings: Sendable, Equatable {
    public var editWindow: EditWindow = .unlimited
    /// Weight (вес) of each kind of work.
    public var weights: [String: Double] = Dictionary(uniqueKeysWithValues: WorkKind.builtIn.map { ($0.key, $0.weight) })
    /// Forecast thresholds: the lowest weighted average that gives each mark.
    public var forecastThresholds: ForecastThresholds = .standard
    public var attendanceCodes: [AttendanceCode] = AttendanceCode.defaults
    /// Failed logins in a row before the account is locked for a while.
    public var maxFailedLogins: Int = 5
    /// How long an account stays locked after too many failures, in minutes.
    public var lockoutMinutes: Int = 15
    /// How many days a temporary password (a new account's, or one issued after a reset) may be used.
    public var temporaryPasswordDays: Int = 7
    /// Minutes without a key before the terminal program closes the session (staff-room terminals).
    public var idleLockMinutes: Int = 10

    public init() {}

    /// Setting keys as stored in the `setting` table.
    public enum Key: String, CaseIterable, Sendable {
        case editWindow = "edit_window"
        case weights
        case forecastThresholds = "forecast_thresholds"
        case attendanceCodes = "attendance_codes"
        case maxFailedLogins = "max_failed_logins"
        case lockoutMinutes = "lockout_minutes"
        case temporaryPasswordDays = "temporary_password_days"
        case idleLockMinutes = "idle_lock_minutes"
    }

    /// The weight of a kind of work (1 for a kind the school has not weighted).
    public func weight(of workKind: String) -> Double { weights[workKind] ?? 1 }

    /// The kinds of work a lesson or a mark may be given: the built-in ones the school weighs, in
    /// their usual order, then the school's own, alphabetically.
    public var offeredWorkKinds: [String] {
        let builtIn = WorkKind.builtIn.map(\.key).filter { weights[$0] != nil }
        return builtIn + weights.keys.filter { !builtIn.contains($0) }.sorted()
    }

    /// The attendance code written as `code`, if it is one of the school's codes.
    public func attendanceCode(_ code: String) -> AttendanceCode? {
        attendanceCodes.first { $0.code == code }
    }

    /// Reads the settings stored in the database, defaults filling the gaps.
    ///
    /// Every save reads them (weights, the edit window); parsing their JSON was most of that, so
    /// the stored text is compared with the text parsed last time and parsed again only when it
    /// differs.
    static func load(_ db: Database) throws -> JournalSettings {
        let stored = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, value FROM setting WHERE state = 'active' ORDER BY id"))
            .map { row in StoredSettings.Entry(key: row[0], json: row[1]) }
        if let settings = lastParsed.withLock({ $0?.entries == stored ? $0?.settings : nil }) { return settings }
        var settings = JournalSettings()
        for entry in stored {
            guard let key = Key(rawValue: entry.key) else { continue }
            try settings.apply(key: key, json: entry.json)
        }
        lastParsed.withLock { $0 = StoredSettings(entries: stored, settings: settings) }
        return settings
    }

    /// The settings' stored text and what it parsed to, the last time it was parsed.
    private struct StoredSettings: Sendable {
        struct Entry: Equatable, Sendable {
            var key: String
            var json: String
        }
        var entries: [Entry]
        var settings: JournalSettings
    }

    private static let lastParsed = Mutex<StoredSettings?>(nil)

    /// Applies one stored value; throws when the JSON does not fit the key.
    mutating func apply(key: Key, json: String) throws {
        let data = Data(json.utf8)
        let decoder = JSONDecoder()
        switch key {
        case .editWindow: editWindow = try decoder.decode(EditWindow.self, from: data)
        case .weights: weights = try decoder.decode([String: Double].self, from: data)
        case .forecastThresholds: forecastThresholds = try decoder.decode(ForecastThresholds.self, from: data)
        case .attendanceCodes: attendanceCodes = try decoder.decode([AttendanceCode].self, from: data)
        case .maxFailedLogins: maxFailedLogins = try decoder.decode(Int.self, from: data)
        case .lockoutMinutes: lockoutMinutes = try decoder.decode(Int.self, from: data)
        case .temporaryPasswordDays: temporaryPasswordDays = try decoder.decode(Int.self, from: data)
        case .idleLockMinutes: idleLockMinutes = try decoder.decode(Int.self, from: data)
        }
    }

    /// The stored JSON of one setting.
    func json(for key: Key) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data?
        switch key {
        case .editWindow: data = try? encoder.encode(editWindow)
        case .weights: data = try? encoder.encode(weights)
        case .forecastThresholds: data = try? encoder.encode(forecastThresholds)
        case .attendanceCodes: data = try? encoder.encode(attendanceCodes)
        case .maxFailedLogins: data = try? encoder.encode(maxFailedLogins)
        case .lockoutMinutes: data = try? encoder.encode(lockoutMinutes)
        case .temporaryPasswordDays: data = try? encoder.encode(temporaryPasswordDays)
        case .idleLockMinutes: data = try? encoder.encode(idleLockMinutes)
        }
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}
