/// How big a demo school to generate.
public enum DemoSchoolSize: String, Sendable, Hashable, Codable, CaseIterable {
    /// One class, 5«А», 25 students.
    case small
    /// About 600 students in 24 classes.
    case school
    /// About 1,200 students in exactly 44 classes.
    case large

    /// Parallels (number of classes) for each grade 1–11.
    public var parallels: [Int: Int] {
        switch self {
        case .small: [5: 1]
        case .school: [1: 3, 2: 3, 3: 3, 4: 3, 5: 2, 6: 2, 7: 2, 8: 2, 9: 2, 10: 1, 11: 1]
        case .large: [1: 5, 2: 5, 3: 5, 4: 5, 5: 4, 6: 4, 7: 4, 8: 4, 9: 4, 10: 2, 11: 2]
        }
    }

    /// Students per class.
    public var classSizes: ClosedRange<Int> {
        switch self {
        case .small: 25...25
        case .school: 23...27
        case .large: 25...30
        }
    }
}
