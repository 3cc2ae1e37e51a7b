import Foundation
import GRDB

/// The school's SQLite database: one value that owns the connection pool and brings the schema
/// up to date when it opens.
///
/// WAL mode with `synchronous = FULL` (a confirmed commit survives power loss), foreign keys on,
/// and a busy timeout so that many teacher sessions over SSH can share the file.
final class JournalDatabase: Sendable {
    /// The connection pool; readers never block the writer.
    let pool: DatabasePool
    /// Where the file lives.
    let path: String
    /// This copy's replica id, read once when the file opens: it is set when the database is
    /// created and never changes afterwards, so an operation need not read it again.
    private let storedReplicaID: String

    /// Opens (creating if needed) the database at `path`.
    ///
    /// A new file is created readable and writable only by its owner (personal data, 152-ФЗ).
    /// A database written by a newer version of the program is refused rather than misread.
    init(path: String, busyTimeout: TimeInterval = 15) throws(StorageError) {
        self.path = path
        let existed = FileManager.default.fileExists(atPath: path)
        if !existed { try JournalDatabase.createPrivateFile(at: path) }
        if existed && JournalDatabase.isTruncated(path) { throw StorageError.notADatabase(path: path) }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.journalMode = .wal
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            // Opening already writes (WAL set-up), so a read-only file or a full disk shows here.
            switch StorageError.from(error, path: path) {
            case .failed: throw StorageError.cannotOpen(path: path, detail: "\(error)")
            case let known: throw known
            }
        }
        do {
            // GRDB's WAL set-up lowers synchronous to NORMAL after prepareDatabase: restore FULL here.
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
            try Self.checkSchemaIsKnown(pool, path: path)
            try Schema.migrator.migrate(pool)
            storedReplicaID = try pool.write { db in try Meta.ensureReplicaID(db) }
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError.from(error, path: path)
        }
    }

    /// The `synchronous` setting in force on the writer connection (2 = FULL).
    func synchronousLevel() throws -> Int {
        try pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }

    /// This database's replica id: which copy of the journal an operation was made on.
    func replicaID() -> String { storedReplicaID }

    private static func checkSchemaIsKnown(_ pool: DatabasePool, path: String) throws {
        let applied = try pool.read { db in try Schema.migrator.appliedIdentifiers(db) }
        let known = Set(Schema.migrator.migrations)
        let unknown = applied.subtracting(known)
        if !unknown.isEmpty {
            throw StorageError.newerSchema(path: path, versions: unknown.sorted())
        }
    }

    /// Whether the file is shorter than its own header says, with no WAL that could hold the rest.
    ///
    /// SQLite opens such a file and reads zeros past its end, so a cut-off copy would otherwise
    /// show up only as odd errors deep inside some query (or as missing records).
    static func isTruncated(_ path: String) -> Bool {
        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        guard walSize == 0, let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 100), header.count == 100,
              header.starts(with: Array("SQLite format 3\0".utf8)),
              let fileSize = try? handle.seekToEnd() else { return false }
        func bigEndian(_ offset: Int, _ count: Int) -> Int {
            header[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
        }
        // The page count in the header is valid only when its change counter matches (file format §1.3.7).
        guard bigEndian(24, 4) == bigEndian(92, 4) else { return false }
        let pageSize = bigEndian(16, 2) == 1 ? 65_536 : bigEndian(16, 2)
        return UInt64(bigEndian(28, 4) * pageSize) > fileSize
    }

    private static func createPrivateFile(at path: String) throws(StorageError) {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw StorageError.cannotOpen(path: path, detail: "\(error)")
            }
        }
        do {
            try PrivateFile.createEmpty(at: path)
        } catch {
            guard case let .writeFailed(_, detail) = error else { throw error }
            throw StorageError.cannotOpen(path: path, detail: detail)
        }
    }
}
