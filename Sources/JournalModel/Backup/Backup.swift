import Foundation
import GRDB

/// What one `backup` made.
public struct BackupResult: Sendable {
    /// The copy and its manifest.
    public let path: String
    public let manifest: BackupManifest
    /// Older copies removed by `keep`.
    public let removed: [String]
}

extension Journal {
    /// Copies the journal into `directory` while teachers keep working (`journal backup`): SQLite's
    /// online backup from one read snapshot, so writers are never waited on; the copy is made 0600,
    /// checked (SQLite's integrity check and the logs' chains), renamed into place only when whole,
    /// and described by a manifest beside it.
    /// With `keep`, only that many of this journal's newest copies stay in the directory.
    ///
    /// Nothing is left behind when it fails (a full disk, a copy that does not verify).
    public func backup(to directory: String, keep: Int? = nil) throws(Refusal) -> BackupResult {
        try Self.checkBackupDirectory(directory, database: database.path)
        if let keep, keep < 1 {
            throw Refusal.invalidValue(LocalizedText(ru: "--keep — не меньше 1.", en: "--keep is at least 1."))
        }
        let replicaID = database.replicaID()
        let now = clock.now()
        let name = Self.backupName(replicaID: replicaID, at: now, in: directory)
        let final = (directory as NSString).appendingPathComponent(name)
        let partial = (directory as NSString).appendingPathComponent(".\(name).partial")
        do {
            let manifest = try copy(to: partial, name: name, createdAt: now)
            try PrivateFile.syncAndRename(partial, to: final)
            try PrivateFile.write(manifest.text, to: BackupManifest.path(of: final))
            return BackupResult(path: final, manifest: manifest, removed: keep.map { Self.rotate(directory, replicaID: replicaID, keep: $0) } ?? [])
        } catch {
            for leftover in [partial, partial + "-journal", partial + "-wal", partial + "-shm"] { unlink(leftover) }
            if let refusal = error as? Refusal { throw refusal }
            throw Refusal.storage(StorageError.from(error, path: final))
        }
    }

    /// The online copy into a new private file, verified there; its manifest.
    private func copy(to partial: String, name: String, createdAt: Date) throws -> BackupManifest {
        try PrivateFile.createEmpty(at: partial)
        let (position, head, schoolName): (Int64, String, String)
        do {
            let destination = try DatabaseQueue(path: partial)
            // No journal and no syncs while copying (the file is synced once, whole): half the
            // writes, and no flush that would hold up the teachers' own syncs.
            try destination.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF") }
            try database.pool.backup(to: destination)
            // The copy stands alone: no -wal beside it whoever opens it.
            try destination.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            let report = try Verifier.verifyFile(reader: destination)
            guard report.passed else {
                throw Refusal.invalidValue(LocalizedText(
                    ru: "Копия не прошла проверку (\(report.problems.first?.message.russian ?? "")): она удалена, журнал не тронут.",
                    en: "The copy failed verification (\(report.problems.first?.message.english ?? "")): it was removed, the journal is untouched."))
            }
            (position, head, schoolName) = try destination.read { db in
                let tip = try Row.fetchOne(db, sql: "SELECT seq, hash FROM operation_log ORDER BY seq DESC LIMIT 1")
                return (tip?["seq"] ?? 0, tip?["hash"] ?? LogEntry.genesisHash, try Meta.value(db, key: Meta.schoolNameKey) ?? "")
            }
            try destination.close()
        }
        guard let sha256 = BackupManifest.sha256(ofFile: partial),
              let bytes = (try? FileManager.default.attributesOfItem(atPath: partial)[.size] as? Int) else {
            throw Refusal.invalidValue(LocalizedText(ru: "Копия не читается: \(partial).", en: "The copy cannot be read: \(partial)."))
        }
        return BackupManifest(file: name, createdAt: Timestamp.text(createdAt), replicaID: database.replicaID(), schoolName: schoolName,
                              position: position, head: head, sha256: sha256, bytes: bytes)
    }

    /// The destination must be a directory, and not the database's own file.
    private static func checkBackupDirectory(_ directory: String, database: String) throws(Refusal) {
        let resolved = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        if resolved == URL(fileURLWithPath: database).resolvingSymlinksInPath().path {
            throw Refusal.invalidValue(LocalizedText(ru: "Копию нельзя записать на место самой базы (\(directory)): укажите каталог на другом носителе.",
                                                     en: "A backup cannot be written over the database itself (\(directory)): give a directory on another medium."))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Refusal.notFound(LocalizedText(ru: "Нет каталога \(directory) для копии (носитель не подключён?).",
                                                 en: "No directory \(directory) for the backup (is the medium mounted?)."))
        }
    }

    /// `journal-REPLICA-YYYYMMDD-HHMMSS.sqlite`, with a number added if a copy of that second exists.
    private static func backupName(replicaID: String, at date: Date, in directory: String) -> String {
        let stem = "journal-\(replicaID)-\(PrivateFile.stamp(date))"
        var name = stem + ".sqlite"
        var number = 2
        while FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(name)) {
            name = "\(stem)-\(number).sqlite"
            number += 1
        }
        return name
    }

    /// Removes this journal's copies beyond the newest `keep` (their names sort by time), with their manifests.
    private static func rotate(_ directory: String, replicaID: String, keep: Int) -> [String] {
        let prefix = "journal-\(replicaID)-"
        // Sorted without ".sqlite": "…-120000" before "…-120000-2", which a plain sort would swap ("-" < ".").
        let copies = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".sqlite") }
            .sorted { $0.dropLast(7) < $1.dropLast(7) }
        return copies.dropLast(keep).map { name in
            let path = (directory as NSString).appendingPathComponent(name)
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.removeItem(atPath: BackupManifest.path(of: path))
            return path
        }
    }
}
