import Foundation
import GRDB

/// What happened at the door: a login attempt and how it ended, a log-out or an idle lock.
public enum AccessEvent: String, Sendable, CaseIterable {
    /// The password matched and a session opened (or the temporary password is being replaced).
    case loggedIn = "login"
    /// A wrong password for an existing account.
    case wrongPassword = "wrong_password"
    /// A login that names no account.
    case unknownLogin = "unknown_login"
    /// An attempt on a blocked account.
    case blockedAccount = "blocked"
    /// An attempt while the account is locked after repeated failures.
    case lockedAccount = "locked"
    /// The failure that locked the account.
    case lockedNow = "lock"
    /// The right temporary password, but it has expired.
    case temporaryPasswordExpired = "temporary_expired"
    /// The right password of a parent whose consent to electronic access is not registered.
    case noConsent = "no_consent"
    /// A temporary password replaced by the person's own.
    case passwordChanged = "password_changed"
    case loggedOut = "logout"
    case idleLocked = "idle_lock"
    /// A session refused because its account changed (blocked, reset) while it was open.
    case sessionEnded = "session_ended"

    /// The event a session's end is recorded as.
    init?(ending reason: SessionEnd) {
        switch reason {
        case .loggedOut: self = .loggedOut
        case .idleLocked: self = .idleLocked
        case .blocked, .passwordChanged, .rolesChanged, .accountRemoved: self = .sessionEnded
        }
    }
}

/// One row of the access log: when, which login (as typed, made safe), which account, what
/// happened, from which terminal. Append-only and hash-chained like the operation log.
public struct AccessLogEntry: Sendable, Hashable, FetchableRecord, Decodable {
    public var seq: Int64
    public var at: String
    public var login: String
    public var accountID: String?
    public var event: String
    public var terminal: String
    public var prevHash: String
    public var hash: String

    enum CodingKeys: String, CodingKey {
        case seq, at, login, event, terminal, hash
        case accountID = "account_id", prevHash = "prev_hash"
    }

    /// The chain hash of an entry with these fields after `prevHash`.
    static func hash(prevHash: String, at: String, login: String, accountID: String?, event: String, terminal: String) -> String {
        ChainHash.digest([prevHash, at, login, accountID ?? ChainHash.absent, event, terminal])
    }
}

extension Journal {
    /// Appends an event to the access log in its own transaction.
    func recordAccess(_ event: AccessEvent, login: String, accountID: String?, terminal: String) throws(Refusal) {
        let now = clock.now()
        do {
            try database.pool.write { db in
                try AccessLog.append(db, event, at: now, login: login, accountID: accountID, terminal: terminal)
            }
        } catch {
            throw Refusal.storage(StorageError.from(error, path: database.path))
        }
    }
}

/// Writes the access log.
enum AccessLog {
    /// The longest login text kept for an attempt (what someone typed may be anything).
    static let loginLimit = 64
    static let terminalLimit = 120

    /// Appends one event inside the caller's write transaction.
    static func append(_ db: Database, _ event: AccessEvent, at date: Date, login: String, accountID: String?, terminal: String) throws {
        let previous = try String.fetchOne(db.cachedStatement(sql: "SELECT hash FROM access_log ORDER BY seq DESC LIMIT 1"))
            ?? LogEntry.genesisHash
        let at = Timestamp.text(date)
        let login = String(TerminalText.line(login).prefix(loginLimit))
        let terminal = String(TerminalText.line(terminal).prefix(terminalLimit))
        let hash = AccessLogEntry.hash(prevHash: previous, at: at, login: login, accountID: accountID, event: event.rawValue, terminal: terminal)
        try db.cachedStatement(sql: """
            INSERT INTO access_log (at, login, account_id, event, terminal, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [at, login, accountID, event.rawValue, terminal, previous, hash])
    }
}

/// Where a person works from, as the access log records it: the SSH client's address when the
/// journal runs over SSH, else the terminal device.
public enum TerminalName {
    /// `ssh 192.0.2.7`, `/dev/pts/3`, or `local` when neither is known.
    public static func current(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let client = environment["SSH_CLIENT"]?.split(separator: " ").first { return "ssh \(client)" }
        if let name = ttyname(STDIN_FILENO) { return String(cString: name) }
        return "local"
    }
}
