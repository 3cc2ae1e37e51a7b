/// How long after the lesson date its marks and records may still be changed [001 §3.6].
public enum EditWindow: String, Codable, Sendable, CaseIterable {
    /// Until the school year ends (or the period is closed).
    case unlimited
    case oneWeek = "1w"
    case twoWeeks = "2w"
    case threeWeeks = "3w"
    case oneMonth = "1m"

    /// The last date on which a record of a lesson held on `lessonDate` may be changed; nil when unlimited.
    public func lastEditableDate(forLessonOn lessonDate: SchoolDate) -> SchoolDate? {
        switch self {
        case .unlimited: nil
        case .oneWeek: lessonDate.adding(days: 7)
        case .twoWeeks: lessonDate.adding(days: 14)
        case .threeWeeks: lessonDate.adding(days: 21)
        case .oneMonth: lessonDate.adding(months: 1)
        }
    }

    /// The window as the settings screen names it.
    public var title: LocalizedText {
        switch self {
        case .unlimited: LocalizedText(ru: "без ограничения", en: "unlimited")
        case .oneWeek: LocalizedText(ru: "1 неделя", en: "1 week")
        case .twoWeeks: LocalizedText(ru: "2 недели", en: "2 weeks")
        case .threeWeeks: LocalizedText(ru: "3 недели", en: "3 weeks")
        case .oneMonth: LocalizedText(ru: "1 месяц", en: "1 month")
        }
    }
}
