/// The school's rounding rule from a weighted average to a period mark [DOMAIN §4].
public struct ForecastThresholds: Codable, Sendable, Equatable {
    /// Lowest average that gives 5.
    public var five: Double
    /// Lowest average that gives 4.
    public var four: Double
    /// Lowest average that gives 3; anything lower gives 2.
    public var three: Double

    public init(five: Double, four: Double, three: Double) {
        self.five = five
        self.four = four
        self.three = three
    }

    /// The common rule: ≥ 4.60 → 5, ≥ 3.60 → 4, ≥ 2.60 → 3, else 2.
    public static let standard = ForecastThresholds(five: 4.6, four: 3.6, three: 2.6)

    /// Whether the thresholds rise from 3 to 5 inside the five-point range.
    public var isValid: Bool { 1 <= three && three <= four && four <= five && five <= 5 }

    /// The mark an average rounds to.
    public func mark(for average: Double) -> Int {
        if average >= five { return 5 }
        if average >= four { return 4 }
        if average >= three { return 3 }
        return 2
    }
}
