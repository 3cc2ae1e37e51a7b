import Testing
@testable import JournalModel
@testable import JournalDemo

@Suite struct DemoLessonContentTests {
    @Test func curriculumStaysWithinTheLegalWeeklyMaximumAndFitsTheWeek() {
        for grade in 1...11 {
            let hours = DemoCurriculum.weeklyHours(grade: grade)
            #expect(hours <= DemoCurriculum.maximumWeeklyHours(grade: grade), "grade \(grade)")
            #expect(hours >= DemoCurriculum.maximumWeeklyHours(grade: grade) - 6, "grade \(grade) too light")
            let days = DemoTimetableBuilder.lessonsPerDay(weeklyHours: hours)
            #expect(days.reduce(0, +) == hours)
            #expect(days.allSatisfy { $0 <= DemoCurriculum.maximumLessonsPerDay(grade: grade) })
        }
    }

    @Test func curriculumHasTheSubjectsOfEachStage() {
        let subjects = { (grade: Int) in Set(DemoCurriculum.items(grade: grade).map(\.subject)) }
        #expect(subjects(1).isSuperset(of: [.russian, .literaryReading, .mathematics, .surroundingWorld]))
        #expect(!subjects(1).contains(.english))
        #expect(subjects(4).contains(.religiousCultures))
        #expect(subjects(7).isSuperset(of: [.algebra, .geometry, .probability, .informatics, .physics]))
        #expect(!subjects(7).contains(.mathematics))
        #expect(subjects(8).isSuperset(of: [.chemistry, .lifeSafety]))
        #expect(DemoCurriculum.items(grade: 5).first { $0.subject == .english }?.split == .halves)
        #expect(DemoCurriculum.items(grade: 6).first { $0.subject == .technology }?.split == .bySex)
        #expect(!DemoCurriculum.hasMarks(grade: 1) && DemoCurriculum.hasMarks(grade: 2))
        #expect(DemoSubject.allCases.allSatisfy { !$0.shortName.isEmpty && $0.shortName.count <= 6 })
    }

    @Test func mainSubjectsHaveATermOfTopics() {
        let main: [(DemoSubject, [Int])] = [
            (.russian, [2, 6]), (.literaryReading, [3]), (.literature, [6]), (.mathematics, [3, 5]),
            (.algebra, [8]), (.english, [3, 7]),
        ]
        for (subject, grades) in main {
            for grade in grades {
                #expect(DemoTopics.topics(for: subject, grade: grade).count >= 30, "\(subject) \(grade)")
            }
        }
        for grade in 1...11 {
            for item in DemoCurriculum.items(grade: grade) {
                #expect(DemoTopics.topics(for: item.subject, grade: grade).count >= 10, "\(item.subject) \(grade)")
            }
        }
        #expect(DemoTopics.topics(for: .algebra, grade: 8).contains("Решение квадратных уравнений"))
        #expect(DemoTopics.topic(for: .russian, grade: 3, lessonNumber: 0) == "Наша речь. Виды речи")
    }

    @Test func homeworkIsNeverSetInGradeOneAndLooksLikeAJournalEntry() {
        var rng = DemoRandom(seed: 2)
        #expect(DemoHomework.text(for: .russian, grade: 1, lessonNumber: 5, using: &rng) == nil)
        let algebra = DemoHomework.text(for: .algebra, grade: 8, lessonNumber: 10, using: &rng) ?? ""
        #expect(algebra.contains("№"))
        let english = DemoHomework.text(for: .english, grade: 7, lessonNumber: 10, using: &rng) ?? ""
        #expect(!english.isEmpty)
    }

    @Test func workKindsCarryTheirWeights() {
        #expect(DemoWorkKind.classwork.weight == 1)
        #expect(DemoWorkKind.testWork.weight == 3)
        #expect(DemoWorkKind.independentWork.weight == 2)
        var rng = DemoRandom(seed: 4)
        let kinds = (0..<2000).map { _ in DemoWorkKind.draw(for: .russian, using: &rng) }
        #expect(kinds.filter { $0 == .classwork }.count > 900)
        #expect(kinds.contains(.dictation))
    }

    @Test func marksFollowTheProfile() {
        var rng = DemoRandom(seed: 8)
        func mean(_ profile: DemoPerformanceProfile) -> Double {
            let marks = (0..<3000).map { _ in DemoMarks.draw(for: profile, kind: .classwork, using: &rng) }
            #expect(marks.allSatisfy { (1...5).contains($0) })
            return Double(marks.reduce(0, +)) / Double(marks.count)
        }
        let strong = mean(DemoPerformanceProfile(level: .strong, meanMark: 4.7))
        let weak = mean(DemoPerformanceProfile(level: .weak, meanMark: 3.1))
        #expect(strong > 4.4 && weak < 3.5)
    }

    @Test func absencesAreAboutSixPercentAndMostlyIllness() {
        var rng = DemoRandom(seed: 9)
        let codes = (0..<20_000).compactMap { _ in DemoMarks.drawAbsence(using: &rng) }
        let share = Double(codes.count) / 20_000
        #expect(share > 0.05 && share < 0.08)
        let ill = codes.filter { $0 == .ill }.count
        #expect(DemoAbsenceCode.allCases.allSatisfy { code in code == .ill || codes.filter { $0 == code }.count < ill })
        #expect(DemoAbsenceCode.late.rawValue == "ОП")
    }

    @Test func bellScheduleStartsAt830WithTwentyMinuteBreaks() {
        let bells = DemoBellSchedule.standard
        #expect(bells.periods.count == 7)
        #expect(bells.periods[0].start.text == "08:30" && bells.periods[0].end.text == "09:15")
        #expect(bells.periods[1].start.text == "09:25")
        #expect(bells.periods[2].start.text == "10:30")
        #expect(bells.periods[3].start.text == "11:35")
        #expect(bells.periods[6].end.text == "15:05")
    }

    @Test func datesAddDaysAcrossMonthsAndLeapYears() {
        #expect(DemoDate(year: 2019, month: 12, day: 1).adding(days: 364).iso == "2020-11-29")
        #expect(DemoDate(year: 2020, month: 2, day: 28).adding(days: 1).iso == "2020-02-29")
        #expect(DemoDate(year: 2021, month: 2, day: 28).adding(days: 1).iso == "2021-03-01")
    }
}
