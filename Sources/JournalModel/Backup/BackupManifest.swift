import Crypto
import Foundation

/// What a backup is, written beside it as `NAME.manifest`: lines of `key=value` after the header
/// `journal-backup/1`, readable by a person and checked by `restore`.
public struct BackupManifest: Sendable, Hashable {
    /// The backup file's name (in the same directory).
    public let file: String
    /// When the copy was taken (UTC ISO text).
    public let createdAt: String
    public let replicaID: String
    public let schoolName: String
    /// The copy's last log entry, and its hash.
    public let position: Int64
    public let head: String
    /// SHA-256 of the file, in hex, and its size.
    public let sha256: String
    public let bytes: Int

    static let header = "journal-backup/1"

    /// The manifest's path for a backup file.
    static func path(of backup: String) -> String { backup + ".manifest" }

    var text: String {
        [Self.header, "file=\(file)", "created=\(createdAt)", "replica=\(replicaID)", "school=\(schoolName)",
         "position=\(position)", "head=\(head)", "sha256=\(sha256)", "bytes=\(bytes)"].joined(separator: "\n") + "\n"
    }

    /// Reads the manifest beside a backup; nil when there is none or it is not one.
    static func read(besides backup: String) -> BackupManifest? {
        guard let text = try? String(contentsOfFile: path(of: backup), encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.first == header else { return nil }
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let equals = line.firstIndex(of: "=") else { return nil }
            fields[String(line[..<equals])] = String(line[line.index(after: equals)...])
        }
        guard let file = fields["file"], let created = fields["created"], let replica = fields["replica"], let school = fields["school"],
              let position = fields["position"].flatMap(Int64.init), let head = fields["head"], let sha256 = fields["sha256"],
              let bytes = fields["bytes"].flatMap(Int.init) else { return nil }
        return BackupManifest(file: file, createdAt: created, replicaID: replica, schoolName: school, position: position, head: head,
                              sha256: sha256, bytes: bytes)
    }

    /// SHA-256 of a file in hex, read in pieces; nil when it cannot be read.
    static func sha256(ofFile path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
        }
        return ChainHash.hex(hasher.finalize())
    }
}
