/// A parent or legal representative.
public struct DemoParent: Sendable, Hashable, Codable, Identifiable {
    /// Mother or father.
    public enum Relation: String, Sendable, Hashable, Codable {
        case mother
        case father

        /// «Мать», «Отец».
        public var name: String { self == .mother ? "Мать" : "Отец" }
    }

    /// 0-based, unique among parents of a plan.
    public let id: Int
    public let person: DemoPerson
    /// Mother or father.
    public let relation: Relation
    public let birthDate: DemoDate
    /// True if the parent has registered consent to electronic access (most have).
    public let hasConsent: Bool
    /// Unique within the plan; empty until the plan issues logins.
    public internal(set) var login: String
}

/// A student with parents and a performance profile.
public struct DemoStudent: Sendable, Hashable, Codable, Identifiable {
    /// 0-based, unique among students of a plan.
    public let id: Int
    public let person: DemoPerson
    public let birthDate: DemoDate
    /// Mother and/or father, at least one.
    public let parents: [DemoParent]
    /// How well the student does, for drawing marks.
    public let profile: DemoPerformanceProfile
    /// Unique within the plan; empty until the plan issues logins.
    public internal(set) var login: String
}

/// A class (5«А») with its students in class-list (alphabetical) order.
public struct DemoClass: Sendable, Hashable, Codable, Identifiable {
    /// 0-based, stable within a plan.
    public let id: Int
    public let grade: Int
    public let letter: String
    public let students: [DemoStudent]
    /// Id of the class teacher (классный руководитель) in `DemoSchoolPlan.teachers`.
    public internal(set) var classTeacherID: Int

    /// «5А».
    public var name: String { "\(grade)\(letter)" }

    /// False for grade 1, taught without marks and homework.
    public var hasMarks: Bool { DemoCurriculum.hasMarks(grade: grade) }

    /// The student's group (1 or 2) for a split subject, nil when the class is taught together:
    /// halves by the class list (the first half is group 1), or boys 1 and girls 2.
    public func group(ofStudentAt index: Int, for subject: DemoSubject) -> Int? {
        switch subject.split(inGrade: grade) {
        case .none: return nil
        case .halves: return index < (students.count + 1) / 2 ? 1 : 2
        case .bySex: return students[index].person.sex == .male ? 1 : 2
        }
    }

    /// The students of one group for a subject (all of them for `group` nil).
    public func students(in group: Int?, for subject: DemoSubject) -> [DemoStudent] {
        guard let group else { return students }
        return students.indices.filter { self.group(ofStudentAt: $0, for: subject) == group }.map { students[$0] }
    }
}
