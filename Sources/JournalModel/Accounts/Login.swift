import Foundation
import GRDB

/// A successful login: who is in, and whether they must first replace a temporary password.
public struct LoginSession: Sendable, Equatable {
    public let actor: JournalActor
    public let displayName: String
    public let mustChangePassword: Bool
}

extension Journal {
    /// Checks a login and password. Repeated failures lock the account for a while [DOMAIN §7].
    ///
    /// A wrong login and a wrong password give the same message, so logins cannot be probed.
    public func logIn(login: String, password: String) throws(Refusal) -> LoginSession {
        let normalized = login.trimmingCharacters(in: .whitespaces).lowercased()
        let now = clock.now()
        let (account, settings) = try read { db in
            (try Account.filter(Column("login") == normalized && Column("state") == RecordState.active).fetchOne(db),
             try JournalSettings.load(db))
        }
        guard let account else {
            // Spend the same time as a real check so a missing login is not told apart by timing.
            _ = PasswordHasher.verify(password, against: Self.decoyHash)
            throw Refusal.wrongCredentials
        }
        if account.blocked { throw Refusal.accountBlocked }
        if let until = account.lockedUntil, until > Timestamp.text(now) {
            throw Refusal.accountLocked(until: Self.localTime(until, timeZone: timeZone))
        }
        let matches = PasswordHasher.verify(password, against: account.passwordHash)
        // A lock-out that has run out starts the count again: one more slip must not re-lock at once.
        let lockExpired = account.lockedUntil != nil
        try recordLoginAttempt(accountID: account.id, succeeded: matches, restartCount: lockExpired, now: now, settings: settings)
        guard matches else {
            if (lockExpired ? 0 : account.failedAttempts) + 1 >= settings.maxFailedLogins {
                let until = Timestamp.text(now.addingTimeInterval(TimeInterval(settings.lockoutMinutes * 60)))
                throw Refusal.accountLocked(until: Self.localTime(until, timeZone: timeZone))
            }
            throw Refusal.wrongCredentials
        }
        let personID = account.personID
        let name = try read { db in try personID.flatMap { try Person.fetchOne(db, key: $0) } }?.fullName
        return LoginSession(actor: JournalActor(account), displayName: name ?? account.login,
                            mustChangePassword: account.mustChangePassword)
    }

    /// Replaces the user's password (required after a temporary one).
    public func changeOwnPassword(actor: JournalActor, current: String, new: String,
                                  rounds: Int = PasswordHasher.recommendedRounds) throws(Refusal) {
        guard new.count >= Self.minimumPasswordLength, new.lowercased() != actor.login.lowercased() else {
            throw Refusal.passwordTooWeak(minimumLength: Self.minimumPasswordLength)
        }
        if new == current { throw Refusal.passwordUnchanged }
        guard let account = try read({ db in try Account.fetchOne(db, key: actor.id) }),
              PasswordHasher.verify(current, against: account.passwordHash) else {
            throw Refusal.wrongCredentials
        }
        let hash: String
        do { hash = try PasswordHasher.hash(new, rounds: rounds) } catch {
            throw Refusal.invalidValue(LocalizedText(ru: "Не удалось сохранить пароль.", en: "Could not store the password."))
        }
        try perform(as: actor) { transaction in
            try transaction.db.execute(sql: "UPDATE account SET password_hash = ?, must_change_password = 0 WHERE id = ?",
                                       arguments: [hash, actor.id])
            try transaction.writer.note(table: Account.databaseTableName, id: actor.id, field: "password_hash", old: "\"***\"", new: "\"changed\"")
        }
    }

    private func recordLoginAttempt(accountID: String, succeeded: Bool, restartCount: Bool, now: Date,
                                    settings: JournalSettings) throws(Refusal) {
        do {
            try database.pool.write { db in
                if succeeded {
                    try db.execute(sql: "UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE id = ?", arguments: [accountID])
                } else {
                    let lockUntil = Timestamp.text(now.addingTimeInterval(TimeInterval(settings.lockoutMinutes * 60)))
                    if restartCount {
                        try db.execute(sql: "UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE id = ?", arguments: [accountID])
                    }
                    try db.execute(sql: """
                        UPDATE account SET failed_attempts = failed_attempts + 1,
                            locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END
                        WHERE id = ?
                        """, arguments: [settings.maxFailedLogins, lockUntil, accountID])
                }
            }
        } catch {
            throw Refusal.storage(StorageError.from(error, path: database.path))
        }
    }

    private static let decoyHash = "pbkdf2-sha256$600000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="

    /// `HH:MM` local time of a stored UTC timestamp, for lock-out messages.
    static func localTime(_ timestamp: String, timeZone: TimeZone) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = formatter.date(from: timestamp) else { return timestamp }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
