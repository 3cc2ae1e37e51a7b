import Foundation

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
            try flushToDisk(temporary)
            guard rename(temporary, path) == 0 else { throw RenderFailure(detail: String(cString: strerror(errno))) }
        } catch {
            unlink(temporary)
            throw ReportFileError.cannotWrite(path: path, detail: error.detail)
        }
    }

    /// The file's bytes on disk before the rename, so a crash cannot leave an empty report in place.
    private static func flushToDisk(_ path: String) throws(RenderFailure) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw RenderFailure(detail: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw RenderFailure(detail: String(cString: strerror(errno))) }
    }
}
