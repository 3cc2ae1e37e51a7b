import Foundation
import GRDB
import Synchronization

/// An authenticated person's way into the journal, and the only one: every read and every change
/// of journal data is a method of the session, and the model decides there what this account may
/// see and do [DOMAIN §2].
///
/// A session is opened by `Journal.logIn` (the login screen, `--login` on the command line). At
/// every operation it reads its account again, in the operation's own transaction: once the
/// account is blocked, its password reset or its roles changed, the session refuses everything
/// with `Refusal.sessionEnded` and `endReason` says why.
public final class JournalSession: Sendable {
    let journal: Journal
    let actor: JournalActor
    /// The account as it was at login, compared at every operation; nil for the program's own
    /// sessions (`journal init`, the demo, tests), which have no account to lose.
    let credential: SessionCredential?
    /// Where the person works from (`SSH_CLIENT` or the terminal), for the access log.
    let terminal: String
    /// How to address the person: «Иванова Мария Петровна», or the login when no person is linked.
    public let displayName: String
    /// When the login that opened the session was recorded in the access log (its `at`); nil for
    /// sessions opened without one. The diary's "new since the last visit" counts from the login before it.
    let loggedInAt: String?
    private let ended = Mutex<SessionEnd?>(nil)

    init(journal: Journal, actor: JournalActor, credential: SessionCredential?, terminal: String, displayName: String,
         loggedInAt: String? = nil) {
        self.journal = journal
        self.actor = actor
        self.credential = credential
        self.terminal = terminal
        self.displayName = displayName
        self.loggedInAt = loggedInAt
    }

    /// The account's login.
    public var login: String { actor.login }
    /// The account's id: what the operation log names as the actor.
    public var accountID: String { actor.id }
    /// The person behind the account (teacher, student, parent), if any.
    public var personID: String? { actor.personID }
    /// The account's roles.
    public var roles: Set<Role> { actor.roles }
    /// Whether the account holds a role.
    public func has(_ role: Role) -> Bool { actor.has(role) }
    /// Today's date at the school.
    public var today: SchoolDate { journal.today }

    /// Why the session ended, once it has: nothing more is allowed through it.
    public var endReason: SessionEnd? { ended.withLock { $0 } }

    /// Checks that the account still stands as it did at login (one indexed read), ending the
    /// session with the reason when it does not.
    public func checkStillValid() throws(Refusal) {
        try read { _ in }
    }

    /// Ends the session (the log-out key, or the idle lock) and records it in the access log.
    public func end(_ reason: SessionEnd) {
        guard ended.withLock({ current in
            if current != nil { return false }
            current = reason
            return true
        }) else { return }
        guard credential != nil, let event = AccessEvent(ending: reason) else { return }
        try? journal.recordAccess(event, login: actor.login, accountID: actor.id, terminal: terminal)
    }

    /// Runs one change in a write transaction as this session's account: the account is checked
    /// first, inside the same transaction, then the body checks permissions and rules and writes.
    func perform<Result>(reason: String = "", _ body: (JournalTransaction) throws -> Result) throws(Refusal) -> Result {
        try requireOpen()
        do {
            return try journal.perform(as: actor, reason: reason) { transaction in
                try credential?.verify(transaction.db)
                return try body(transaction)
            }
        } catch {
            throw noteEnd(error)
        }
    }

    /// Runs a read in a read-only snapshot, after checking the account in that snapshot.
    func read<Result>(_ body: (Database) throws -> Result) throws(Refusal) -> Result {
        try requireOpen()
        do {
            return try journal.read { db in
                try credential?.verify(db)
                return try body(db)
            }
        } catch {
            throw noteEnd(error)
        }
    }

    private func requireOpen() throws(Refusal) {
        if let reason = endReason { throw Refusal.sessionEnded(reason) }
    }

    /// Remembers a refusal that ends the session, so the terminal program can return to the login
    /// screen saying why; passes every refusal on.
    private func noteEnd(_ refusal: Refusal) -> Refusal {
        if case let .sessionEnded(reason) = refusal {
            ended.withLock { current in if current == nil { current = reason } }
        }
        return refusal
    }
}

extension JournalSession {
    /// A session of the program itself (set-up, the demo, tests): the administrator's rights,
    /// no account behind it, nothing recorded in the access log.
    static func system(_ journal: Journal, _ name: String) -> JournalSession {
        JournalSession(journal: journal, actor: .system(name), credential: nil, terminal: "", displayName: name)
    }

    /// The school's management (director, deputy director, administrator), who see every class's journal.
    public var seesWholeSchool: Bool { actor.seesWholeSchool }
}

/// The account facts a session was opened with; a session whose account no longer matches them ends.
struct SessionCredential: Sendable {
    let accountID: String
    let passwordHash: String
    let roles: String
    let personID: String?

    init(_ account: Account) {
        accountID = account.id
        passwordHash = account.passwordHash
        roles = account.roles
        personID = account.personID
    }

    /// Refuses with the reason the session ends when the account changed since login.
    func verify(_ db: Database) throws {
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT password_hash, roles, person_id, blocked, state FROM account WHERE id = ?
            """), arguments: [accountID])
        guard let row, row["state"] as String == RecordState.active.rawValue else { throw Refusal.sessionEnded(.accountRemoved) }
        if row["blocked"] as Bool { throw Refusal.sessionEnded(.blocked) }
        if row["password_hash"] as String != passwordHash { throw Refusal.sessionEnded(.passwordChanged) }
        if row["roles"] as String != roles || row["person_id"] as String? != personID { throw Refusal.sessionEnded(.rolesChanged) }
    }
}

/// Why a session ended.
public enum SessionEnd: String, Sendable, Equatable {
    /// The administrator blocked the account (or it was reported compromised).
    case blocked
    /// The password was reset or changed elsewhere.
    case passwordChanged
    /// The account's roles or person changed.
    case rolesChanged
    /// The account no longer exists.
    case accountRemoved
    /// The person logged out.
    case loggedOut
    /// Nobody pressed a key for the idle-lock time.
    case idleLocked

    /// What the login screen says when it comes back.
    public var message: LocalizedText {
        switch self {
        case .blocked:
            LocalizedText(ru: "Учётная запись заблокирована: сеанс завершён. Обратитесь к администратору.",
                          en: "The account has been blocked: the session has ended. Contact the administrator.")
        case .passwordChanged:
            LocalizedText(ru: "Пароль учётной записи сменён: сеанс завершён, войдите снова.",
                          en: "The account's password has been changed: the session has ended, log in again.")
        case .rolesChanged:
            LocalizedText(ru: "Права учётной записи изменены: сеанс завершён, войдите снова.",
                          en: "The account's rights have changed: the session has ended, log in again.")
        case .accountRemoved:
            LocalizedText(ru: "Учётная запись удалена: сеанс завершён.", en: "The account no longer exists: the session has ended.")
        case .loggedOut:
            LocalizedText(ru: "Сеанс завершён.", en: "You have logged out.")
        case .idleLocked:
            LocalizedText(ru: "Сеанс закрыт: долго не было действий. Несохранённый текст сохранён как черновик — войдите снова.",
                          en: "The session was locked after a while without activity. Unsaved text is kept as a draft: log in again.")
        }
    }
}
