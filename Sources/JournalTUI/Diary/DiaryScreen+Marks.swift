import Foundation
import JournalModel

/// The marks pages: every subject's marks of the period with the average, the forecast, the
/// period and year marks; Enter opens one subject: each mark with its date and kind of work, and
/// the forecast's formula as the teacher sees it in the gradebook.
extension DiaryScreen {
    func drawMarks(into buffer: inout CellBuffer, in rect: Rect, language: Language) {
        guard let marks else { return }
        let marksWidth = max(8, rect.width - 22 - 28)
        let header = LocalizedText(ru: "Предмет", en: "Subject").text(language).padded(toColumns: 21)
            + LocalizedText(ru: "Отметки", en: "Marks").text(language).padded(toColumns: marksWidth + 1)
            + LocalizedText(ru: "Ср.   Прогн. Период Год", en: "Avg   Fcst   Period Year").text(language)
        buffer.put(text: "  " + header, x: rect.x, y: rect.y, style: .role(.hint), maxWidth: rect.width)
        guard !marks.subjects.isEmpty else {
            buffer.put(text: LocalizedText(ru: " За этот период отметок нет.", en: " No marks in this period.").text(language),
                       x: rect.x, y: rect.y + 1, maxWidth: rect.width)
            return
        }
        let ids = news.recordIDs
        let listRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: Self.subjectRows(in: Size(width: rect.width, height: rect.height + 2)))
        ListView(list: subjects) { index in
            let subject = marks.subjects[index]
            let values = subject.entries.map { ids.contains($0.mark.id) ? "•\($0.mark.value)" : $0.mark.value }.joined(separator: " ")
            let shownValues = values.displayWidth <= marksWidth ? values : "…" + String(values.suffix(marksWidth - 1))
            return subject.subject.name.shortened(toColumns: 20).padded(toColumns: 21) + shownValues.padded(toColumns: marksWidth + 1)
                + Self.averageText(subject.forecast).padded(toColumns: 6) + (subject.forecast.suggestedMark ?? "").padded(toColumns: 7)
                + (subject.periodMark ?? "").padded(toColumns: 7) + (subject.yearMark ?? "")
        }.draw(into: &buffer, in: listRect)
        let hint = LocalizedText(ru: " Enter — отметки по предмету и как считается прогноз", en: " Enter — the subject's marks and how the forecast is reached")
        buffer.put(text: hint.text(language), x: rect.x, y: rect.maxY - 1, style: .role(.hint), maxWidth: rect.width)
    }

    /// One subject's page: each mark with its date and kind of work, the forecast's formula, the period and year marks.
    func subjectLines(_ index: Int, language: Language) -> [(String, Style)] {
        guard let marks, marks.subjects.indices.contains(index) else { return [] }
        let subject = marks.subjects[index]
        let ids = news.recordIDs
        var lines: [(String, Style)] = [(" " + subject.subject.name + LocalizedText(ru: "   (Esc — все предметы)", en: "   (Esc — all subjects)").text(language),
                                         Style(bold: true))]
        if subject.entries.isEmpty {
            lines.append((LocalizedText(ru: "  Отметок нет.", en: "  No marks.").text(language), .plain))
        }
        for entry in subject.entries {
            let new = ids.contains(entry.mark.id)
            lines.append(((new ? " • " : "   ") + entry.date.russianText + "  " + GridScreen.markDetail(entry.mark, language: language),
                          new ? .role(.highlight) : .plain))
        }
        lines.append(("", .plain))
        lines += ForecastExplanation.body(subject.forecast, language: language).map { (" " + $0, .plain) }
        let periodName = marks.period.kind == .year ? nil : marks.period.name
        var finals: [String] = []
        if let periodName { finals.append(LocalizedText(ru: "За \(periodName): \(subject.periodMark ?? "—")", en: "\(periodName): \(subject.periodMark ?? "—")").text(language)) }
        finals.append(LocalizedText(ru: "За год: \(subject.yearMark ?? "—")", en: "Year: \(subject.yearMark ?? "—")").text(language))
        lines.append((" " + finals.joined(separator: "   "), Style(bold: true)))
        return lines
    }

    /// `4.33`, or empty without numeric marks (a pass/fail subject: the share of passes).
    static func averageText(_ forecast: Forecast) -> String {
        if let average = forecast.average { return String(format: "%.2f", average) }
        if let share = forecast.passShare { return "\(Int((share * 100).rounded()))%" }
        return ""
    }
}
