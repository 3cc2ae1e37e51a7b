import Foundation
import JournalTestSupport
import Testing
@testable import JournalModel

/// Damaged КТП files imported one after another into one school. Each is accepted or
/// refused with a reason; none crashes the program or fails in storage, every accepted topic is
/// stored byte for byte as read, and at the end the school still verifies.
///
/// `JOURNAL_FUZZ_FILES` sets how many files (default 300, a few seconds; `make faults` runs
/// 5,000), `JOURNAL_FUZZ_SEED` which ones.
@Suite struct PlanFileFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let fileCount = environment["JOURNAL_FUZZ_FILES"].flatMap(Int.init) ?? 300
    static let seed = environment["JOURNAL_FUZZ_SEED"].flatMap(UInt64.init) ?? 11

    @Test func damagedPlanFilesNeverBreakTheSchoolsVerification() throws {
        // Given one small school, and plans of four subjects in three grades to import into it
        let school = try SchoolFixture()
        let targets = [school.math!, school.russian!, school.english!, school.pe!].flatMap { subject in (5...7).map { (subject, $0) } }
        var mutator = PlanFileMutator(seed: Self.seed)
        var accepted = 0
        var refused = 0

        // When each damaged file is imported in turn
        for index in 0..<Self.fileCount {
            let file = mutator.next()
            let (subject, grade) = targets[index % targets.count]
            let about = "file \(index) of seed \(Self.seed): \(file.mutations.joined(separator: "; "))"
            do throws(Refusal) {
                let imported = try school.admin.importPlan(file.data, subjectID: subject.id, grade: grade)
                accepted += 1
                // Then what was read from the file is what is stored, byte for byte
                let stored = try school.admin.plannedTopics(subjectID: subject.id, grade: grade)
                let storedAsRead = Self.bytes(of: stored) == Self.bytes(of: imported.topics)
                #expect(storedAsRead, "the stored plan differs from the file's: \(about)")
            } catch .badPlanFile, .invalidText {
                refused += 1
            } catch {
                Issue.record("not a refusal of the file: \(error.message.english) (\(about))")
            }
        }

        // Then the school verifies, and both kinds of file came
        let report = try Verifier.verify(school.journal.database)
        #expect(report.passed, "\(report.problems.prefix(5).map(\.message.english))")
        if Self.fileCount >= 100 {
            #expect(accepted > Self.fileCount / 10 && refused > Self.fileCount / 10, "accepted \(accepted), refused \(refused)")
        }
    }

    /// The UTF-8 of each topic's number and text: `String`'s `==` would take «е\u{308}» for «ё».
    private static func bytes(of topics: [PlanTopic]) -> [[UInt8]] {
        topics.flatMap { [Array($0.number.utf8), Array($0.topic.utf8)] }
    }
}
