import Foundation
import GRDB

extension Journal {
    /// Shortest password accepted when a user chooses one.
    public static let minimumPasswordLength = 8

    /// Creates an account with a temporary password that must be changed at first login.
    ///
    /// The administrator creates any account; a class teacher issues credentials to the own
    /// class's students and parents only.
    @discardableResult
    public func createAccount(
        login: String, personID: String?, roles: Set<Role>, temporaryPassword: String,
        rounds: Int = PasswordHasher.recommendedRounds, as actor: JournalActor
    ) throws(Refusal) -> Account {
        let normalizedLogin = login.trimmingCharacters(in: .whitespaces).lowercased()
        guard Self.isValidLogin(normalizedLogin), !roles.isEmpty else {
            throw Refusal.invalidValue(LocalizedText(ru: "Логин: латинские буквы, цифры, точка, дефис; нужна хотя бы одна роль.",
                                                     en: "Login: Latin letters, digits, dot, hyphen; at least one role is needed."))
        }
        let hash: String
        do { hash = try PasswordHasher.hash(temporaryPassword, rounds: rounds) } catch {
            throw Refusal.invalidValue(LocalizedText(ru: "Не удалось сохранить пароль.", en: "Could not store the password."))
        }
        return try perform(as: actor) { transaction in
            let ownClass = try personID.map { try transaction.isClassTeacherOf(personID: $0) } ?? false
            let grant = try transaction.require(.accounts, facts: PermissionFacts(isClassTeacher: ownClass))
            if grant == .classTeacher && !roles.isSubset(of: [.student, .parent]) { throw Refusal.onlyAdministrator }
            if try Account.filter(Column("login") == normalizedLogin).fetchCount(transaction.db) > 0 {
                throw Refusal.duplicate(LocalizedText(ru: "Логин «\(normalizedLogin)» уже занят.", en: "The login \(normalizedLogin) is taken."))
            }
            let account = Account(id: transaction.newID(), personID: personID, login: normalizedLogin, passwordHash: hash,
                                  mustChangePassword: true, roles: Role.listText(roles))
            try account.insert(transaction.db)
            try transaction.writer.note(table: Account.databaseTableName, id: account.id, field: nil, old: nil, new: account.auditSummary)
            return account
        }
    }

    /// Issues a new temporary password (the user must change it at next login) and unlocks the account.
    public func resetPassword(accountID: String, temporaryPassword: String, rounds: Int = PasswordHasher.recommendedRounds,
                              as actor: JournalActor) throws(Refusal) {
        let hash: String
        do { hash = try PasswordHasher.hash(temporaryPassword, rounds: rounds) } catch {
            throw Refusal.invalidValue(LocalizedText(ru: "Не удалось сохранить пароль.", en: "Could not store the password."))
        }
        try perform(as: actor) { transaction in
            guard var account = try Account.fetchOne(transaction.db, key: accountID) else {
                throw Refusal.notFound(LocalizedText(ru: "Учётная запись не найдена.", en: "Account not found."))
            }
            let ownClass = try account.personID.map { try transaction.isClassTeacherOf(personID: $0) } ?? false
            let grant = try transaction.require(.accounts, facts: PermissionFacts(isClassTeacher: ownClass))
            if grant == .classTeacher && !account.roleSet.isSubset(of: [.student, .parent]) { throw Refusal.onlyAdministrator }
            account.passwordHash = hash
            account.mustChangePassword = true
            account.failedAttempts = 0
            account.lockedUntil = nil
            try account.update(transaction.db)
            try transaction.writer.note(table: Account.databaseTableName, id: accountID, field: "password_hash", old: "\"***\"", new: "\"temporary\"")
        }
    }

    /// Blocks or unblocks an account (for example when its login was reported compromised).
    public func setAccountBlocked(accountID: String, blocked: Bool, as actor: JournalActor) throws(Refusal) {
        try perform(as: actor) { transaction in
            try transaction.require(.accounts)
            guard var account = try Account.fetchOne(transaction.db, key: accountID) else {
                throw Refusal.notFound(LocalizedText(ru: "Учётная запись не найдена.", en: "Account not found."))
            }
            guard account.blocked != blocked else { return }
            account.blocked = blocked
            try account.update(transaction.db)
            try transaction.writer.note(table: Account.databaseTableName, id: accountID, field: "blocked",
                                        old: blocked ? "0" : "1", new: blocked ? "1" : "0")
        }
    }

    /// All accounts, by login.
    public func accounts() throws(Refusal) -> [Account] {
        try read { db in try Account.order(Column("login")).fetchAll(db) }
    }

    /// The account with this login, if any.
    public func account(login: String) throws(Refusal) -> Account? {
        try read { db in try Account.filter(Column("login") == login.lowercased()).fetchOne(db) }
    }

    static func isValidLogin(_ login: String) -> Bool {
        !login.isEmpty && login.count <= 64 && login.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "_"
        }
    }
}

/// An account with the name of the person it belongs to, for lists.
public struct AccountSummary: Sendable {
    public let account: Account
    public let personName: String?
}

extension Journal {
    /// Every account with its person's full name, by login.
    public func accountSummaries() throws(Refusal) -> [AccountSummary] {
        try read { db in
            let accounts = try Account.order(Column("login")).fetchAll(db)
            return try accounts.map { account in
                AccountSummary(account: account, personName: try account.personID.flatMap { try Person.fetchOne(db, key: $0) }?.fullName)
            }
        }
    }
}

extension Account {
    /// What the log records of a new account: who and which roles, never the password hash.
    var auditSummary: String {
        CanonicalValue.encode(row: ["login": login.databaseValue, "person_id": personID.databaseValue, "roles": roles.databaseValue])
    }
}
