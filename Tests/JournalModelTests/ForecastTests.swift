import Foundation
import JournalTestSupport
import Testing
@testable import JournalModel

/// DOMAIN §4: the forecast of a period mark from the weighted average and the school's thresholds.
@Suite struct ForecastTests {
    private func marks(_ pairs: [(String, Double)]) -> [WeightedMark] {
        pairs.map { WeightedMark(value: $0.0, weight: $0.1) }
    }

    private func forecast(_ pairs: [(String, Double)], scale: MarkScale = .five,
                          thresholds: ForecastThresholds = .standard) -> Forecast {
        Forecast.compute(marks: marks(pairs), scale: scale, thresholds: thresholds)
    }

    @Test func plainAverage() {
        // 5 + 4 + 4 + 3 = 16 / 4 = 4.00 → 4
        let result = forecast([("5", 1), ("4", 1), ("4", 1), ("3", 1)])
        #expect(result.average == 4.0)
        #expect(result.suggestedMark == "4")
        #expect(result.counted.count == 4)
        #expect(result.passShare == nil)
    }

    @Test func weightsCount() {
        // (5·1 + 3·2) / 3 = 11/3 = 3.666… → 3.67 → 4
        let result = forecast([("5", 1), ("3", 2)])
        #expect(result.average == 3.67)
        #expect(result.suggestedMark == "4")
        // The same marks unweighted: 4.00; with the test weighted 3: (5 + 9) / 4 = 3.50 → 3
        #expect(forecast([("5", 1), ("3", 3)]).average == 3.5)
        #expect(forecast([("5", 1), ("3", 3)]).suggestedMark == "3")
        // Fractional weights: (4·1.5 + 2·1) / 2.5 = 3.20 → 3
        #expect(forecast([("4", 1.5), ("2", 1)]).average == 3.2)
    }

    @Test(arguments: [
        // marks that give exactly the threshold
        ([("5", 1.0), ("5", 1), ("5", 1), ("4", 1), ("4", 1)], 4.60, "5"),
        ([("4", 1.0), ("4", 1), ("4", 1), ("3", 1), ("3", 1)], 3.60, "4"),
        ([("3", 1.0), ("3", 1), ("3", 1), ("2", 1), ("2", 1)], 2.60, "3"),
        // just under: weights chosen so the average is x.59
        ([("5", 0.59), ("4", 0.41)], 4.59, "4"),
        ([("4", 0.59), ("3", 0.41)], 3.59, "3"),
        ([("3", 0.59), ("2", 0.41)], 2.59, "2"),
        // 4.595 is shown, and counted, as 4.60
        ([("5", 0.595), ("4", 0.405)], 4.60, "5"),
        ([("5", 0.594), ("4", 0.406)], 4.59, "4"),
        ([("4", 0.595), ("3", 0.405)], 3.60, "4"),
        ([("1", 1.0), ("2", 1)], 1.50, "2"),
        ([("5", 1.0)], 5.00, "5"),
    ] as [([(String, Double)], Double, String)])
    func thresholdEdges(pairs: [(String, Double)], average: Double, mark: String) {
        let result = forecast(pairs)
        #expect(result.average == average)
        #expect(result.suggestedMark == mark)
    }

    @Test func thresholdsMapAveragesToMarks() {
        let standard = ForecastThresholds.standard
        #expect(standard.mark(for: 5.0) == 5)
        #expect(standard.mark(for: 4.6) == 5)
        #expect(standard.mark(for: 4.59) == 4)
        #expect(standard.mark(for: 3.6) == 4)
        #expect(standard.mark(for: 3.59) == 3)
        #expect(standard.mark(for: 2.6) == 3)
        #expect(standard.mark(for: 2.59) == 2)
        #expect(standard.mark(for: 1.0) == 2)
    }

    @Test func weightedAverageRoundsHalfUpToHundredths() {
        #expect(Forecast.weightedAverage(marks([("5", 0.595), ("4", 0.405)])) == 4.6)
        #expect(Forecast.weightedAverage(marks([("5", 1), ("4", 2)])) == 4.33)  // 4.333…
        #expect(Forecast.weightedAverage(marks([("5", 2), ("4", 1)])) == 4.67)  // 4.666…
        #expect(Forecast.weightedAverage(marks([("5", 1), ("4", 7)])) == 4.13)  // 4.125
        #expect(Forecast.weightedAverage(marks([("3", 1), ("2", 7)])) == 2.13)  // 2.125
        #expect(Forecast.weightedAverage([]) == nil)
        #expect(Forecast.weightedAverage(marks([("н/а", 1), ("зач", 1)])) == nil)
        #expect(Forecast.weightedAverage(marks([("5", 0)])) == nil)
    }

    @Test func exactHalvesRoundUpEvenWhenBinaryArithmeticFallsShort() {
        // 12 ordinary marks whose exact weighted average is 4.225 (Σ 84.5 / Σ 20); summed in
        // binary floating point it comes out as 4.22499…, which must still be shown as 4.23.
        let term: [(String, Double)] = [
            ("5", 2), ("5", 1.5), ("5", 1.5), ("3", 1), ("3", 1), ("5", 1.5),
            ("4", 1.5), ("3", 1.5), ("5", 1.5), ("4", 3), ("4", 3), ("4", 1),
        ]
        #expect(Forecast.weightedAverage(marks(term)) == 4.23)
        // (4·0.1 + 3·0.7) / 0.8 = 3.125 exactly, 3.12499… in binary: shown as 3.13
        #expect(Forecast.weightedAverage(marks([("4", 0.1), ("3", 0.7)])) == 3.13)
    }

    @Test func noMarksGiveNoForecast() {
        let empty = forecast([])
        #expect(empty.average == nil)
        #expect(empty.suggestedMark == nil)
        #expect(empty.counted.isEmpty)
        let onlyNotAssessed = forecast([("н/а", 1)])
        #expect(onlyNotAssessed.average == nil)
        #expect(onlyNotAssessed.suggestedMark == nil)
        let passFailEmpty = forecast([], scale: .passFail)
        #expect(passFailEmpty.suggestedMark == nil)
        #expect(passFailEmpty.passShare == nil)
    }

    @Test func notAssessedAndPassFailAreIgnoredOnTheFiveScale() {
        // Only the 5 and the 3 count: 4.00 → 4
        let result = forecast([("5", 1), ("н/а", 3), ("зач", 2), ("незач", 2), ("3", 1), ("4", 0)])
        #expect(result.average == 4.0)
        #expect(result.suggestedMark == "4")
        #expect(result.counted == marks([("5", 1), ("3", 1)]))
    }

    @Test func passFailShareDecides() {
        // Half the weight passes → зач
        let half = forecast([("зач", 1), ("незач", 1)], scale: .passFail)
        #expect(half.passShare == 0.5)
        #expect(half.suggestedMark == MarkValue.pass)
        #expect(half.average == nil)
        // Less than half → незач, even with more passes by count
        let weighted = forecast([("зач", 1), ("зач", 1), ("незач", 3)], scale: .passFail)
        #expect(weighted.passShare == 0.4)
        #expect(weighted.suggestedMark == MarkValue.fail)
        // Numbers and н/а do not count on a pass/fail subject
        let mixed = forecast([("зач", 2), ("незач", 1), ("5", 10), ("н/а", 10)], scale: .passFail)
        #expect(mixed.counted.count == 2)
        #expect(mixed.suggestedMark == MarkValue.pass)
        #expect(forecast([("незач", 1)], scale: .passFail).suggestedMark == MarkValue.fail)
        #expect(forecast([("зач", 1)], scale: .passFail).passShare == 1)
    }

    @Test func customThresholds() {
        // A stricter school: 4.75 for 5, 3.75 for 4, 2.75 for 3
        let strict = ForecastThresholds(five: 4.75, four: 3.75, three: 2.75)
        #expect(forecast([("5", 1), ("5", 1), ("5", 1), ("4", 1), ("4", 1)], thresholds: strict).suggestedMark == "4")  // 4.60
        #expect(forecast([("5", 3), ("4", 1)], thresholds: strict).suggestedMark == "5")  // 4.75
        #expect(forecast([("3", 1), ("3", 1), ("2", 1)], thresholds: strict).suggestedMark == "2")  // 2.67
        // A lenient one: 4.5 for 5
        let lenient = ForecastThresholds(five: 4.5, four: 3.5, three: 2.5)
        let result = forecast([("5", 1), ("4", 1)], thresholds: lenient)
        #expect(result.suggestedMark == "5")
        #expect(result.thresholds == lenient)
    }

    @Test func thresholdValidity() {
        #expect(ForecastThresholds.standard.isValid)
        #expect(ForecastThresholds(five: 5, four: 4, three: 3).isValid)
        #expect(ForecastThresholds(five: 3, four: 3, three: 3).isValid)
        #expect(ForecastThresholds(five: 5, four: 5, three: 1).isValid)
        #expect(!ForecastThresholds(five: 3.6, four: 4.6, three: 2.6).isValid)
        #expect(!ForecastThresholds(five: 4.6, four: 2.5, three: 2.6).isValid)
        #expect(!ForecastThresholds(five: 5.1, four: 3.6, three: 2.6).isValid)
        #expect(!ForecastThresholds(five: 4.6, four: 3.6, three: 0.9).isValid)
    }

    @Test func invalidThresholdsAreRefusedBySettings() throws {
        let school = try SchoolFixture()
        let before = try school.logCount()
        #expect(throws: Refusal.invalidValue(LocalizedText(ru: "Пороги прогноза должны расти: 3 ≤ 4 ≤ 5, в пределах 1–5.", en: "Forecast thresholds must rise: 3 ≤ 4 ≤ 5, within 1–5."))) {
            try school.admin.changeSettings({ $0.forecastThresholds = ForecastThresholds(five: 3, four: 4, three: 2) })
        }
        #expect(try school.logCount() == before)
        let custom = ForecastThresholds(five: 4.5, four: 3.5, three: 2.5)
        try school.admin.changeSettings({ $0.forecastThresholds = custom })
        #expect(try school.admin.settings().forecastThresholds == custom)
    }
}
