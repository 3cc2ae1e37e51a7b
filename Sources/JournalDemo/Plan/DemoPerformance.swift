/// How well a student usually does.
public enum DemoPerformanceLevel: String, Sendable, Hashable, Codable, CaseIterable {
    case strong
    case average
    case weak
}

/// A student's performance profile: the level and the mean mark generated marks gather around.
public struct DemoPerformanceProfile: Sendable, Hashable, Codable {
    public let level: DemoPerformanceLevel
    /// The mean five-point mark this student's marks gather around.
    public let meanMark: Double

    /// A profile with the given level and mean.
    public init(level: DemoPerformanceLevel, meanMark: Double) {
        self.level = level
        self.meanMark = meanMark
    }

    /// About a fifth strong (4.4–4.9), half average (3.6–4.3), the rest weak (2.9–3.5).
    public static func random(using rng: inout DemoRandom) -> DemoPerformanceProfile {
        let level = rng.weightedPick(from: [
            (DemoPerformanceLevel.strong, 0.2), (.average, 0.55), (.weak, 0.25),
        ])
        let mean: Double
        switch level {
        case .strong: mean = rng.double(in: 4.4...4.9)
        case .average: mean = rng.double(in: 3.6...4.3)
        case .weak: mean = rng.double(in: 2.9...3.5)
        }
        // Two decimals keep the profile readable in test output and stable when printed.
        return DemoPerformanceProfile(level: level, meanMark: (mean * 100).rounded() / 100)
    }
}

/// Attendance codes as journals write them.
public enum DemoAbsenceCode: String, Sendable, Hashable, Codable, CaseIterable {
    /// Absent, reason not given.
    case absent = "Н"
    /// Ill.
    case ill = "Б"
    /// Valid reason.
    case excused = "У"
    /// Truancy.
    case truant = "П"
    /// Late.
    case late = "ОП"
}

/// Draws marks and attendance that look like a real class's.
public enum DemoMarks {
    /// A five-point mark (2–5, rarely 1) for a student with `profile` on a piece of work of `kind`:
    /// tests are a little harder and more spread out than classwork.
    public static func draw(for profile: DemoPerformanceProfile, kind: DemoWorkKind, using rng: inout DemoRandom) -> Int {
        let harder = kind.weight >= 2
        let mean = profile.meanMark - (harder ? 0.25 : 0)
        let spread = harder ? 0.85 : 0.65
        let value = rng.normal(mean: mean, deviation: spread)
        if value < 1.6, rng.chance(0.05) { return 1 }
        return min(5, max(2, Int(value.rounded())))
    }

    /// Зачёт (true) or незачёт for a pass/fail subject.
    public static func drawPass(for profile: DemoPerformanceProfile, using rng: inout DemoRandom) -> Bool {
        rng.chance(profile.level == .weak ? 0.85 : 0.98)
    }

    /// An attendance code for one student at one lesson, or nil for present: about 6–7 % of
    /// entries, mostly illness; weak students miss a little more.
    public static func drawAbsence(for profile: DemoPerformanceProfile? = nil, using rng: inout DemoRandom) -> DemoAbsenceCode? {
        let rate = profile?.level == .weak ? 0.08 : 0.06
        guard rng.chance(rate) else { return nil }
        return rng.weightedPick(from: [
            (DemoAbsenceCode.ill, 0.55), (.excused, 0.14), (.absent, 0.12), (.late, 0.13),
            (.truant, profile?.level == .weak ? 0.08 : 0.03),
        ])
    }

    /// Whether the student gets a mark at a lesson of this kind: every student for written tests,
    /// a few for classwork and oral answers, so that each has several marks a month.
    public static func isMarked(kind: DemoWorkKind, using rng: inout DemoRandom) -> Bool {
        rng.chance(kind.markedShare)
    }
}
