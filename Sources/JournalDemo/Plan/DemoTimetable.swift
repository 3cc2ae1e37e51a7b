/// A line of the workload (нагрузка): who teaches which subject to which class or group.
public struct DemoWorkload: Sendable, Hashable, Codable {
    /// Id in `DemoSchoolPlan.teachers`.
    public let teacherID: Int
    /// Id in `DemoSchoolPlan.classes`.
    public let classID: Int
    public let subject: DemoSubject
    /// 1 or 2 for a split subject, nil for the whole class.
    public let group: Int?
    /// Weekly hours (for a split subject: of each group).
    public let hoursPerWeek: Int
}

/// One lesson of the weekly timetable: a class (or one of its groups) with a teacher in a slot.
/// A split subject has two lessons in the same slot, one per group, with different teachers.
public struct DemoLesson: Sendable, Hashable, Codable {
    /// Id in `DemoSchoolPlan.classes`.
    public let classID: Int
    public let slot: DemoSlot
    public let subject: DemoSubject
    public let group: Int?
    /// Id in `DemoSchoolPlan.teachers`.
    public let teacherID: Int
}

/// What the timetable builder needs to know about a class.
public struct DemoClassRequest: Sendable, Hashable {
    /// Id in `DemoSchoolPlan.classes`.
    public let classID: Int
    public let grade: Int
    public let items: [DemoCurriculumItem]

    /// A class and its curriculum.
    public init(classID: Int, grade: Int, items: [DemoCurriculumItem]) {
        self.classID = classID
        self.grade = grade
        self.items = items
    }
}

/// The builder's result.
public struct DemoTimetable: Sendable, Hashable {
    /// Teacher–subject–class/group lines with weekly hours.
    public let workload: [DemoWorkload]
    /// The weekly timetable.
    public let lessons: [DemoLesson]
    /// How many times a workload line had to move to a newly hired teacher to make the timetable fit.
    public let relaxations: Int
}
