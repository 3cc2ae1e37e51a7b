import Foundation

/// Durations of many repetitions of one thing, in milliseconds, with the usual percentiles.
struct Timings: Sendable {
    private(set) var milliseconds: [Double] = []

    init(_ milliseconds: [Double] = []) { self.milliseconds = milliseconds }

    mutating func add(_ value: Double) { milliseconds.append(value) }
    mutating func add(contentsOf other: Timings) { milliseconds += other.milliseconds }

    var count: Int { milliseconds.count }

    /// The value below which `fraction` of the samples fall (nearest rank).
    func percentile(_ fraction: Double) -> Double {
        guard !milliseconds.isEmpty else { return .nan }
        let sorted = milliseconds.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[Swift.min(Swift.max(rank, 0), sorted.count - 1)]
    }

    var median: Double { percentile(0.5) }
    var p95: Double { percentile(0.95) }
    var p99: Double { percentile(0.99) }
    var max: Double { milliseconds.max() ?? .nan }

    /// "median 1.2 ms, p95 …, p99 …, max …, n = …".
    var summary: String {
        "median \(Self.format(median)) ms, p95 \(Self.format(p95)) ms, p99 \(Self.format(p99)) ms, max \(Self.format(max)) ms, n = \(count)"
    }

    static func format(_ value: Double) -> String {
        if value.isNaN { return "—" }
        if value >= 100 { return String(format: "%.0f", value) }
        if value >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }
}

/// Times one call with the monotonic clock, in milliseconds.
func measure<Result>(_ body: () throws -> Result) rethrows -> (result: Result, milliseconds: Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    let end = DispatchTime.now().uptimeNanoseconds
    return (result, Double(end - start) / 1_000_000)
}

/// Seconds since some fixed moment, for deadlines shared between processes (wall clock).
func wallSeconds() -> Double { Date().timeIntervalSince1970 }
