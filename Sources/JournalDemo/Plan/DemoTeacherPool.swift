/// A teacher of the demo school.
public struct DemoTeacher: Sendable, Hashable, Codable, Identifiable {
    /// 0-based, stable within a plan.
    public let id: Int
    public let person: DemoPerson
    public let specialty: DemoSpecialty
    /// The most hours a week this teacher agreed to take (ставка 18 h, often 24–27).
    public let maximumLoad: Int
    /// Filled in by the plan once logins are issued to everyone.
    public internal(set) var login: String = ""
}

/// The school's teachers and their weekly load; creates a teacher of a specialty when nobody free has one.
public struct DemoTeacherPool: Sendable {
    /// Every teacher, by id.
    public private(set) var teachers: [DemoTeacher] = []
    /// Hours a week given to each teacher, by id.
    public private(set) var load: [Int] = []
    private var rng: DemoRandom
    private var usedNames: Set<String> = []

    /// An empty pool whose teachers' names come from `rng`.
    public init(rng: DemoRandom) {
        self.rng = rng
    }

    /// A new teacher of `specialty` with no hours yet; returns the id.
    @discardableResult
    public mutating func addTeacher(_ specialty: DemoSpecialty) -> Int {
        let sex: DemoSex = rng.chance(specialty.maleShare) ? .male : .female
        var person = DemoPeople.teacher(sex: sex, using: &rng)
        while !usedNames.insert(person.fullName).inserted {
            person = DemoPeople.teacher(sex: sex, using: &rng)
        }
        let id = teachers.count
        // Primary teachers keep one class; others take 24–27 hours, as many city teachers do.
        let maximum = specialty == .primary ? 25 : rng.int(in: 24...27)
        teachers.append(DemoTeacher(id: id, person: person, specialty: specialty, maximumLoad: maximum))
        load.append(0)
        return id
    }

    /// The first teacher of `specialty` (in hiring order) with room for `hours` more, not in
    /// `excluded`; hires one if there is none.
    public mutating func teacher(for specialty: DemoSpecialty, hours: Int, excluding excluded: Set<Int> = []) -> Int {
        for teacher in teachers where teacher.specialty == specialty && !excluded.contains(teacher.id)
            && load[teacher.id] + hours <= teacher.maximumLoad
        {
            return teacher.id
        }
        return addTeacher(specialty)
    }

    /// Adds `hours` (possibly negative) to a teacher's weekly load.
    public mutating func addLoad(_ hours: Int, to teacherID: Int) {
        load[teacherID] += hours
    }
}
