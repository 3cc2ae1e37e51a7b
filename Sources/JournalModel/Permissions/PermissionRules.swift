/// What the actor is to the record being changed, as far as permissions care.
public struct PermissionFacts: Sendable, Equatable {
    /// The actor's workload covers this class, subject and group (for a plan: the subject in
    /// some class of the grade).
    public var teachesIt: Bool
    /// The actor is the recorded substitute of this lesson.
    public var substitutesIt: Bool
    /// The actor is the class teacher of the class concerned.
    public var isClassTeacher: Bool

    public init(teachesIt: Bool = false, substitutesIt: Bool = false, isClassTeacher: Bool = false) {
        self.teachesIt = teachesIt
        self.substitutesIt = substitutesIt
        self.isClassTeacher = isClassTeacher
    }
}

/// In which capacity a change is allowed: some capacities carry limits of their own.
public enum Grant: Sendable, Equatable {
    /// The administrator (or deputy, for timetable and substitutions).
    case management
    /// The subject teacher of the class or group.
    case subjectTeacher
    /// The substitute of this one lesson.
    case substitute
    /// The class teacher: only absence reasons, student and parent details, and own class's credentials.
    case classTeacher
}

/// The role rules of DOMAIN §2 in one place: who may make which kind of change.
///
/// The journal rules that depend on dates and data (edit window, closed period, grade 1, valid
/// marks) are checked by the operations after this says who may act.
public enum PermissionRules {
    /// Allows a change in some capacity, or refuses it with the reason that fits the actor's roles.
    public static func decide(_ kind: ChangeKind, roles: Set<Role>, facts: PermissionFacts) -> Result<Grant, Refusal> {
        let isTeacher = roles.contains(.teacher)
        switch kind {
        case .mark, .attendance, .lessonRecord:
            if isTeacher && facts.teachesIt { return .success(.subjectTeacher) }
            if isTeacher && facts.substitutesIt { return .success(.substitute) }
            return .failure(journalRefusal(roles))
        case .periodMark:
            if isTeacher && facts.teachesIt { return .success(.subjectTeacher) }
            return .failure(journalRefusal(roles))
        case .attendanceReason:
            if isTeacher && facts.teachesIt { return .success(.subjectTeacher) }
            if isTeacher && facts.substitutesIt { return .success(.substitute) }
            if isTeacher && facts.isClassTeacher { return .success(.classTeacher) }
            return .failure(journalRefusal(roles))
        case .studentData:
            if roles.contains(.administrator) { return .success(.management) }
            if isTeacher && facts.isClassTeacher { return .success(.classTeacher) }
            return .failure(managementRefusal(roles, otherwise: .notClassTeacher))
        case .accounts:
            if roles.contains(.administrator) { return .success(.management) }
            if isTeacher && facts.isClassTeacher { return .success(.classTeacher) }
            return .failure(managementRefusal(roles, otherwise: .onlyAdministrator))
        case .timetable, .substitution:
            if roles.contains(.administrator) || roles.contains(.deputy) { return .success(.management) }
            return .failure(managementRefusal(roles, otherwise: .onlyAdministratorOrDeputy))
        case .plan:
            if roles.contains(.administrator) { return .success(.management) }
            if isTeacher && facts.teachesIt { return .success(.subjectTeacher) }
            if isTeacher { return .failure(.notInWorkload) }
            return .failure(managementRefusal(roles, otherwise: .onlyAdministratorOrSubjectTeacher))
        case .settings, .closePeriod, .schoolStructure:
            if roles.contains(.administrator) { return .success(.management) }
            return .failure(managementRefusal(roles, otherwise: .onlyAdministrator))
        }
    }

    /// The refusal for changing marks, attendance or lesson records outside one's own lessons.
    private static func journalRefusal(_ roles: Set<Role>) -> Refusal {
        if roles.contains(.administrator) { return .administratorCannotEditJournal }
        if roles.contains(.teacher) { return .notInWorkload }
        if roles.contains(.deputy) { return .readOnlyRole(.deputy) }
        if roles.contains(.director) { return .readOnlyRole(.director) }
        return .studentsAndParentsCannotEdit
    }

    /// The refusal for changes reserved to the school's management.
    private static func managementRefusal(_ roles: Set<Role>, otherwise refusal: Refusal) -> Refusal {
        let staff: Set<Role> = [.administrator, .director, .deputy, .teacher]
        return roles.isDisjoint(with: staff) ? .studentsAndParentsCannotEdit : refusal
    }
}
