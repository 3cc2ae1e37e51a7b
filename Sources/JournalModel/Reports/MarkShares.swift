/// The figures a ведомость counts over one subject's period marks: how many of each mark, and the
/// shares schools report. Успеваемость is the share of students with a positive mark (3, 4, 5 or
/// зачёт) among those who have a mark («н/а» counts against it); качество знаний the share with 4
/// or 5, on the five-point scale only.
public struct MarkShares: Sendable, Equatable {
    /// How many times each mark occurs: `5`…`2`, `н/а`, `зач`, `незач`.
    public var counts: [String: Int]
    /// Students with any mark.
    public var marked: Int
    /// Percent, 0…100; nil with no marks.
    public var success: Double?
    /// Percent, 0…100; nil with no marks or on a pass/fail subject.
    public var quality: Double?

    /// The figures over `marks` (nil for a student with none) on `scale`.
    public init(_ marks: [String?], scale: MarkScale) {
        let given = marks.compactMap { $0 }
        counts = Dictionary(given.map { ($0, 1) }, uniquingKeysWith: +)
        marked = given.count
        let positive = given.filter { (MarkValue.points($0) ?? 0) >= 3 || $0 == MarkValue.pass }.count
        let good = given.filter { (MarkValue.points($0) ?? 0) >= 4 }.count
        success = marked == 0 ? nil : Double(positive) * 100 / Double(marked)
        quality = marked == 0 || scale == .passFail ? nil : Double(good) * 100 / Double(marked)
    }

    /// How many times `mark` occurs.
    public func count(_ mark: String) -> Int { counts[mark] ?? 0 }
}
