import Crypto
import Foundation

/// A signed statement of the log's state: at this moment the operation log of this replica ended
/// at `position` with hash `head`, holding these counts. One line of text, so it can be kept on
/// any medium, printed on paper and typed back in.
///
/// `journal-checkpoint/1 replica=R position=P head=H at=T records=N accounts=N access=N
/// hashes=D key=K sig=S`: `hashes` is the SHA-256 of the witness file's hash list written with
/// it, `key` the signer's public key, `sig` the Ed25519 signature of everything before ` sig=`.
public struct Checkpoint: Sendable, Hashable {
    public let replicaID: String
    /// The seq of the log's last entry.
    public let position: Int64
    /// That entry's hash.
    public let head: String
    /// When it was sealed (UTC ISO text).
    public let at: String
    public let records: Int
    public let accounts: Int
    public let accessEntries: Int
    /// SHA-256 of the hash list this checkpoint closes.
    public let hashesDigest: String
    /// The signer's public key (base64).
    public let publicKey: String
    public let signature: String

    static let header = "journal-checkpoint/1"

    /// The text the signature covers.
    var signedText: String {
        "\(Self.header) replica=\(replicaID) position=\(position) head=\(head) at=\(at) records=\(records) "
            + "accounts=\(accounts) access=\(accessEntries) hashes=\(hashesDigest) key=\(publicKey)"
    }

    /// The whole line, as witness files and the database keep it.
    public var line: String { signedText + " sig=" + signature }

    /// Signs the state with `key`.
    static func signed(replicaID: String, position: Int64, head: String, at: String, records: Int, accounts: Int,
                       accessEntries: Int, hashesDigest: String, key: SealKey) throws -> Checkpoint {
        let unsigned = Checkpoint(replicaID: replicaID, position: position, head: head, at: at, records: records, accounts: accounts,
                                  accessEntries: accessEntries, hashesDigest: hashesDigest, publicKey: key.publicKey, signature: "")
        return Checkpoint(replicaID: replicaID, position: position, head: head, at: at, records: records, accounts: accounts,
                          accessEntries: accessEntries, hashesDigest: hashesDigest, publicKey: key.publicKey,
                          signature: try key.sign(unsigned.signedText))
    }

    /// Reads a checkpoint line; nil when it is not one (a field missing, a number that is not).
    public static func parse(_ line: String) -> Checkpoint? {
        let words = line.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").map(String.init)
        guard words.first == header else { return nil }
        var fields: [String: String] = [:]
        for word in words.dropFirst() {
            guard let equals = word.firstIndex(of: "=") else { return nil }
            fields[String(word[..<equals])] = String(word[word.index(after: equals)...])
        }
        guard let replica = fields["replica"], let position = fields["position"].flatMap(Int64.init), let head = fields["head"],
              let at = fields["at"], let records = fields["records"].flatMap(Int.init), let accounts = fields["accounts"].flatMap(Int.init),
              let access = fields["access"].flatMap(Int.init), let hashes = fields["hashes"], let key = fields["key"],
              let signature = fields["sig"], fields.count == 10 else { return nil }
        return Checkpoint(replicaID: replica, position: position, head: head, at: at, records: records, accounts: accounts,
                          accessEntries: access, hashesDigest: hashes, publicKey: key, signature: signature)
    }

    /// Whether the signature is the key's over this checkpoint's text.
    public var isSignedByItsKey: Bool {
        guard let raw = Data(base64Encoded: publicKey), let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw),
              let signatureData = Data(base64Encoded: signature) else { return false }
        return key.isValidSignature(signatureData, for: Data(signedText.utf8))
    }
}
