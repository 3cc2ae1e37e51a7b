/// Attendance that looks like a real class's: illness comes in spells of several days, other
/// codes are scattered single lessons.
public enum DemoAttendance {
    /// The school days a student is off ill: spells of 3–7 school days, about one or two a year
    /// (a little more for weak students), so that about 4 % of days are «Б».
    public static func illnessDays(
        schoolDays: [DemoDate], profile: DemoPerformanceProfile, using rng: inout DemoRandom
    ) -> Set<DemoDate> {
        guard !schoolDays.isEmpty else { return [] }
        var result: Set<DemoDate> = []
        let spellChancePerDay = profile.level == .weak ? 0.011 : 0.008
        var i = 0
        while i < schoolDays.count {
            if rng.chance(spellChancePerDay) {
                let length = rng.int(in: 3...7)
                for j in i..<min(schoolDays.count, i + length) { result.insert(schoolDays[j]) }
                i += length + 5  // nobody falls ill again the week they come back
            } else {
                i += 1
            }
        }
        return result
    }

    /// The code for one lesson: «Б» on an illness day, otherwise a rare scattered code
    /// (late, excused, unexplained, truancy) or nil for present.
    public static func code(
        isIllnessDay: Bool, profile: DemoPerformanceProfile, using rng: inout DemoRandom
    ) -> DemoAbsenceCode? {
        if isIllnessDay { return .ill }
        let weak = profile.level == .weak
        guard rng.chance(weak ? 0.035 : 0.022) else { return nil }
        return rng.weightedPick(from: [
            (DemoAbsenceCode.late, 0.4), (.excused, 0.3), (.absent, 0.2), (.truant, weak ? 0.15 : 0.05),
        ])
    }
}
