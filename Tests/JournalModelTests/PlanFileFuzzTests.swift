import Foundation
import Testing
@testable import JournalModel

/// Mutated КТП files imported one after another into one school, as a teacher might bring them:
/// each is imported or refused with a `Refusal` (never a crash, never a storage failure), and at
/// the end the school still verifies. `JOURNAL_FUZZ_FILES` sets the number of files (a few hundred
/// in `make test`, thousands in `make faults`).
@Suite struct PlanFileFuzzTests {
    static var fileCount: Int { Int(ProcessInfo.processInfo.environment["JOURNAL_FUZZ_FILES"] ?? "") ?? 400 }

    /// A few real-looking plans to start from.
    static let seeds: [[UInt8]] = [
        Array("№;Тема урока;Кол-во часов\r\n1;Натуральные числа;2\r\n2;\"Задачи на «движение»; встречное\";1\r\nРаздел 2. Дроби;;18\r\n3;Сложение дробей;3\r\n".utf8),
        Array("Рабочая программа, 5 класс\n№,Тема,Часы,Дата\n1,\"Ёмкость, объём\",2,01.09\n2,\"Задача \"\"о бассейне\"\"\",1,03.09\n".utf8),
        [0xEF, 0xBB, 0xBF] + Array("1\tПлощадь прямоугольника\t1\n2\tОбъём куба\t2,0\n".utf8),
        PlanImportTests.windows1251Semicolons,
        [0xFF, 0xFE] + Array("1;Дроби;1\r\n2;Проценты;2\r\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
    ]

    /// Bytes a mutation inserts: the ones that broke verification before, and the ones parsers trip on.
    static let nasty: [[UInt8]] = [[0], [0x1B, 0x5B, 0x32, 0x4A], [0xC2, 0x85], [0x7F], [0xE2, 0x80, 0xAE], [0xE2, 0x81, 0xA6],
                                   [0x22], [0x3B], [0x2C], [0x09], [0x0D], [0x0A], [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80]]

    @Test func mutatedFilesNeverBreakTheSchoolsVerification() throws {
        let school = try TestSchool()
        var generator = SplitMix64(seed: 20_261_202)
        var accepted = 0, refused = 0
        for _ in 0..<Self.fileCount {
            let file = Self.mutate(Self.seeds[Int(generator.next() % UInt64(Self.seeds.count))], &generator)
            do {
                try school.admin.importPlan(Data(file), subjectID: school.math.id, grade: 5)
                accepted += 1
            } catch {
                if case .storage = error { Issue.record("a storage failure: \(error.message.english)") }
                refused += 1
            }
        }
        let report = try Verifier.verify(school.journal.database)
        #expect(report.passed, "\(report.problems.prefix(3).map(\.message.english))")
        #expect(accepted > 0 && refused > 0, "accepted \(accepted), refused \(refused)")
    }

    /// One to four mutations of a file: flipped, inserted, deleted, duplicated or truncated bytes.
    static func mutate(_ seed: [UInt8], _ generator: inout SplitMix64) -> [UInt8] {
        var bytes = seed
        for _ in 0...(generator.next() % 4) {
            guard !bytes.isEmpty else { break }
            let at = Int(generator.next() % UInt64(bytes.count))
            switch generator.next() % 7 {
            case 0: bytes[at] ^= UInt8(1 << (generator.next() % 8))
            case 1, 2: bytes.insert(contentsOf: nasty[Int(generator.next() % UInt64(nasty.count))], at: at)
            case 3: bytes.remove(at: at)
            case 4: bytes = Array(bytes.prefix(at))
            case 5: bytes.insert(contentsOf: bytes[at...].prefix(40), at: at)
            default: bytes.insert(contentsOf: Array(repeating: UInt8(ascii: "x"), count: 3_000), at: at)  // a topic over 2 KiB
            }
        }
        return bytes
    }
}

/// A small seeded generator, so a failing file can be found again.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
