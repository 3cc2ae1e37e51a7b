import Foundation
import GRDB

/// A backup copied beside the database and verified, waiting for the administrator to log in to
/// it and confirm (`journal restore`). Until `commit`, the database in use is untouched.
public final class RestoreStaging {
    /// The staged copy: the administrator logs in to it (its accounts are the ones that will be in force).
    public let journal: Journal
    /// The staged copy's log end and head.
    public let position: Int64
    public let head: String
    /// What is known to be missing from the backup: entries witnessed or held by the replaced database after it.
    public let missing: [LocalizedText]
    /// Notes on what could not be checked (no manifest, a database that could not be read).
    public let notes: [LocalizedText]
    private let databasePath: String
    private let stagingPath: String
    private let backup: String
    private var finished = false

    /// Copies `backup` beside `databasePath` and checks it: no program may have the journal open,
    /// the copy must match its manifest and pass `verify`, and it must be this school's journal.
    /// `witness` directories tell how far the log was witnessed, to report what the backup lacks.
    public static func stage(backup: String, over databasePath: String, witness: [String] = []) throws(Refusal) -> RestoreStaging {
        try refuseWhileOpen(databasePath)
        guard FileManager.default.isReadableFile(atPath: backup) else {
            throw Refusal.notFound(LocalizedText(ru: "Нет копии \(backup).", en: "No backup at \(backup)."))
        }
        var notes: [LocalizedText] = []
        let manifest = BackupManifest.read(besides: backup)
        if let manifest, BackupManifest.sha256(ofFile: backup) != manifest.sha256 {
            // Opening a copy with the program (journal verify --db) rewrites a few bytes of it: its log must still be the manifest's.
            notes.append(LocalizedText(
                ru: "Файл копии изменён после создания (SHA-256 не совпадает с описанием): сверяется её журнал операций.",
                en: "The backup file changed since it was made (its SHA-256 differs from the manifest): its operation log is compared instead."))
        } else if manifest == nil {
            notes.append(LocalizedText(ru: "Описания копии (\(BackupManifest.path(of: backup))) нет: её происхождение не проверено.",
                                       en: "The backup has no manifest (\(BackupManifest.path(of: backup))): its origin is not checked."))
        }
        let stagingPath = databasePath + ".restoring"
        removeWithCompanions(stagingPath)
        do {
            try FileManager.default.copyItem(atPath: backup, toPath: stagingPath)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: stagingPath)
        } catch {
            removeWithCompanions(stagingPath)
            throw Refusal.storage(.writeFailed(path: stagingPath, detail: "\(error.localizedDescription)"))
        }
        do {
            return try RestoreStaging(backup: backup, manifest: manifest, stagingPath: stagingPath, databasePath: databasePath,
                                      witness: witness, notes: notes)
        } catch {
            removeWithCompanions(stagingPath)
            throw error
        }
    }

    private init(backup: String, manifest: BackupManifest?, stagingPath: String, databasePath: String, witness: [String],
                 notes: [LocalizedText]) throws(Refusal) {
        self.stagingPath = stagingPath
        self.databasePath = databasePath
        self.backup = backup
        do { journal = try Journal(path: stagingPath) } catch { throw Refusal.storage(error) }
        let report = try journal.verify()
        guard report.passed else {
            throw Refusal.invalidValue(LocalizedText(
                ru: "Копия \(backup) не проходит проверку: \(report.problems.first?.message.russian ?? ""). Журнал не тронут.",
                en: "The backup \(backup) fails verification: \(report.problems.first?.message.english ?? ""). The journal is untouched."))
        }
        let staged = try journal.read { db in
            (try Row.fetchOne(db, sql: "SELECT seq, hash FROM operation_log ORDER BY seq DESC LIMIT 1"),
             try Meta.value(db, key: Meta.schoolNameKey) ?? "")
        }
        position = staged.0?["seq"] ?? 0
        head = staged.0?["hash"] ?? LogEntry.genesisHash
        if let manifest, manifest.position != position || manifest.head != head {
            throw Refusal.invalidValue(LocalizedText(
                ru: "Копия \(backup) не совпадает со своим описанием (журнал операций №\(position), а в описании №\(manifest.position)): она подменена.",
                en: "The backup \(backup) disagrees with its manifest (operation log #\(position), the manifest says #\(manifest.position)): it was replaced."))
        }
        let replicaID = journal.database.replicaID()
        var notes = notes
        var missing: [LocalizedText] = []
        if let current = Self.currentJournal(databasePath, notes: &notes) {
            guard current.replicaID == replicaID else {
                throw Refusal.invalidValue(LocalizedText(
                    ru: "Это копия другого журнала («\(staged.1)», \(replicaID)), а не этого («\(current.schoolName)», \(current.replicaID)): восстановление отменено.",
                    en: "This is a backup of another journal (\"\(staged.1)\", \(replicaID)), not of this one (\"\(current.schoolName)\", \(current.replicaID)): nothing restored."))
            }
            if current.position > position {
                missing.append(LocalizedText(
                    ru: "В заменяемой базе есть записи №\(position + 1)–\(current.position), которых нет в копии; она сохранится рядом.",
                    en: "The database being replaced holds entries #\(position + 1)–\(current.position) that the backup lacks; it is kept beside."))
            }
        }
        for directory in witness {
            let path = WitnessFile.path(in: directory, replicaID: replicaID)
            guard let last = WitnessFile.read(path: path, replicaID: replicaID, trustedKey: nil)?.checkpoints.last, last.position > position else { continue }
            missing.append(LocalizedText(
                ru: "Записи №\(position + 1)–\(last.position) засвидетельствованы (\(path), \(last.at)), но в копии их нет: их нужно внести заново.",
                en: "Entries #\(position + 1)–\(last.position) were witnessed (\(path), \(last.at)) but the backup lacks them: they must be entered again."))
        }
        self.missing = missing
        self.notes = notes
    }

    deinit { if !finished { discard() } }

    /// Puts the staged copy in the database's place, as `session` (the administrator, logged in to
    /// the staged copy), with an entry in its log naming the copy. The replaced database and its
    /// `-wal`/`-shm` are kept beside, renamed; returns the replaced database's new path (nil when
    /// there was none).
    public func commit(by session: JournalSession) throws(Refusal) -> String? {
        guard session.journal === journal else {
            throw Refusal.invalidValue(LocalizedText(ru: "Войти нужно в восстанавливаемую копию.", en: "Log in to the backup being restored."))
        }
        guard session.actor.has(.administrator) else { throw Refusal.onlyAdministrator }
        try Self.refuseWhileOpen(databasePath)
        // The restore itself is in the restored log: who put which copy back, and when.
        try journal.write { db in
            let writer = RecordWriter(db, stamp: OperationStamp(actorID: session.actor.id, replicaID: journal.database.replicaID(),
                                                                at: journal.clock.now(), reason: "restore"))
            try writer.note(table: Meta.tableName, id: Self.restoreKey, field: "backup", old: nil,
                            new: CanonicalValue.quoted("\((backup as NSString).lastPathComponent) #\(position)"))
        }
        do {
            try journal.database.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            try journal.database.pool.close()
        } catch {
            throw Refusal.storage(StorageError.from(error, path: stagingPath))
        }
        var replaced: String?
        if FileManager.default.fileExists(atPath: databasePath) {
            let kept = databasePath + ".replaced-" + PrivateFile.stamp(journal.clock.now())
            for suffix in ["-wal", "-shm", ""] where FileManager.default.fileExists(atPath: databasePath + suffix) {
                guard rename(databasePath + suffix, kept + suffix) == 0 else {
                    throw Refusal.storage(.writeFailed(path: databasePath + suffix, detail: String(cString: strerror(errno))))
                }
            }
            replaced = kept
        }
        try Self.removeCompanions(stagingPath)
        guard rename(stagingPath, databasePath) == 0 else {
            throw Refusal.storage(.writeFailed(path: databasePath, detail: String(cString: strerror(errno))))
        }
        PrivateFile.syncDirectory(of: databasePath)
        finished = true
        return replaced
    }

    /// The log's name for a restore: an entry on `meta`, not a journal record.
    static let restoreKey = "restored_from"

    /// Removes the staged copy; the database in use stays as it was.
    public func discard() {
        try? journal.database.pool.close()
        Self.removeWithCompanions(stagingPath)
        finished = true
    }

    private static func refuseWhileOpen(_ path: String) throws(Refusal) {
        let holders = OpenFiles.processes(holding: path)
        guard holders.isEmpty else {
            let pids = holders.map(String.init).joined(separator: ", ")
            throw Refusal.invalidValue(LocalizedText(
                ru: "Журнал сейчас открыт (процессы \(pids)): пусть все выйдут (F10) или остановите службу, затем повторите.",
                en: "The journal is open now (processes \(pids)): have everyone quit (F10) or stop the service, then try again."))
        }
    }

    /// The database in use, read without opening it as a journal (it may be damaged: then nil, with a note).
    private static func currentJournal(_ path: String, notes: inout [LocalizedText]) -> (replicaID: String, schoolName: String, position: Int64)? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            return try DatabaseQueue(path: path, configuration: configuration).read { db in
                (try Meta.value(db, key: Meta.replicaKey) ?? "", try Meta.value(db, key: Meta.schoolNameKey) ?? "",
                 try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM operation_log") ?? 0)
            }
        } catch {
            notes.append(LocalizedText(ru: "Текущая база не читается (\(error.localizedDescription)): чья это копия, не сверено.",
                                       en: "The current database cannot be read (\(error.localizedDescription)): whose backup this is was not compared."))
            return nil
        }
    }

    private static func removeCompanions(_ path: String) throws(Refusal) {
        for suffix in ["-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: path + suffix) {
            guard unlink(path + suffix) == 0 else {
                throw Refusal.storage(.writeFailed(path: path + suffix, detail: String(cString: strerror(errno))))
            }
        }
    }

    private static func removeWithCompanions(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }
}
