/// One subject of a grade's curriculum with its weekly hours.
public struct DemoCurriculumItem: Sendable, Hashable, Codable {
    public let subject: DemoSubject
    /// Weekly hours (for a split subject: of each group).
    public let hoursPerWeek: Int
    public let split: DemoSplit

    /// An item of the curriculum.
    public init(subject: DemoSubject, hoursPerWeek: Int, split: DemoSplit) {
        self.subject = subject
        self.hoursPerWeek = hoursPerWeek
        self.split = split
    }
}

/// The weekly curriculum (учебный план) of grades 1–11 for a five-day week, after the federal
/// programmes (ФОП НОО, ООО, СОО, 2023–2024), universal profile in 10–11.
public enum DemoCurriculum {
    /// The legal maximum of weekly hours for a five-day week (СанПиН 1.2.3685-21).
    public static func maximumWeeklyHours(grade: Int) -> Int {
        switch grade {
        case 1: 21
        case 2...4: 23
        case 5: 29
        case 6: 30
        case 7: 32
        case 8, 9: 33
        default: 34
        }
    }

    /// The most lessons a class of this grade may have in one day.
    public static func maximumLessonsPerDay(grade: Int) -> Int {
        switch grade {
        case 1: 5
        case 2...4: 5
        case 5, 6: 6
        default: 7
        }
    }

    /// False for grade 1, which is taught without marks or homework.
    public static func hasMarks(grade: Int) -> Bool { grade >= 2 }

    /// The subjects of `grade` (1–11) in journal order; empty for other grades.
    public static func items(grade: Int) -> [DemoCurriculumItem] {
        hours(grade: grade).map {
            DemoCurriculumItem(subject: $0.0, hoursPerWeek: $0.1, split: $0.0.split(inGrade: grade))
        }
    }

    /// The total weekly hours of `grade`.
    public static func weeklyHours(grade: Int) -> Int {
        hours(grade: grade).reduce(0) { $0 + $1.1 }
    }

    private static func hours(grade: Int) -> [(DemoSubject, Int)] {
        switch grade {
        case 1:
            [(.russian, 5), (.literaryReading, 4), (.mathematics, 4), (.surroundingWorld, 2),
             (.music, 1), (.art, 1), (.technology, 1), (.physicalEducation, 3)]
        case 2, 3:
            [(.russian, 5), (.literaryReading, 4), (.english, 2), (.mathematics, 4),
             (.surroundingWorld, 2), (.music, 1), (.art, 1), (.technology, 1), (.physicalEducation, 3)]
        case 4:
            [(.russian, 5), (.literaryReading, 3), (.english, 2), (.mathematics, 4),
             (.surroundingWorld, 2), (.religiousCultures, 1), (.music, 1), (.art, 1), (.technology, 1),
             (.physicalEducation, 3)]
        case 5:
            [(.russian, 5), (.literature, 3), (.english, 3), (.mathematics, 5), (.history, 2),
             (.geography, 1), (.biology, 1), (.music, 1), (.art, 1), (.technology, 2),
             (.physicalEducation, 3), (.spiritualMoralCulture, 1)]
        case 6:
            [(.russian, 6), (.literature, 3), (.english, 3), (.mathematics, 5), (.history, 2),
             (.socialStudies, 1), (.geography, 1), (.biology, 1), (.music, 1), (.art, 1),
             (.technology, 2), (.physicalEducation, 3), (.spiritualMoralCulture, 1)]
        case 7:
            [(.russian, 4), (.literature, 2), (.english, 3), (.algebra, 3), (.geometry, 2),
             (.probability, 1), (.informatics, 1), (.history, 2), (.socialStudies, 1), (.geography, 2),
             (.biology, 1), (.physics, 2), (.music, 1), (.art, 1), (.technology, 2),
             (.physicalEducation, 3)]
        case 8:
            [(.russian, 3), (.literature, 2), (.english, 3), (.algebra, 3), (.geometry, 2),
             (.probability, 1), (.informatics, 1), (.history, 2), (.socialStudies, 1), (.geography, 2),
             (.biology, 2), (.physics, 2), (.chemistry, 2), (.music, 1), (.technology, 1),
             (.lifeSafety, 1), (.physicalEducation, 3)]
        case 9:
            [(.russian, 3), (.literature, 3), (.english, 3), (.algebra, 3), (.geometry, 2),
             (.probability, 1), (.informatics, 1), (.history, 2), (.socialStudies, 1), (.geography, 2),
             (.biology, 2), (.physics, 3), (.chemistry, 2), (.technology, 1), (.lifeSafety, 1),
             (.physicalEducation, 3)]
        case 10, 11:
            [(.russian, 2), (.literature, 3), (.english, 3), (.algebra, 3), (.geometry, 2),
             (.probability, 1), (.informatics, 1), (.history, 2), (.socialStudies, 2), (.geography, 1),
             (.biology, 1), (.physics, 2), (.chemistry, 1), (.lifeSafety, 1), (.physicalEducation, 3)]
                + (grade == 10 ? [(.individualProject, 1)] : [])
        default:
            []
        }
    }
}
