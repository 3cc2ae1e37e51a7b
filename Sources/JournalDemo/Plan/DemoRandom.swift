/// A seeded SplitMix64 generator: the same seed gives the same sequence on every run and platform,
/// which is why the demo data never touches the system generator or `Hasher`.
public struct DemoRandom: RandomNumberGenerator, Sendable, Hashable {
    private var state: UInt64

    /// Starts a sequence from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits (SplitMix64).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An independent generator for a named part of the data, so that adding draws in one part
    /// (say, topics) does not shift every name in another.
    public func derived(_ label: String) -> DemoRandom {
        // FNV-1a over UTF-8: stable across runs, unlike `Hasher`.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in label.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        var copy = DemoRandom(seed: state ^ hash)
        _ = copy.next()
        return copy
    }

    /// A uniform integer in `range` (Lemire's method, without the standard library's
    /// implementation, whose draws are not promised to stay the same between Swift versions).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound)) &+ 1
        if span == 0 { return Int(truncatingIfNeeded: next()) }  // the whole Int range
        let threshold = (0 &- span) % span
        while true {
            let product = next().multipliedFullWidth(by: span)
            if product.low >= threshold {
                return range.lowerBound &+ Int(truncatingIfNeeded: product.high)
            }
        }
    }

    /// A uniform integer in a half-open `range`; the range must not be empty.
    public mutating func int(in range: Range<Int>) -> Int {
        precondition(!range.isEmpty, "DemoRandom.int(in:) needs a non-empty range")
        return int(in: range.lowerBound...(range.upperBound - 1))
    }

    /// A uniform number in 0..<1 with 53 random bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// A uniform number in `range`.
    public mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * unit()
    }

    /// True with probability `p` (clamped to 0...1).
    public mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// A roughly normal number (sum of four uniforms), avoiding `log`/`cos` whose last bits may
    /// differ between platforms' maths libraries.
    public mutating func normal(mean: Double, deviation: Double) -> Double {
        let sum = unit() + unit() + unit() + unit()  // mean 2, variance 1/3
        return mean + (sum - 2.0) * deviation * 1.732_050_807_568_877_2
    }

    /// One element of a non-empty array, uniformly.
    public mutating func pick<T>(from items: [T]) -> T {
        precondition(!items.isEmpty, "DemoRandom.pick(from:) needs a non-empty array")
        return items[int(in: 0..<items.count)]
    }

    /// One element chosen with the given non-negative weights; the first one if all weights are 0.
    public mutating func weightedPick<T>(from items: [(T, Double)]) -> T {
        precondition(!items.isEmpty, "DemoRandom.weightedPick(from:) needs a non-empty array")
        let total = items.reduce(0.0) { $0 + max($1.1, 0) }
        guard total > 0 else { return items[0].0 }
        var target = unit() * total
        for (item, weight) in items {
            let w = max(weight, 0)
            if target < w { return item }
            target -= w
        }
        return items[items.count - 1].0
    }

    /// Shuffles `items` in place (Fisher–Yates with this generator).
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = int(in: 0...i)
            if i != j { items.swapAt(i, j) }
        }
    }

    /// A shuffled copy of `items`.
    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var copy = items
        shuffle(&copy)
        return copy
    }
}
