import Foundation
import JournalModel

/// The forecast panel's text: marks with weights, the average, the thresholds, the suggestion.
enum ForecastExplanation {
    static func lines(title: String, forecast: Forecast, language: Language) -> [String] {
        [LocalizedText(ru: "Прогноз: \(title)   (Esc — закрыть)", en: "Forecast: \(title)   (Esc closes)").text(language)]
            + body(forecast, language: language)
    }

    /// The explanation without a title: the marks that counted, the formula, the thresholds, the forecast.
    static func body(_ forecast: Forecast, language: Language) -> [String] {
        let t = forecast.thresholds
        let marks = forecast.counted.map { "\($0.value)×\(weight($0.weight))" }.joined(separator: " ")
        var lines = [LocalizedText(ru: "Отметки × вес: \(marks.isEmpty ? "нет" : marks)", en: "Marks × weight: \(marks.isEmpty ? "none" : marks)").text(language)]
        if let average = forecast.average {
            let (sum, weights) = (forecast.weightedSum, forecast.totalWeight)
            lines.append(LocalizedText(ru: "Средневзвешенный балл: \(weight(sum)) / \(weight(weights)) = \(String(format: "%.2f", average))",
                                       en: "Weighted average: \(weight(sum)) / \(weight(weights)) = \(String(format: "%.2f", average))").text(language))
            lines.append(LocalizedText(
                ru: "Пороги: ≥ \(String(format: "%.2f", t.five)) → 5, ≥ \(String(format: "%.2f", t.four)) → 4, ≥ \(String(format: "%.2f", t.three)) → 3, иначе 2",
                en: "Thresholds: ≥ \(String(format: "%.2f", t.five)) → 5, ≥ \(String(format: "%.2f", t.four)) → 4, ≥ \(String(format: "%.2f", t.three)) → 3, else 2").text(language))
        } else if let share = forecast.passShare {
            let needed = Int((Forecast.passShareNeeded * 100).rounded())
            lines.append(LocalizedText(ru: "Доля зачётов по весу: \(Int((share * 100).rounded()))% (нужно ≥ \(needed)%)",
                                       en: "Passes by weight: \(Int((share * 100).rounded()))% (≥ \(needed)% needed)").text(language))
        }
        lines.append(LocalizedText(ru: "Прогноз: \(forecast.suggestedMark ?? "нет")", en: "Forecast: \(forecast.suggestedMark ?? "none")").text(language))
        return lines
    }

    private static func weight(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
