/// A number of bytes as the messages say it: whole kibibytes as «8 КиБ» / "8 KiB", other counts
/// in bytes with grouped thousands («9 120 байт» / "9,120 bytes").
enum ByteCount {
    static func russian(_ bytes: Int) -> String {
        if bytes >= 1024 && bytes % 1024 == 0 { return "\(bytes / 1024) КиБ" }
        return grouped(bytes, separator: "\u{A0}") + " " + russianNoun(bytes)
    }

    static func english(_ bytes: Int) -> String {
        if bytes >= 1024 && bytes % 1024 == 0 { return "\(bytes / 1024) KiB" }
        return grouped(bytes, separator: ",") + (bytes == 1 ? " byte" : " bytes")
    }

    /// «байт», «байта»: 1, 21 байт; 2–4, 22–24 байта; 5–20, 11–14 байт.
    private static func russianNoun(_ count: Int) -> String {
        let lastTwo = count % 100
        let last = count % 10
        return (2...4).contains(last) && !(12...14).contains(lastTwo) ? "байта" : "байт"
    }

    /// Digits in groups of three from the right.
    private static func grouped(_ number: Int, separator: String) -> String {
        var digits = String(number)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        return groups.joined(separator: separator)
    }
}
