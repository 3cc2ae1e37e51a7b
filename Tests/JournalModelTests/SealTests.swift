import Foundation
import GRDB
import JournalTestSupport
import Testing
@testable import JournalModel

/// `seal` and the witness files: what is written, what a damaged or foreign file does, the key's
/// own rules, and checkpoints typed in from paper.
@Suite struct SealTests {
    private final class Sealing {
        let school = try! SchoolFixture()
        lazy var key = try! SealKey.create(at: path("seal.key"))

        func path(_ name: String) -> String { school.directory.appendingPathComponent(name).path }

        func medium(_ name: String) throws -> String {
            try FileManager.default.createDirectory(atPath: path(name), withIntermediateDirectories: true)
            return path(name)
        }

        func witnessFile(in directory: String) -> String {
            WitnessFile.path(in: directory, replicaID: school.journal.database.replicaID())
        }

        func mark() throws {
            try school.teacher(school.mathTeacher).addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "4")
        }
    }

    @Test func aSealIsStoredAndWitnessedAndTheNextOneAddsOnlyNewEntries() throws {
        // Given a school sealed to two media
        let sealing = Sealing()
        let (usb, disk) = (try sealing.medium("usb"), try sealing.medium("disk"))
        let first = try sealing.school.journal.seal(with: sealing.key, to: [usb, disk])
        #expect(first.failures.isEmpty && first.witnessFiles == [sealing.witnessFile(in: usb), sealing.witnessFile(in: disk)])
        #expect(first.checkpoint.position == Int64(try sealing.school.logCount()) && first.checkpoint.isSignedByItsKey)
        let stored = try sealing.school.journal.database.pool.read { db in try String.fetchAll(db, sql: "SELECT line FROM checkpoint") }
        #expect(stored == [first.checkpoint.line])

        // When a mark is given / Then it is not yet witnessed
        try sealing.mark()
        let before = try sealing.school.journal.verify(witnessDirectories: [usb, disk])
        #expect(before.passed && before.witness?.unwitnessedEntries == 1 && before.witness?.checkpoints == 1)

        // And the next seal, to the first medium only, appends that one hash and its checkpoint
        let second = try sealing.school.journal.seal(with: sealing.key, to: [usb])
        let lines = try String(contentsOfFile: sealing.witnessFile(in: usb), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 4 && lines[2].split(separator: " ").count == 3 && String(lines[3]) == second.checkpoint.line)
        let after = try sealing.school.journal.verify(witnessDirectories: [usb, disk])
        #expect(after.passed && after.witness?.unwitnessedEntries == 0 && after.witness?.lastCheckpoint == second.checkpoint)
    }

    @Test func anEditedWitnessFileIsNamedAndNotSealedTo() throws {
        // Given a sealed medium whose hash list was edited by hand
        let sealing = Sealing()
        let (usb, disk) = (try sealing.medium("usb"), try sealing.medium("disk"))
        _ = try sealing.school.journal.seal(with: sealing.key, to: [usb, disk])
        let file = sealing.witnessFile(in: usb)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "from=1 ", with: "from=1 0000000000000000 ").replacingOccurrences(
            of: "from=1 0000000000000000 \(text.split(separator: " ")[2]) ", with: "from=1 0000000000000000 ")
        try edited.write(toFile: file, atomically: true, encoding: .utf8)

        // Then verify names the file and line, and a seal leaves it as it is but seals the other medium
        let report = try sealing.school.journal.verify(witnessDirectories: [usb, disk])
        #expect(report.problems.map(\.kind) == [.witness])
        #expect(report.problems.first?.message.english == "\(file), line 2: the hash list disagrees with signed checkpoint #\(try sealing.school.logCount()).")
        let sealed = try sealing.school.journal.seal(with: sealing.key, to: [usb, disk])
        #expect(sealed.witnessFiles == [sealing.witnessFile(in: disk)] && sealed.failures.map(\.directory) == [usb])
        #expect(try String(contentsOfFile: file, encoding: .utf8) == edited)
    }

    @Test func aTruncatedWitnessFileIsCalledCut() throws {
        let sealing = Sealing()
        let usb = try sealing.medium("usb")
        _ = try sealing.school.journal.seal(with: sealing.key, to: [usb])
        let file = sealing.witnessFile(in: usb)
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        try data.prefix(data.count - 20).write(to: URL(fileURLWithPath: file))
        let report = try sealing.school.journal.verify(witnessDirectories: [usb])
        #expect(report.problems.map(\.message.english).contains("\(file): the last line is cut off (the file was truncated)."))
    }

    @Test func anotherKeyIsRefusedBySealAndByVerify() throws {
        // Given a medium sealed with one key
        let sealing = Sealing()
        let usb = try sealing.medium("usb")
        _ = try sealing.school.journal.seal(with: sealing.key, to: [usb])
        let other = try SealKey.create(at: sealing.path("other.key"))

        // When another key seals to it / Then refused, the file unchanged
        let before = try String(contentsOfFile: sealing.witnessFile(in: usb), encoding: .utf8)
        let sealed = try sealing.school.journal.seal(with: other, to: [usb])
        #expect(sealed.witnessFiles.isEmpty && sealed.failures.count == 1)
        #expect(try String(contentsOfFile: sealing.witnessFile(in: usb), encoding: .utf8) == before)
        // And verify pinned to the other key names the first checkpoint as not its own
        let report = try sealing.school.journal.verify(witnessDirectories: [usb], publicKey: other.publicKey)
        #expect(report.problems.first?.message.english.hasSuffix("line 2: checkpoint #\(try sealing.school.logCount()) has a bad signature or another key's.") == true)
    }

    @Test func aMissingMediumIsReportedAndNothingElseFails() throws {
        let sealing = Sealing()
        let usb = try sealing.medium("usb")
        let sealed = try sealing.school.journal.seal(with: sealing.key, to: [sealing.path("not-mounted"), usb])
        #expect(sealed.witnessFiles == [sealing.witnessFile(in: usb)])
        #expect(sealed.failures.first?.reason.english == "No directory \(sealing.path("not-mounted")) (is the medium mounted?).")
        let report = try sealing.school.journal.verify(witnessDirectories: [sealing.path("not-mounted")])
        #expect(report.problems.map(\.kind) == [.witness])
    }

    @Test func aCheckpointFromPaperIsCheckedByItsPositionAndHash() throws {
        // Given the latest checkpoint, as a printed report carries it
        let sealing = Sealing()
        #expect(try sealing.school.journal.latestCheckpoint() == nil)
        let sealed = try sealing.school.journal.seal(with: sealing.key, to: [])
        #expect(try sealing.school.journal.latestCheckpoint() == sealed.checkpoint)
        let position = sealed.checkpoint.position
        let good = try #require(PaperCheckpoint("\(position):\(sealed.checkpoint.head.prefix(16).uppercased())"))
        #expect(try sealing.school.journal.verify(witnessDirectories: [], paper: [good]).passed)

        let wrong = try #require(PaperCheckpoint("\(position):0123456789abcdef"))
        let beyond = try #require(PaperCheckpoint("\(position + 5):\(sealed.checkpoint.head)"))
        let report = try sealing.school.journal.verify(witnessDirectories: [], paper: [wrong, beyond])
        #expect(report.problems.map(\.message.english) == [
            "Entry #\(position) disagrees with the checkpoint on paper: the operation log was rewritten up to it.",
            "Checkpoint #\(position + 5) from paper is missing: the operation log ends at #\(position).",
        ])
        #expect(PaperCheckpoint("12:abc") == nil && PaperCheckpoint("x:0123456789abcdef") == nil && PaperCheckpoint("0:0123456789abcdef") == nil)
    }

    @Test func theKeyIsFoundByOptionOrEnvironmentAndMustBeTheOwnersAlone() throws {
        let sealing = Sealing()
        #expect(try SealKey.locate(explicit: "/keys/a", environment: [SealKey.environmentVariable: "/keys/b"]) == "/keys/a")
        #expect(try SealKey.locate(explicit: nil, environment: [SealKey.environmentVariable: "/keys/b"]) == "/keys/b")
        #expect(throws: Refusal.notFound(LocalizedText(
            ru: "Не указан ключ печати: --key ФАЙЛ или переменная JOURNAL_SEAL_KEY. Создать ключ: journal key create --out ФАЙЛ.",
            en: "No seal key given: --key FILE or JOURNAL_SEAL_KEY. Make a key: journal key create --out FILE."))) {
            try SealKey.locate(explicit: nil, environment: [:])
        }

        // A key file is made 0600, never over another file, and read back only while it stays the owner's
        let path = sealing.path("seal.key")
        let key = sealing.key
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(throws: Refusal.self) { try SealKey.create(at: path) }
        #expect(try SealKey.load(path: path).publicKey == key.publicKey)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(throws: Refusal.invalidValue(LocalizedText(
            ru: "Ключ печати \(path) доступен не только владельцу (права 644): chmod 600 \(path).",
            en: "The seal key \(path) is readable by others (mode 644): chmod 600 \(path)."))) { try SealKey.load(path: path) }
        try "not a key\n".write(toFile: sealing.path("bad.key"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: sealing.path("bad.key"))
        #expect(throws: Refusal.invalidValue(LocalizedText(ru: "\(sealing.path("bad.key")) — не ключ печати журнала.",
                                                           en: "\(sealing.path("bad.key")) is not a journal seal key."))) {
            try SealKey.load(path: sealing.path("bad.key"))
        }
    }
}
