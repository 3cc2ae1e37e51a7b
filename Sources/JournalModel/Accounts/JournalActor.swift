/// Who performs an operation: an account with its roles, or the system itself (set-up, demo).
struct JournalActor: Sendable, Hashable {
    /// The account id, or a `system:` name.
    let id: String
    /// The person behind the account (teacher, student, parent), if any.
    let personID: String?
    let roles: Set<Role>
    let login: String

    init(id: String, personID: String?, roles: Set<Role>, login: String) {
        self.id = id
        self.personID = personID
        self.roles = roles
        self.login = login
    }

    /// The actor of an account.
    init(_ account: Account) {
        self.init(id: account.id, personID: account.personID, roles: account.roleSet, login: account.login)
    }

    /// The program itself acting for the school's administrator during `init` and `demo`.
    static func system(_ name: String) -> JournalActor {
        JournalActor(id: "system:\(name)", personID: nil, roles: [.administrator], login: name)
    }

    /// Whether the actor holds a role.
    func has(_ role: Role) -> Bool { roles.contains(role) }

    /// The school's management (director, deputy director, administrator), who see every class's
    /// journal [DOMAIN §2]; what they may change is still `PermissionRules`' to decide.
    var seesWholeSchool: Bool { !roles.isDisjoint(with: [.director, .deputy, .administrator]) }
}
