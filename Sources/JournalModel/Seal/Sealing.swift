import Crypto
import Foundation
import GRDB

/// What one `seal` did.
public struct SealResult: Sendable {
    /// The checkpoint signed and stored in the database.
    public let checkpoint: Checkpoint
    /// The witness files it was appended to.
    public let witnessFiles: [String]
    /// The directories it could not be written to, each with the reason (nothing was appended there).
    public let failures: [(directory: String, reason: LocalizedText)]
}

extension Journal {
    /// Signs the log's current state with `key`, stores the checkpoint in the database and appends
    /// it, with the hashes it covers, to the witness file in each directory (`journal seal`).
    ///
    /// A directory whose witness file is damaged, or whose last checkpoint the log no longer
    /// agrees with (history rewritten, or the database restored from an older backup), is not
    /// written to: its failure is returned, and the other directories are sealed.
    public func seal(with key: SealKey, to directories: [String]) throws(Refusal) -> SealResult {
        let replicaID = database.replicaID()
        let state: (checkpoint: Checkpoint, shortHashes: [String])
        do {
            state = try database.pool.read { db in try Self.signedState(db, replicaID: replicaID, key: key, at: clock.now()) }
            try database.pool.write { db in
                try db.execute(sql: "INSERT OR REPLACE INTO checkpoint (position, head, at, line) VALUES (?, ?, ?, ?)",
                               arguments: [state.checkpoint.position, state.checkpoint.head, state.checkpoint.at, state.checkpoint.line])
            }
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            throw Refusal.storage(StorageError.from(error, path: database.path))
        }
        var written: [String] = []
        var failures: [(String, LocalizedText)] = []
        for directory in directories {
            do {
                written.append(try Self.append(state.checkpoint, shortHashes: state.shortHashes, to: directory, key: key))
            } catch {
                failures.append((directory, error.message))
            }
        }
        return SealResult(checkpoint: state.checkpoint, witnessFiles: written, failures: failures)
    }

    /// The latest checkpoint sealed in this database (what a printed report carries, so the paper
    /// can be checked with `verify --checkpoint POSITION:HASH`); nil before the first seal.
    public func latestCheckpoint() throws(Refusal) -> Checkpoint? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT line FROM checkpoint ORDER BY position DESC LIMIT 1").flatMap(Checkpoint.parse)
        }
    }

    /// The checkpoint of the log as this read sees it, with every entry's short hash.
    private static func signedState(_ db: Database, replicaID: String, key: SealKey, at now: Date) throws -> (Checkpoint, [String]) {
        var shortHashes: [String] = []
        var digest = SHA256()
        var head = LogEntry.genesisHash
        let hashes = try String.fetchCursor(db, sql: "SELECT hash FROM operation_log ORDER BY seq")
        while let hash = try hashes.next() {
            let short = String(hash.prefix(WitnessFile.shortHashLength))
            shortHashes.append(short)
            digest.update(data: Data(short.utf8))
            head = hash
        }
        var records = 0
        for table in Schema.journalTables {
            records += try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
        }
        let checkpoint = try Checkpoint.signed(
            replicaID: replicaID, position: Int64(shortHashes.count), head: head, at: Timestamp.text(now), records: records,
            accounts: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account") ?? 0,
            accessEntries: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM access_log") ?? 0,
            hashesDigest: ChainHash.hex(digest.finalize()), key: key)
        return (checkpoint, shortHashes)
    }

    /// Appends the seal to the directory's witness file, after checking the file still agrees with the log.
    private static func append(_ checkpoint: Checkpoint, shortHashes: [String], to directory: String, key: SealKey) throws(Refusal) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Refusal.notFound(LocalizedText(ru: "Нет каталога \(directory) (носитель не подключён?).",
                                                 en: "No directory \(directory) (is the medium mounted?)."))
        }
        let path = WitnessFile.path(in: directory, replicaID: checkpoint.replicaID)
        let known = WitnessFile.read(path: path, replicaID: checkpoint.replicaID, trustedKey: key.publicKey) ?? WitnessFile.Contents()
        if let damage = known.damage { throw Refusal.invalidValue(damage) }
        let agreed = known.position <= checkpoint.position
            && zip(known.shortHashes, shortHashes).allSatisfy { $0 == $1 }
        guard agreed else {
            throw Refusal.invalidValue(LocalizedText(
                ru: "\(path) засвидетельствовал журнал до №\(known.position), а журнал операций теперь с ним не совпадает: проверьте journal verify --witness \(directory).",
                en: "\(path) witnessed the log up to #\(known.position) and the operation log now disagrees with it: check journal verify --witness \(directory)."))
        }
        try WitnessFile.append(path: path, shortHashes: shortHashes[Int(known.position)...], from: known.position + 1, checkpoint: checkpoint)
        return path
    }
}
