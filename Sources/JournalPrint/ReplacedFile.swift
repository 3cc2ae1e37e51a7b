import Foundation
import JournalModel

/// Writes a file under a temporary name beside its path and renames it over the path only once
/// it is whole, so nobody opens a half-written report and a failure keeps the previous file. The
/// file is readable by its owner only: reports hold personal data.
enum ReplacedFile {
    /// Runs `render` on a temporary path in `path`'s folder, then renames the result to `path`;
    /// on any failure the temporary file is removed and the path is left as it was.
    static func write(to path: String, _ render: (_ temporaryPath: String) throws(RenderFailure) -> Void) throws(ReportFileError) {
        let url = URL(fileURLWithPath: path)
        // Same folder, so the rename never crosses file systems; a dot so it stays out of listings.
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).part").path
        do throws(RenderFailure) {
            try render(temporary)
            guard chmod(temporary, 0o600) == 0 else { throw RenderFailure(detail: String(cString: strerror(errno))) }
            do {
                try PrivateFile.syncAndRename(temporary, to: path)
            } catch let failure {
                if case .writeFailed(_, let detail) = failure { throw RenderFailure(detail: detail) }
                throw RenderFailure(detail: failure.message.english)
            }
        } catch {
            unlink(temporary)
            throw ReportFileError.cannotWrite(path: path, detail: error.detail)
        }
    }
}
