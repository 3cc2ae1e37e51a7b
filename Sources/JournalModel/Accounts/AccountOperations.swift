import Foundation
import GRDB

/// A new account or a reset one: the temporary password to hand over (on the credentials notice).
public struct IssuedCredentials: Sendable {
    public let account: AccountSummary
    /// Made by the journal; shown once, stored only as a hash, to be changed at first login.
    public let temporaryPassword: String
}

extension JournalSession {
    /// Creates an account with a temporary password the journal makes, which must be changed at
    /// first login (and expires after the days the settings give).
    ///
    /// The administrator creates any account; a class teacher issues credentials to the own
    /// class's students and parents only.
    @discardableResult
    public func createAccount(login: String, personID: String?, roles: Set<Role>) throws(Refusal) -> IssuedCredentials {
        let temporary = PasswordHasher.temporaryPassword()
        let account = try createAccount(login: login, personID: personID, roles: roles, temporaryPassword: temporary)
        return IssuedCredentials(account: try summary(of: account), temporaryPassword: temporary)
    }

    /// Issues a new temporary password (the user must change it at next login) and unlocks the
    /// account; a session open with the old password ends.
    public func resetPassword(accountID: String) throws(Refusal) -> IssuedCredentials {
        let temporary = PasswordHasher.temporaryPassword()
        let account = try resetPassword(accountID: accountID, temporaryPassword: temporary)
        return IssuedCredentials(account: try summary(of: account), temporaryPassword: temporary)
    }

    /// `createAccount` with a given temporary password and hashing cost (tests).
    @discardableResult
    func createAccount(login: String, personID: String?, roles: Set<Role>, temporaryPassword: String,
                       rounds: Int = PasswordHasher.recommendedRounds) throws(Refusal) -> Account {
        let normalizedLogin = login.trimmingCharacters(in: .whitespaces).lowercased()
        guard Self.isValidLogin(normalizedLogin), !roles.isEmpty else {
            throw Refusal.invalidValue(LocalizedText(ru: "Логин: латинские буквы, цифры, точка, дефис; нужна хотя бы одна роль.",
                                                     en: "Login: Latin letters, digits, dot, hyphen; at least one role is needed."))
        }
        let hash = try PasswordHasher.storable(temporaryPassword, rounds: rounds)
        return try perform { transaction in
            let ownClass = try personID.map { try transaction.isClassTeacherOf(personID: $0) } ?? false
            let grant = try transaction.require(.accounts, facts: PermissionFacts(isClassTeacher: ownClass))
            if grant == .classTeacher && !roles.isSubset(of: [.student, .parent]) { throw Refusal.onlyAdministrator }
            if try Account.withLogin(transaction.db, normalizedLogin) != nil {
                throw Refusal.duplicate(LocalizedText(ru: "Логин «\(normalizedLogin)» уже занят.", en: "The login \(normalizedLogin) is taken."))
            }
            let account = Account(id: transaction.newID(), personID: personID, login: normalizedLogin, passwordHash: hash,
                                  mustChangePassword: true, roles: Role.listText(roles), passwordSetAt: transaction.stamp.at)
            try account.insertLogged(transaction.db, writer: transaction.writer)
            return account
        }
    }

    /// `resetPassword` with a given temporary password and hashing cost (tests).
    @discardableResult
    func resetPassword(accountID: String, temporaryPassword: String, rounds: Int = PasswordHasher.recommendedRounds) throws(Refusal) -> Account {
        let hash = try PasswordHasher.storable(temporaryPassword, rounds: rounds)
        return try perform { transaction in
            let account = try Account.require(transaction.db, id: accountID)
            let ownClass = try account.personID.map { try transaction.isClassTeacherOf(personID: $0) } ?? false
            let grant = try transaction.require(.accounts, facts: PermissionFacts(isClassTeacher: ownClass))
            if grant == .classTeacher && !account.roleSet.isSubset(of: [.student, .parent]) { throw Refusal.onlyAdministrator }
            try transaction.db.execute(sql: """
                UPDATE account SET password_hash = ?, must_change_password = 1, failed_attempts = 0, locked_until = NULL,
                    password_set_at = ? WHERE id = ?
                """, arguments: [hash, transaction.stamp.at, accountID])
            try Account.logPasswordChange(accountID: accountID, newHash: hash, writer: transaction.writer)
            return try Account.require(transaction.db, id: accountID)
        }
    }

    /// Blocks or unblocks an account (for example when its login was reported compromised); a
    /// session open with a blocked account ends at its next step. The own account cannot be
    /// blocked: that would end this session and might leave the school without an administrator.
    public func setAccountBlocked(accountID: String, blocked: Bool) throws(Refusal) {
        try perform { transaction in
            try transaction.require(.accounts)
            try requireNotOwnAccount(accountID)
            let account = try Account.require(transaction.db, id: accountID)
            guard account.blocked != blocked else { return }
            try transaction.db.execute(sql: "UPDATE account SET blocked = ? WHERE id = ?", arguments: [blocked, accountID])
            try Account.logBlocked(accountID: accountID, blocked, writer: transaction.writer)
        }
    }

    /// The accounts this account may list, by login: every one for the administrator, the own
    /// class's students and parents for a class teacher.
    public func accountSummaries() throws(Refusal) -> [AccountSummary] {
        try read { db in
            let ownFamilies = try actor.has(.teacher) ? ClassTeacherScope.families(db, actor, today: journal.today) : []
            try requireReadable(.accounts, ReadFacts(isClassTeacher: !ownFamilies.isEmpty))
            let all = try Account.fetchAll(db, sql: "SELECT * FROM account WHERE state = 'active' ORDER BY login")
            let shown = actor.has(.administrator) ? all : all.filter { account in
                account.personID.map(ownFamilies.contains) ?? false && account.roleSet.isSubset(of: [.student, .parent])
            }
            return try shown.map { try Self.summary(of: $0, db, timeZone: journal.timeZone, now: journal.clock.now()) }
        }
    }

    /// The account with this login, if this account may see it.
    public func account(login: String) throws(Refusal) -> AccountSummary? {
        let wanted = login.trimmingCharacters(in: .whitespaces).lowercased()
        return try accountSummaries().first { $0.login == wanted }
    }

    private func summary(of account: Account) throws(Refusal) -> AccountSummary {
        try read { db in try Self.summary(of: account, db, timeZone: journal.timeZone, now: journal.clock.now()) }
    }

    private static func summary(of account: Account, _ db: Database, timeZone: TimeZone, now: Date) throws -> AccountSummary {
        let lock = account.lockedUntil.flatMap { until in until > Timestamp.text(now) ? Journal.localTime(until, timeZone: timeZone) : nil }
        return AccountSummary(id: account.id, login: account.login, roles: account.roleSet, personID: account.personID,
                              personName: try account.personID.flatMap { try Person.fetchOne(db, key: $0) }?.fullName,
                              mustChangePassword: account.mustChangePassword, blocked: account.blocked, lockedUntil: lock)
    }

    static func isValidLogin(_ login: String) -> Bool {
        !login.isEmpty && login.count <= 64 && login.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "_"
        }
    }
}

extension JournalSession {
    /// Refuses a block of the session's own account: another administrator does that.
    func requireNotOwnAccount(_ accountID: String) throws(Refusal) {
        guard accountID != actor.id else {
            throw Refusal.invalidValue(LocalizedText(
                ru: "Свою учётную запись заблокировать нельзя: это делает другой администратор.",
                en: "You cannot block your own account: another administrator does that."))
        }
    }
}
