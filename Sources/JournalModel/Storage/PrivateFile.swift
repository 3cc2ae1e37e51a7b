import Foundation

/// Files the journal writes beside its database (backups, manifests): readable by their owner
/// only, and put in place whole or not at all. Report files use `syncAndRename` too.
public enum PrivateFile {
    /// Creates an empty file, 0600; an existing file is an error (never overwritten).
    static func createEmpty(at path: String) throws(StorageError) {
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard descriptor >= 0 else { throw StorageError.writeFailed(path: path, detail: String(cString: strerror(errno))) }
        close(descriptor)
    }

    /// Syncs `partial` to the medium, renames it to `final` and syncs the directory.
    public static func syncAndRename(_ partial: String, to final: String) throws(StorageError) {
        let descriptor = open(partial, O_RDONLY)
        guard descriptor >= 0, fsync(descriptor) == 0 else {
            let detail = String(cString: strerror(errno))
            if descriptor >= 0 { close(descriptor) }
            throw StorageError.writeFailed(path: final, detail: detail)
        }
        close(descriptor)
        guard rename(partial, final) == 0 else { throw StorageError.writeFailed(path: final, detail: String(cString: strerror(errno))) }
        syncDirectory(of: final)
    }

    /// Writes a small text file, 0600, whole or not at all.
    static func write(_ text: String, to path: String) throws(StorageError) {
        let partial = path + ".partial"
        unlink(partial)
        guard FileManager.default.createFile(atPath: partial, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw StorageError.writeFailed(path: path, detail: String(cString: strerror(errno)))
        }
        try syncAndRename(partial, to: path)
    }

    /// A moment as file names carry it: `YYYYMMDD-HHMMSS`, UTC (names then sort by time).
    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: date)
    }

    /// Syncs the directory holding `path`, so a rename in it survives a power loss.
    static func syncDirectory(of path: String) {
        let descriptor = open((path as NSString).deletingLastPathComponent, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
