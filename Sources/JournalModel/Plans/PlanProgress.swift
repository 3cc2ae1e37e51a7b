import Foundation

/// How far a class (or group) has gone through a plan, from the topics of its lessons so far.
///
/// Each lesson takes one hour of the plan: a lesson whose topic is a plan topic takes an hour of
/// that topic; any other lesson (own topic, or none written yet) takes the hour that was its
/// default. The next topic is the first one, from the furthest topic reached, with hours left:
/// a 2-hour topic is offered for two lessons, and topics skipped by picking a later one stay
/// behind rather than being offered again.
struct PlanProgress {
    let plan: [PlanTopic]
    private var used: [Int]
    private var furthest = 0

    init(plan: [PlanTopic]) {
        self.plan = plan
        used = Array(repeating: 0, count: plan.count)
    }

    /// The topic the next lesson defaults to; nil when the plan is used up.
    var next: PlanTopic? { nextIndex.map { plan[$0] } }

    /// Counts one more lesson with the given topic.
    mutating func record(topic: String) {
        guard let index = matching(topic) ?? nextIndex else { return }
        used[index] += 1
        furthest = max(furthest, index)
    }

    private var nextIndex: Int? {
        plan.indices.first { $0 >= furthest && used[$0] < plan[$0].hours }
    }

    /// The plan topic the text names, preferring one not yet finished from the furthest reached.
    private func matching(_ topic: String) -> Int? {
        let key = Self.key(topic)
        guard !key.isEmpty else { return nil }
        let candidates = plan.indices.filter { Self.key(plan[$0].topic) == key }
        return candidates.first { $0 >= furthest && used[$0] < plan[$0].hours } ?? candidates.first { $0 >= furthest } ?? candidates.last
    }

    /// Topics compare ignoring case, spacing, ё/е and a final full stop.
    static func key(_ topic: String) -> String {
        var words = topic.lowercased().replacingOccurrences(of: "ё", with: "е")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while words.hasSuffix(".") { words.removeLast() }
        return words
    }
}
