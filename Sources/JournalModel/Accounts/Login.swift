import Foundation
import GRDB

/// What a correct login gives: a session, or first the choice of a new password.
public enum LoginResult: Sendable {
    case session(JournalSession)
    /// The password was a temporary one: the person chooses their own before the session opens.
    case mustChangePassword(PasswordChange)
}

/// A login with a correct temporary password, waiting for the person's own password.
public struct PasswordChange: Sendable {
    let journal: Journal
    let account: Account
    let terminal: String
    /// When the login with the temporary password was recorded: the session it opens starts there.
    let loggedInAt: String

    /// The login being completed.
    public var login: String { account.login }

    /// Sets the person's own password and opens their session.
    ///
    /// Refused when the password is too weak or the same as the temporary one, and when the
    /// account changed meanwhile (blocked, or another temporary password issued).
    public func choose(_ newPassword: String, rounds: Int = PasswordHasher.recommendedRounds) throws(Refusal) -> JournalSession {
        guard newPassword.count >= Journal.minimumPasswordLength, newPassword.lowercased() != account.login.lowercased() else {
            throw Refusal.passwordTooWeak(minimumLength: Journal.minimumPasswordLength)
        }
        if PasswordHasher.verify(newPassword, against: account.passwordHash) { throw Refusal.passwordUnchanged }
        let hash = try PasswordHasher.storable(newPassword, rounds: rounds)
        let now = journal.clock.now()
        let changed = try journal.write { db in
            try SessionCredential(account).verify(db)
            try db.execute(sql: """
                UPDATE account SET password_hash = ?, must_change_password = 0, password_set_at = ? WHERE id = ?
                """, arguments: [hash, Timestamp.text(now), account.id])
            let writer = RecordWriter(db, stamp: OperationStamp(actorID: account.id, replicaID: journal.database.replicaID(), at: now))
            try Account.logPasswordChange(accountID: account.id, newHash: hash, writer: writer)
            try AccessLog.append(db, .passwordChanged, at: now, login: account.login, accountID: account.id, terminal: terminal)
            return try Account.require(db, id: account.id)
        }
        return try journal.openSession(for: changed, terminal: terminal, loggedInAt: loggedInAt)
    }
}

extension Journal {
    /// Shortest password accepted when a user chooses one.
    public static let minimumPasswordLength = 8

    /// Checks a login and password and opens the person's session [DOMAIN §7].
    ///
    /// An unknown login, a wrong password, a blocked account and a locked one get the same
    /// refusal (`wrongCredentials`) after the same work (one password hash is always computed),
    /// so nobody can learn from the answer whether a login exists or in which state it is. Every
    /// attempt is recorded in the access log with its terminal. An attempt counts against the
    /// account before its password is checked, in one write transaction with the lock, so
    /// attempts made at the same moment cannot try more passwords than the limit allows.
    ///
    /// Only a correct password learns more: that a temporary password has expired, or that a
    /// parent's consent to electronic access is not registered.
    public func logIn(login: String, password: String, terminal: String = TerminalName.current()) throws(Refusal) -> LoginResult {
        let typed = login.trimmingCharacters(in: .whitespaces).lowercased()
        let now = clock.now()
        let attempt = try write { db in try LoginAttempt.reserve(db, login: typed, now: now) }
        let matches = PasswordHasher.verify(password, against: attempt.hashToCheck)
        let outcome = try write { db in try attempt.settle(db, passwordMatches: matches, now: now, terminal: terminal) }
        switch outcome {
        case let .refused(refusal):
            throw refusal
        case let .accepted(account) where account.mustChangePassword:
            return .mustChangePassword(PasswordChange(journal: self, account: account, terminal: terminal, loggedInAt: Timestamp.text(now)))
        case let .accepted(account):
            return .session(try openSession(for: account, terminal: terminal, loggedInAt: Timestamp.text(now)))
        }
    }

    /// The session of an account whose login has just been checked (and recorded at `loggedInAt`).
    func openSession(for account: Account, terminal: String, loggedInAt: String? = nil) throws(Refusal) -> JournalSession {
        let name = try read { db in try account.personID.flatMap { try Person.fetchOne(db, key: $0) } }?.fullName
        return JournalSession(journal: self, actor: JournalActor(account), credential: SessionCredential(account),
                              terminal: terminal, displayName: name ?? account.login, loggedInAt: loggedInAt)
    }

    /// `HH:MM` local time of a stored UTC timestamp, for lock-out times.
    static func localTime(_ timestamp: String, timeZone: TimeZone) -> String {
        guard let date = Timestamp.date(from: timestamp) else { return timestamp }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}

/// One login attempt between counting it and knowing whether the password matched.
struct LoginAttempt {
    /// What the attempt found when it was counted.
    enum Found {
        case unknown
        case blocked(Account)
        case locked(Account)
        /// A candidate: counted as a failure until the password proves right; `locksNow` when
        /// this attempt reached the limit.
        case counted(Account, locksNow: Bool)
    }

    /// What the attempt comes to.
    enum Outcome {
        case accepted(Account)
        case refused(Refusal)
    }

    let login: String
    let found: Found
    let settings: JournalSettings

    /// The stored hash the typed password is checked against: the account's, or for an unknown
    /// login one that costs the same and matches nothing.
    var hashToCheck: String {
        switch found {
        case .unknown: PasswordHasher.decoyHash
        case let .blocked(account), let .locked(account), let .counted(account, _): account.passwordHash
        }
    }

    /// Counts the attempt against the account before the password is checked.
    static func reserve(_ db: Database, login: String, now: Date) throws -> LoginAttempt {
        let settings = try JournalSettings.load(db)
        guard let account = try Account.withLogin(db, login) else {
            return LoginAttempt(login: login, found: .unknown, settings: settings)
        }
        if account.blocked { return LoginAttempt(login: login, found: .blocked(account), settings: settings) }
        let nowText = Timestamp.text(now)
        if let until = account.lockedUntil, until > nowText {
            return LoginAttempt(login: login, found: .locked(account), settings: settings)
        }
        // A lock-out that has run out starts the count again: one more slip must not re-lock at once.
        let failures = (account.lockedUntil == nil ? account.failedAttempts : 0) + 1
        let locksNow = failures >= settings.maxFailedLogins
        let lockedUntil = locksNow ? Timestamp.text(now.addingTimeInterval(TimeInterval(settings.lockoutMinutes * 60))) : nil
        try db.execute(sql: "UPDATE account SET failed_attempts = ?, locked_until = ? WHERE id = ?",
                       arguments: [failures, lockedUntil, account.id])
        return LoginAttempt(login: login, found: .counted(account, locksNow: locksNow), settings: settings)
    }

    /// Records the attempt and, for a correct password, clears the count and checks what only a
    /// correct password may learn.
    func settle(_ db: Database, passwordMatches: Bool, now: Date, terminal: String) throws -> Outcome {
        func refuse(_ event: AccessEvent, _ accountID: String?, _ refusal: Refusal) throws -> Outcome {
            try AccessLog.append(db, event, at: now, login: login, accountID: accountID, terminal: terminal)
            return .refused(refusal)
        }
        let wrong = Refusal.wrongCredentials
        switch found {
        case .unknown: return try refuse(.unknownLogin, nil, wrong)
        case let .blocked(account): return try refuse(.blockedAccount, account.id, wrong)
        case let .locked(account): return try refuse(.lockedAccount, account.id, wrong)
        case let .counted(account, locksNow) where !passwordMatches:
            return try refuse(locksNow ? .lockedNow : .wrongPassword, account.id, wrong)
        case let .counted(account, _):
            try db.execute(sql: "UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE id = ?", arguments: [account.id])
            if account.mustChangePassword, let setAt = account.passwordSetAt.flatMap(Timestamp.date(from:)),
               now > setAt.addingTimeInterval(TimeInterval(settings.temporaryPasswordDays * 86_400)) {
                return try refuse(.temporaryPasswordExpired, account.id, .temporaryPasswordExpired(days: settings.temporaryPasswordDays))
            }
            if try !Self.mayUseDiary(db, account) {
                return try refuse(.noConsent, account.id, .noParentConsent)
            }
            try AccessLog.append(db, .loggedIn, at: now, login: login, accountID: account.id, terminal: terminal)
            return .accepted(try Account.require(db, id: account.id))
        }
    }

    /// A parent (with no staff role) gets electronic access only with consent registered for at
    /// least one child [DOMAIN §7]; everyone else passes.
    static func mayUseDiary(_ db: Database, _ account: Account) throws -> Bool {
        let roles = account.roleSet
        guard roles.contains(.parent), roles.isDisjoint(with: [.administrator, .director, .deputy, .teacher, .student]) else { return true }
        guard let personID = account.personID else { return false }
        return try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM guardian WHERE parent_id = ? AND consent = 1 AND state = 'active')
            """, arguments: [personID]) ?? false
    }
}

extension Journal {
    /// Replaces a person's password, temporary or not, after checking the current one like a login
    /// (the command line's `journal passwd`); returns the session opened with the new password.
    public func changePassword(login: String, current: String, new: String, terminal: String = TerminalName.current(),
                               rounds: Int = PasswordHasher.recommendedRounds) throws(Refusal) -> JournalSession {
        switch try logIn(login: login, password: current, terminal: terminal) {
        case let .mustChangePassword(change):
            return try change.choose(new, rounds: rounds)
        case let .session(session):
            let account = try read { db in try Account.require(db, id: session.accountID) }
            return try PasswordChange(journal: self, account: account, terminal: terminal, loggedInAt: session.loggedInAt ?? "")
                .choose(new, rounds: rounds)
        }
    }
}
