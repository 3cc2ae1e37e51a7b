import GRDB

extension JournalSession {
    /// The school's current settings (every account reads them: weights, codes, the edit window).
    public func settings() throws(Refusal) -> JournalSettings {
        try read { db in try JournalSettings.load(db) }
    }

    /// Changes one of the school's settings. The value is checked before anything is written.
    public func changeSettings(_ change: (inout JournalSettings) -> Void) throws(Refusal) {
        try perform { transaction in
            try transaction.require(.settings)
            let current = try transaction.settings()
            var updated = current
            change(&updated)
            try Self.validate(updated)
            for key in JournalSettings.Key.allCases {
                let json = updated.json(for: key)
                guard json != current.json(for: key) else { continue }
                if try Setting.fetchOne(transaction.db, key: key.rawValue) != nil {
                    try transaction.writer.update(table: Setting.databaseTableName, id: key.rawValue, field: "value", to: json)
                } else {
                    try transaction.writer.create(Setting(id: key.rawValue, value: json))
                }
            }
        }
    }

    static func validate(_ settings: JournalSettings) throws {
        guard settings.forecastThresholds.isValid else {
            throw Refusal.invalidValue(LocalizedText(ru: "Пороги прогноза должны расти: 3 ≤ 4 ≤ 5, в пределах 1–5.",
                                                     en: "Forecast thresholds must rise: 3 ≤ 4 ≤ 5, within 1–5."))
        }
        guard settings.weights.values.allSatisfy({ $0 > 0 && $0 <= 10 }) else {
            throw Refusal.invalidValue(LocalizedText(ru: "Вес вида работы — число от 0 до 10.", en: "A weight must be above 0 and at most 10."))
        }
        let codes = settings.attendanceCodes.map(\.code)
        guard !codes.isEmpty, Set(codes).count == codes.count, codes.allSatisfy({ !$0.isEmpty && $0.count <= 3 }) else {
            throw Refusal.invalidValue(LocalizedText(ru: "Коды посещаемости: непустые, до 3 букв, без повторов.",
                                                     en: "Attendance codes: non-empty, up to 3 letters, no repeats."))
        }
        guard (1...20).contains(settings.maxFailedLogins), (1...1440).contains(settings.lockoutMinutes) else {
            throw Refusal.invalidValue(LocalizedText(ru: "Неудачных попыток входа до блокировки — 1–20, блокировка после них — 1–1440 минут (сутки).",
                                                     en: "Failed logins before the lock-out: 1–20; the lock-out lasts 1–1440 minutes (a day)."))
        }
        guard (1...90).contains(settings.temporaryPasswordDays), (1...240).contains(settings.idleLockMinutes) else {
            throw Refusal.invalidValue(LocalizedText(ru: "Срок временного пароля — 1–90 дней, блокировка при простое — 1–240 минут.",
                                                     en: "A temporary password lasts 1–90 days; the idle lock comes after 1–240 minutes."))
        }
    }
}
