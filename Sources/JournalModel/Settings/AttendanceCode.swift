/// An attendance code (Н, Б, У, П, ОП…) and what it means.
public struct AttendanceCode: Codable, Sendable, Hashable {
    /// What is written in the journal cell.
    public var code: String
    public var meaningRussian: String
    public var meaningEnglish: String
    /// Late (опоздание) rather than absent.
    public var isLate: Bool
    /// An absence whose reason is not yet known: the class teacher is expected to correct it.
    public var reasonMissing: Bool

    public init(code: String, ru: String, en: String, isLate: Bool = false, reasonMissing: Bool = false) {
        self.code = code
        meaningRussian = ru
        meaningEnglish = en
        self.isLate = isLate
        self.reasonMissing = reasonMissing
    }

    /// What the code means, in the interface language.
    public var meaning: LocalizedText { LocalizedText(ru: meaningRussian, en: meaningEnglish) }

    /// The default codes in common use [DOMAIN §5].
    public static let defaults: [AttendanceCode] = [
        AttendanceCode(code: "Н", ru: "отсутствовал (причина не указана)", en: "absent (no reason given)", reasonMissing: true),
        AttendanceCode(code: "Б", ru: "болезнь", en: "ill"),
        AttendanceCode(code: "У", ru: "уважительная причина", en: "valid reason"),
        AttendanceCode(code: "П", ru: "прогул", en: "truant"),
        AttendanceCode(code: "ОП", ru: "опоздание", en: "late", isLate: true),
    ]
}
