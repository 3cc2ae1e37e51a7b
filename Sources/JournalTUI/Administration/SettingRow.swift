import Foundation
import JournalModel

/// One line of the settings screen: what it sets, how its value reads, and what one step of ←/→
/// makes of it. The bounds are the model's: a step past them is refused by `changeSettings`.
public enum SettingRow: Sendable, CaseIterable, Equatable {
    case editWindow
    case maxFailedLogins
    case lockoutMinutes
    case temporaryPasswordDays
    case idleLockMinutes
    case forecastFive
    case forecastFour
    case forecastThree

    /// What the line sets.
    public var title: LocalizedText {
        switch self {
        case .editWindow: LocalizedText(ru: "Срок исправления записей после урока", en: "Records may be changed after a lesson for")
        case .maxFailedLogins: LocalizedText(ru: "Неудачных попыток входа до блокировки", en: "Failed logins before the lock-out")
        case .lockoutMinutes: LocalizedText(ru: "Блокировка после них, минут", en: "Lock-out after them, minutes")
        case .temporaryPasswordDays: LocalizedText(ru: "Срок временного пароля, дней", en: "A temporary password lasts, days")
        case .idleLockMinutes: LocalizedText(ru: "Выход при простое терминала, минут", en: "Idle terminal locks after, minutes")
        case .forecastFive: LocalizedText(ru: "Прогноз «5»: средний балл от", en: "Forecast 5: an average from")
        case .forecastFour: LocalizedText(ru: "Прогноз «4»: средний балл от", en: "Forecast 4: an average from")
        case .forecastThree: LocalizedText(ru: "Прогноз «3»: средний балл от", en: "Forecast 3: an average from")
        }
    }

    /// The line's value in `settings`, as the screen shows it.
    public func value(in settings: JournalSettings) -> LocalizedText {
        switch self {
        case .editWindow: settings.editWindow.title
        case .maxFailedLogins: LocalizedText(verbatim: String(settings.maxFailedLogins))
        case .lockoutMinutes: LocalizedText(verbatim: String(settings.lockoutMinutes))
        case .temporaryPasswordDays: LocalizedText(verbatim: String(settings.temporaryPasswordDays))
        case .idleLockMinutes: LocalizedText(verbatim: String(settings.idleLockMinutes))
        case .forecastFive: LocalizedText(verbatim: String(format: "%.2f", settings.forecastThresholds.five))
        case .forecastFour: LocalizedText(verbatim: String(format: "%.2f", settings.forecastThresholds.four))
        case .forecastThree: LocalizedText(verbatim: String(format: "%.2f", settings.forecastThresholds.three))
        }
    }

    /// Moves the line's value one step up (`direction` 1) or down (-1): the edit window to the
    /// next or previous choice, round the list; counts by one, minutes by five from ten up; the
    /// forecast thresholds by 0.05.
    public func step(_ settings: inout JournalSettings, by direction: Int) {
        switch self {
        case .editWindow:
            let windows = EditWindow.allCases
            let index = windows.firstIndex(of: settings.editWindow) ?? 0
            settings.editWindow = windows[(index + direction + windows.count) % windows.count]
        case .maxFailedLogins: settings.maxFailedLogins += direction
        case .lockoutMinutes: settings.lockoutMinutes = Self.minutes(settings.lockoutMinutes, direction)
        case .temporaryPasswordDays: settings.temporaryPasswordDays += direction
        case .idleLockMinutes: settings.idleLockMinutes = Self.minutes(settings.idleLockMinutes, direction)
        case .forecastFive: settings.forecastThresholds.five = Self.threshold(settings.forecastThresholds.five, direction)
        case .forecastFour: settings.forecastThresholds.four = Self.threshold(settings.forecastThresholds.four, direction)
        case .forecastThree: settings.forecastThresholds.three = Self.threshold(settings.forecastThresholds.three, direction)
        }
    }

    /// Minutes one step on: by one below ten, by five from ten up.
    private static func minutes(_ value: Int, _ direction: Int) -> Int {
        direction > 0 ? value + (value >= 10 ? 5 : 1) : value - (value > 10 ? 5 : 1)
    }

    /// A threshold 0.05 on, kept to two decimals so repeated steps do not drift.
    private static func threshold(_ value: Double, _ direction: Int) -> Double {
        ((value * 100).rounded() + Double(5 * direction)) / 100
    }
}
