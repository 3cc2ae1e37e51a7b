import Foundation

/// What `verify --witness` found beyond the database's own checks.
public struct WitnessSummary: Sendable {
    /// The witness files read.
    public var files: [String] = []
    /// Signed checkpoints read from them (of the file that holds the most).
    public var checkpoints = 0
    /// The latest checkpoint any of them holds.
    public var lastCheckpoint: Checkpoint?
    /// Log entries after that checkpoint: not yet witnessed.
    public var unwitnessedEntries = 0
}

/// A checkpoint typed in from paper: a log position and its hash (or the hash's first 16 or more hex digits).
public struct PaperCheckpoint: Sendable, Hashable {
    public let position: Int64
    public let hash: String

    /// Reads `POSITION:HASH`; nil when it is not that.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1)
        guard parts.count == 2, let position = Int64(parts[0]), position > 0 else { return nil }
        let hash = parts[1].lowercased()
        guard (WitnessFile.shortHashLength...64).contains(hash.count), hash.allSatisfy(\.isHexDigit) else { return nil }
        self.position = position
        self.hash = hash
    }
}

extension Journal {
    /// `verify`, and then the log against what was witnessed outside the database: every
    /// checkpoint in the witness files of `directories` (signed by `publicKey` when given, else by
    /// the key each file starts with) and every checkpoint typed in from paper.
    ///
    /// A rewrite before the last checkpoint names the first entry that differs from the witness;
    /// a cut names the entries missing; entries after the last checkpoint are counted as not yet witnessed.
    public func verify(witnessDirectories directories: [String], publicKey: String? = nil,
                       paper: [PaperCheckpoint] = []) throws(Refusal) -> VerificationReport {
        let replicaID = database.replicaID()
        var witnesses: [(path: String, contents: WitnessFile.Contents)] = []
        var problems: [VerificationProblem] = []
        for directory in directories {
            let path = WitnessFile.path(in: directory, replicaID: replicaID)
            guard let contents = WitnessFile.read(path: path, replicaID: replicaID, trustedKey: publicKey) else {
                problems.append(.init(kind: .witness, message: LocalizedText(
                    ru: "Нет файла-свидетеля этого журнала: \(path).", en: "No witness file of this journal: \(path).")))
                continue
            }
            if let damage = contents.damage { problems.append(.init(kind: .witness, message: damage)) }
            witnesses.append((path, contents))
        }
        var report: VerificationReport
        var comparisons = witnesses.map { WitnessComparison(path: $0.path, contents: $0.contents) }
        var paperSeen: [Int64: String] = [:]
        let paperPositions = Set(paper.map(\.position))
        do {
            report = try Verifier.verify(database) { entry in
                for index in comparisons.indices { comparisons[index].see(entry) }
                if paperPositions.contains(entry.seq) { paperSeen[entry.seq] = entry.hash }
            }
        } catch {
            throw Refusal.storage(StorageError.from(error, path: database.path))
        }
        report.problems += problems
        let logEnd = Int64(report.logEntries)
        var summary = WitnessSummary(files: witnesses.map(\.path))
        for comparison in comparisons {
            report.problems += comparison.problems(logEnd: logEnd, accounts: report.accounts, accessEntries: report.accessEntries)
            summary.checkpoints = max(summary.checkpoints, comparison.contents.checkpoints.count)
            if let last = comparison.contents.checkpoints.last, last.position >= summary.lastCheckpoint?.position ?? 0 {
                summary.lastCheckpoint = last
            }
        }
        summary.unwitnessedEntries = Int(max(0, logEnd - (summary.lastCheckpoint?.position ?? 0)))
        for checkpoint in paper {
            guard let hash = paperSeen[checkpoint.position] else {
                report.problems.append(.init(kind: .witness, message: LocalizedText(
                    ru: "Отметки с бумаги №\(checkpoint.position) нет: журнал операций кончается на №\(logEnd).",
                    en: "Checkpoint #\(checkpoint.position) from paper is missing: the operation log ends at #\(logEnd).")))
                continue
            }
            if !hash.hasPrefix(checkpoint.hash) {
                report.problems.append(.init(kind: .witness, message: LocalizedText(
                    ru: "Запись №\(checkpoint.position) не совпадает с отметкой на бумаге: журнал операций переписан до неё.",
                    en: "Entry #\(checkpoint.position) disagrees with the checkpoint on paper: the operation log was rewritten up to it.")))
            }
        }
        report.witness = summary
        return report
    }
}

/// One witness file compared with the log as the chain walk reads it.
private struct WitnessComparison {
    let path: String
    let contents: WitnessFile.Contents
    private let heads: [Int64: Checkpoint]
    /// The first entry whose hash is not the one witnessed.
    private(set) var firstDifference: Int64?

    init(path: String, contents: WitnessFile.Contents) {
        self.path = path
        self.contents = contents
        heads = Dictionary(contents.checkpoints.map { ($0.position, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The first entry after the last checkpoint that is dated before it: written later, made to look earlier.
    private(set) var firstBackdated: LogEntry?

    mutating func see(_ entry: LogEntry) {
        let seq = entry.seq
        if seq > contents.position, let last = contents.checkpoints.last, entry.at < last.at, firstBackdated == nil {
            firstBackdated = entry
        }
        guard firstDifference == nil, seq >= 1, seq <= contents.position else { return }
        if !entry.hash.hasPrefix(contents.shortHashes[Int(seq - 1)]) || (heads[seq].map { $0.head != entry.hash } ?? false) {
            firstDifference = seq
        }
    }

    func problems(logEnd: Int64, accounts: Int, accessEntries: Int) -> [VerificationProblem] {
        var found: [VerificationProblem] = []
        if let first = firstDifference {
            let witnessed = contents.checkpoints.first { $0.position >= first }
            found.append(.init(kind: .witness, message: LocalizedText(
                ru: "Запись журнала операций №\(first) не та, что засвидетельствована \(witnessed?.at ?? "") (\(path)): история переписана начиная с неё.",
                en: "Operation log entry #\(first) is not the one witnessed at \(witnessed?.at ?? "") (\(path)): history was rewritten from it on.")))
        }
        if let entry = firstBackdated, let last = contents.checkpoints.last {
            found.append(.init(kind: .witness, message: LocalizedText(
                ru: "Запись №\(entry.seq) (\(entry.targetTable) \(entry.targetID)) датирована \(entry.at), раньше отметки №\(last.position) от \(last.at), но идёт после неё: запись задним числом.",
                en: "Entry #\(entry.seq) (\(entry.targetTable) \(entry.targetID)) is dated \(entry.at), before checkpoint #\(last.position) of \(last.at), yet follows it: backdated.")))
        }
        if let last = contents.checkpoints.last {
            if logEnd < last.position {
                found.append(.init(kind: .witness, message: LocalizedText(
                    ru: "Журнал операций кончается на №\(logEnd), а засвидетельствован до №\(last.position) (\(last.at)): записей №\(logEnd + 1)–\(last.position) нет.",
                    en: "The operation log ends at #\(logEnd) but was witnessed up to #\(last.position) (\(last.at)): entries #\(logEnd + 1)–\(last.position) are missing.")))
            }
            if accounts < last.accounts {
                found.append(.init(kind: .witness, message: LocalizedText(
                    ru: "Учётных записей \(accounts), а засвидетельствовано \(last.accounts): записи удалены.",
                    en: "\(accounts) accounts, but \(last.accounts) were witnessed: accounts were removed.")))
            }
            if accessEntries < last.accessEntries {
                found.append(.init(kind: .witness, message: LocalizedText(
                    ru: "Записей журнала входов \(accessEntries), а засвидетельствовано \(last.accessEntries): записи удалены.",
                    en: "\(accessEntries) access log entries, but \(last.accessEntries) were witnessed: entries were removed.")))
            }
        }
        return found
    }
}
