/// A mark that counts toward an average: its value and weight.
public struct WeightedMark: Sendable, Hashable {
    public var value: String
    public var weight: Double

    public init(value: String, weight: Double) {
        self.value = value
        self.weight = weight
    }
}

/// The forecast of a period mark (прогноз итоговой отметки) and how it was reached, so the
/// teacher, the student and the parent can all see why.
public struct Forecast: Sendable, Equatable {
    /// The marks that counted, with their weights.
    public var counted: [WeightedMark]
    /// The weighted average (five-point scale), rounded to hundredths; nil without numeric marks.
    public var average: Double?
    /// For pass/fail subjects: the weighted share of passes, 0…1.
    public var passShare: Double?
    /// The suggested mark: `5`…`2`, `зач` or `незач`; nil when there is nothing to go on.
    public var suggestedMark: String?
    public var thresholds: ForecastThresholds

    /// On a pass/fail subject, the weighted share of passes that makes the forecast a pass.
    public static let passShareNeeded = 0.5

    /// Σ(mark × weight) over the five-point marks that counted: the average's numerator.
    public var weightedSum: Double {
        counted.reduce(0) { $0 + Double(MarkValue.points($1.value) ?? 0) * $1.weight }
    }

    /// Σ weight over the marks that counted: the average's denominator.
    public var totalWeight: Double { counted.reduce(0) { $0 + $1.weight } }

    /// Computes the forecast from a student's marks for a period.
    ///
    /// The average is Σ(mark × weight) / Σ weight over five-point marks, rounded half up to two
    /// decimals before the thresholds apply (as schools display it, so 4.595 counts as 4.60).
    /// On a pass/fail subject the forecast is a pass when passes carry at least half the weight.
    public static func compute(marks: [WeightedMark], scale: MarkScale, thresholds: ForecastThresholds) -> Forecast {
        switch scale {
        case .five:
            let counted = marks.filter { MarkValue.points($0.value) != nil && $0.weight > 0 }
            let average = weightedAverage(counted)
            return Forecast(counted: counted, average: average, passShare: nil,
                            suggestedMark: average.map { String(thresholds.mark(for: $0)) }, thresholds: thresholds)
        case .passFail:
            let counted = marks.filter { ($0.value == MarkValue.pass || $0.value == MarkValue.fail) && $0.weight > 0 }
            let total = counted.reduce(0) { $0 + $1.weight }
            guard total > 0 else {
                return Forecast(counted: [], average: nil, passShare: nil, suggestedMark: nil, thresholds: thresholds)
            }
            let passed = counted.filter { $0.value == MarkValue.pass }.reduce(0) { $0 + $1.weight }
            let share = passed / total
            return Forecast(counted: counted, average: nil, passShare: share,
                            suggestedMark: share >= passShareNeeded ? MarkValue.pass : MarkValue.fail, thresholds: thresholds)
        }
    }

    /// The weighted average of five-point marks, rounded half up to hundredths; nil if none count.
    public static func weightedAverage(_ marks: [WeightedMark]) -> Double? {
        var sum = 0.0
        var weights = 0.0
        for mark in marks {
            guard let points = MarkValue.points(mark.value), mark.weight > 0 else { continue }
            sum += Double(points) * mark.weight
            weights += mark.weight
        }
        guard weights > 0 else { return nil }
        // Add a hair before rounding so that 4.595 computed as 4.59499… still rounds up.
        return ((sum / weights) * 100 + 1e-9).rounded(.toNearestOrAwayFromZero) / 100
    }
}
