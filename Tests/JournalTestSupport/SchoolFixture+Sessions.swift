import Foundation
@testable import JournalModel

extension SchoolFixture {
    /// A teacher's session (a class teacher or substitute by data), with no account behind it.
    public func teacher(_ person: Person) -> JournalSession {
        session(JournalActor(id: "account-\(person.id)", personID: person.id, roles: [.teacher], login: person.lastName))
    }

    /// A session with the given roles, acting as `person` when given, with no account behind it.
    public func actor(_ roles: Set<Role>, person: Person? = nil) -> JournalSession {
        let roleNames = roles.map(\.rawValue).sorted().joined(separator: "-")
        return session(JournalActor(id: "account-\(roleNames)-\(person?.id ?? "none")", personID: person?.id, roles: roles, login: "user"))
    }

    /// The director: sees everything, changes nothing.
    public var director: JournalSession { actor([.director]) }

    /// An account for a person: with a temporary password, or with `password` already chosen.
    @discardableResult
    public func account(_ login: String, for person: Person?, roles: Set<Role> = [.teacher], temporary: String = "Vremya-2026",
                        password: String? = nil) throws -> String {
        let account = try admin.createAccount(login: login, personID: person?.id, roles: roles, temporaryPassword: temporary, rounds: 1_000)
        if let password {
            guard case .mustChangePassword(let change) = try journal.logIn(login: login, password: temporary) else { return account.id }
            _ = try change.choose(password, rounds: 1_000)
        }
        return account.id
    }

    private func session(_ actor: JournalActor) -> JournalSession {
        JournalSession(journal: journal, actor: actor, credential: nil, terminal: "test", displayName: actor.login)
    }
}
