import Foundation
import JournalModel

/// Where a report is saved: the file is made readable by its owner only (reports hold personal
/// data), and it appears at its path whole or not at all; an existing file is replaced only when
/// asked to.
public enum ReportFile {
    /// Why a report could not be saved, in both languages.
    public struct Failure: Error, Sendable, Equatable {
        public let message: LocalizedText
    }

    /// Refuses a path whose folder is missing, or an existing file without `force`.
    public static func check(_ path: String, force: Bool) throws(Failure) {
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw Failure(message: LocalizedText(ru: "Папки «\(folder)» нет: отчёт некуда сохранить.",
                                                 en: "The folder \"\(folder)\" does not exist: nowhere to save the report."))
        }
        if !force, FileManager.default.fileExists(atPath: path) {
            throw Failure(message: LocalizedText(ru: "Файл «\(path)» уже есть; чтобы заменить его, добавьте --force.",
                                                 en: "The file \"\(path)\" exists; add --force to replace it."))
        }
    }

    /// The partial file a renderer writes before `commit` puts it at `path`.
    public static func partialPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial").path
    }

    /// Writes `data` to `path` whole or not at all.
    public static func write(_ data: Data, to path: String) throws(Failure) {
        let partial = partialPath(for: path)
        unlink(partial)
        guard FileManager.default.createFile(atPath: partial, contents: data, attributes: [.posixPermissions: 0o600]) else {
            let reason = String(cString: strerror(errno))
            unlink(partial)
            throw failed(path, reason)
        }
        try commit(partial, to: path)
    }

    /// Syncs the finished `partial` file, makes it 0600 and renames it to `path`; on failure the
    /// partial file is removed and whatever was at `path` stays.
    public static func commit(_ partial: String, to path: String) throws(Failure) {
        let descriptor = open(partial, O_RDONLY)
        let synced = descriptor >= 0 && fsync(descriptor) == 0 && chmod(partial, 0o600) == 0
        let reason = String(cString: strerror(errno))
        if descriptor >= 0 { close(descriptor) }
        guard synced, rename(partial, path) == 0 else {
            let renameReason = synced ? String(cString: strerror(errno)) : reason
            unlink(partial)
            throw failed(path, renameReason)
        }
    }

    private static func failed(_ path: String, _ reason: String) -> Failure {
        Failure(message: LocalizedText(ru: "Отчёт не сохранён в «\(path)»: \(reason).", en: "The report was not saved to \"\(path)\": \(reason)."))
    }
}
