import JournalModel

/// The attendance page: the lessons missed in the period, by subject and by code, with totals
/// (lates are counted in their column but are not lessons missed).
extension DiaryScreen {
    func attendanceLines(language: Language) -> [(String, Style)] {
        guard let attendance else { return [] }
        let codes = attendance.codes.map(\.code)
        func row(_ name: String, _ lessons: String, _ counts: [String], _ total: String) -> String {
            "  " + name.shortened(toColumns: 22).padded(toColumns: 23) + lessons.leftPadded(to: 6)
                + counts.map { $0.leftPadded(to: 5) }.joined() + total.leftPadded(to: 7)
        }
        var lines: [(String, Style)] = [(row(LocalizedText(ru: "Предмет", en: "Subject").text(language), LocalizedText(ru: "Уроков", en: "Held").text(language),
                                             codes, LocalizedText(ru: "Пропущ.", en: "Missed").text(language)), .role(.hint))]
        for line in attendance.lines {
            lines.append((row(line.subjectName, String(line.lessons), codes.map { String(line.missed[$0] ?? 0) }, String(line.missedTotal)), .plain))
        }
        let totals = attendance.totals
        lines.append((row(LocalizedText(ru: "Итого", en: "Total").text(language), String(attendance.lines.reduce(0) { $0 + $1.lessons }),
                          codes.map { String(totals[$0] ?? 0) }, String(attendance.missedTotal)), Style(bold: true)))
        lines.append(("", .plain))
        if codes.isEmpty {
            lines.append((LocalizedText(ru: "  Пропусков нет.", en: "  No absences.").text(language), .plain))
        } else {
            lines.append((LocalizedText(ru: "  Дней с пропусками: \(attendance.daysMissed)", en: "  Days with absences: \(attendance.daysMissed)").text(language), .plain))
            let meanings = attendance.codes.map { "\($0.code) — \($0.meaning.text(language))" }
            lines.append(("  " + meanings.joined(separator: ", "), .role(.hint)))
        }
        return lines
    }
}
