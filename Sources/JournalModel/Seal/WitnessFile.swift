import Crypto
import Foundation

/// A witness file on another medium: for each seal, the short hashes of the log entries added
/// since the file's previous seal, then the signed checkpoint that closes them.
///
/// ```
/// journal-hashes/1 from=1 3f9a… 07c2… …
/// journal-checkpoint/1 replica=… position=2 … sig=…
/// ```
/// A short hash is the first 16 hex digits of an entry's hash. A checkpoint's `hashes` field is
/// the SHA-256 of every short hash from the first entry to its position, so the same checkpoint
/// holds on every medium, whenever the medium joined: a new file starts from the first entry.
struct WitnessFile {
    static let hashesHeader = "journal-hashes/1"
    static let shortHashLength = 16

    /// The witness file of a replica's log in a directory.
    static func path(in directory: String, replicaID: String) -> String {
        (directory as NSString).appendingPathComponent("journal-\(replicaID).witness")
    }

    /// What a witness file holds, as far as it reads true.
    struct Contents {
        /// Entry `n`'s short hash is `shortHashes[n - 1]`.
        var shortHashes: [Substring] = []
        var checkpoints: [Checkpoint] = []
        /// Why reading stopped early (the file edited, cut or signed by another key), if it did.
        var damage: LocalizedText?

        var position: Int64 { Int64(shortHashes.count) }

        /// Without the hashes after the last checkpoint, which no signature covers.
        func witnessedOnly() -> Contents {
            var kept = self
            kept.shortHashes.removeLast(shortHashes.count - Int(checkpoints.last?.position ?? 0))
            return kept
        }
    }

    /// Reads the file at `path`; nil when there is none. `trustedKey` (base64) is the public key
    /// the checkpoints must be signed with; without it, the first checkpoint's key is trusted.
    static func read(path: String, replicaID: String, trustedKey: String?) -> Contents? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var contents = Contents()
        guard let text = String(data: data, encoding: .utf8) else {
            contents.damage = LocalizedText(ru: "\(path): файл не текстовый (испорчен).", en: "\(path): not a text file (damaged).")
            return contents
        }
        // A last line without its newline was cut off: it is not read, and the file is called damaged.
        let complete = text.hasSuffix("\n") ? Substring(text) : text[..<(text.lastIndex(of: "\n").map(text.index(after:)) ?? text.startIndex)]
        let cutOff = complete.count < text.count
        var digest = SHA256()
        var pendingFrom: Int64?
        var key = trustedKey
        for (index, line) in complete.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            func damaged(_ ru: String, _ en: String) -> Contents {
                var partial = contents
                partial.damage = LocalizedText(ru: "\(path), строка \(index + 1): \(ru)", en: "\(path), line \(index + 1): \(en)")
                return partial.witnessedOnly()
            }
            if line.hasPrefix(hashesHeader + " ") {
                let words = line.split(separator: " ")
                guard pendingFrom == nil, words.count >= 2, words[1].hasPrefix("from="), let from = Int64(words[1].dropFirst(5)),
                      from == contents.position + 1 else {
                    return damaged("список хешей не продолжает предыдущий.", "the hash list does not follow the previous one.")
                }
                for hash in words.dropFirst(2) {
                    guard hash.count == shortHashLength else { return damaged("неверный хеш «\(hash)».", "a bad hash \"\(hash)\".") }
                    contents.shortHashes.append(hash)
                    digest.update(data: Data(hash.utf8))
                }
                pendingFrom = from
            } else if let checkpoint = Checkpoint.parse(String(line)) {
                guard pendingFrom != nil, checkpoint.position == contents.position else {
                    return damaged("отметка №\(checkpoint.position) не закрывает список хешей.",
                                   "checkpoint #\(checkpoint.position) does not close a hash list.")
                }
                guard checkpoint.replicaID == replicaID else {
                    return damaged("отметка другого журнала (\(checkpoint.replicaID)).", "a checkpoint of another journal (\(checkpoint.replicaID)).")
                }
                guard checkpoint.publicKey == (key ?? checkpoint.publicKey), checkpoint.isSignedByItsKey else {
                    return damaged("подпись отметки №\(checkpoint.position) неверна или сделана другим ключом.",
                                   "checkpoint #\(checkpoint.position) has a bad signature or another key's.")
                }
                guard checkpoint.hashesDigest == ChainHash.hex(digest.finalize()) else {
                    return damaged("список хешей не совпадает с подписанной отметкой №\(checkpoint.position).",
                                   "the hash list disagrees with signed checkpoint #\(checkpoint.position).")
                }
                key = checkpoint.publicKey
                contents.checkpoints.append(checkpoint)
                pendingFrom = nil
            } else {
                return damaged("строка не из файла-свидетеля.", "not a witness file line.")
            }
        }
        if cutOff {
            contents.damage = LocalizedText(ru: "\(path): последняя строка оборвана (файл обрезан).",
                                            en: "\(path): the last line is cut off (the file was truncated).")
        } else if pendingFrom != nil {
            contents.damage = LocalizedText(ru: "\(path): последний список хешей без подписанной отметки.",
                                            en: "\(path): the last hash list has no signed checkpoint.")
        }
        return contents.witnessedOnly()
    }

    /// Appends one seal (hashes from `from`, then the checkpoint) in a single write, synced to the medium.
    static func append(path: String, shortHashes: ArraySlice<String>, from: Int64, checkpoint: Checkpoint) throws(Refusal) {
        let text = ([hashesHeader, "from=\(from)"] + shortHashes).joined(separator: " ") + "\n" + checkpoint.line + "\n"
        let descriptor = open(path, O_CREAT | O_WRONLY | O_APPEND, 0o600)
        guard descriptor >= 0 else { throw cannotWrite(path, String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            let reason = String(cString: strerror(errno))
            if written > 0, let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int {
                _ = ftruncate(descriptor, off_t(size - written))  // leave the file as it was, not half a seal
            }
            throw cannotWrite(path, reason)
        }
        guard fsync(descriptor) == 0 else { throw cannotWrite(path, String(cString: strerror(errno))) }
    }

    private static func cannotWrite(_ path: String, _ reason: String) -> Refusal {
        Refusal.invalidValue(LocalizedText(ru: "Файл-свидетель не записан: \(path): \(reason).",
                                           en: "The witness file was not written: \(path): \(reason)."))
    }
}
