/// A role an account holds; a person may hold several (a teacher is often a class teacher too).
///
/// Being a class teacher (классный руководитель) or a substitute is not stored as a role: it
/// follows from the class's class-teacher field and the lesson's substitute field.
public enum Role: String, Codable, Sendable, CaseIterable, Hashable {
    case administrator
    case director
    case deputy
    case teacher
    case student
    case parent

    /// The role's name as the school says it.
    public var title: LocalizedText {
        switch self {
        case .administrator: LocalizedText(ru: "администратор", en: "administrator")
        case .director: LocalizedText(ru: "директор", en: "director")
        case .deputy: LocalizedText(ru: "заместитель директора", en: "deputy director")
        case .teacher: LocalizedText(ru: "учитель", en: "teacher")
        case .student: LocalizedText(ru: "обучающийся", en: "student")
        case .parent: LocalizedText(ru: "родитель", en: "parent")
        }
    }

    /// Parses a comma-separated role list as stored in the account table.
    static func parseList(_ text: String) -> Set<Role> {
        Set(text.split(separator: ",").compactMap { Role(rawValue: String($0)) })
    }

    /// The stored form of a role set: names in a stable order, comma-separated.
    static func listText(_ roles: Set<Role>) -> String {
        Role.allCases.filter(roles.contains).map(\.rawValue).joined(separator: ",")
    }
}
