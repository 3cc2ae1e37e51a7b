import Foundation
import JournalModel

/// Where a report is saved: the checks made before anything is rendered, and the writing of a
/// renderer's bytes, whole or not at all and readable by the owner only (`ReplacedFile`).
public enum ReportFile {
    /// Refuses a path whose folder is missing, or an existing file without `force`.
    public static func check(_ path: String, force: Bool) throws(ReportFileError) {
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .noFolder(folder)
        }
        if !force, FileManager.default.fileExists(atPath: path) { throw .exists(path: path) }
    }

    /// Writes `data` to `path` whole or not at all.
    public static func write(_ data: Data, to path: String) throws(ReportFileError) {
        try ReplacedFile.write(to: path) { temporary throws(RenderFailure) in
            guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]) else {
                throw RenderFailure(detail: String(cString: strerror(errno)))
            }
        }
    }
}
