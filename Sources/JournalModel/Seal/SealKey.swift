import Crypto
import Foundation

/// The key that signs checkpoints (Ed25519), kept in a file outside the database: whoever can
/// write the database cannot sign with it, so history witnessed under it cannot be rewritten unseen.
///
/// The file is one line, `journal-seal-key/1 <base64 private key>`, readable by its owner only.
public struct SealKey: Sendable {
    let privateKey: Curve25519.Signing.PrivateKey

    /// The environment variable that names the key file when no `--key` is given.
    public static let environmentVariable = "JOURNAL_SEAL_KEY"
    static let header = "journal-seal-key/1"

    /// The public half, in base64: what witness files and `verify --public-key` carry.
    public var publicKey: String { privateKey.publicKey.rawRepresentation.base64EncodedString() }

    /// Makes a new key in a new file at `path` (0600); an existing file is never overwritten.
    public static func create(at path: String) throws(Refusal) -> SealKey {
        let key = SealKey(privateKey: Curve25519.Signing.PrivateKey())
        let text = "\(header) \(key.privateKey.rawRepresentation.base64EncodedString())\n"
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw Refusal.invalidValue(LocalizedText(ru: "Ключ не создан: \(path): \(reason) (существующий файл не перезаписывается).",
                                                     en: "The key was not made: \(path): \(reason) (an existing file is never overwritten)."))
        }
        defer { close(descriptor) }
        let written = text.utf8CString.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count - 1) }
        guard written == text.utf8.count, fsync(descriptor) == 0 else {
            unlink(path)
            throw Refusal.invalidValue(LocalizedText(ru: "Ключ не записан: \(path).", en: "The key could not be written: \(path)."))
        }
        return key
    }

    /// Reads the key at `path`, refusing a file others may read (a key anyone can copy signs anything).
    public static func load(path: String) throws(Refusal) -> SealKey {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let text = FileManager.default.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) }) else {
            throw Refusal.notFound(LocalizedText(
                ru: "Нет ключа печати: \(path). Создайте его: journal key create --out \(path).",
                en: "No seal key at \(path). Make one: journal key create --out \(path)."))
        }
        if let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue, mode & 0o077 != 0 {
            throw Refusal.invalidValue(LocalizedText(
                ru: "Ключ печати \(path) доступен не только владельцу (права \(String(mode, radix: 8))): chmod 600 \(path).",
                en: "The seal key \(path) is readable by others (mode \(String(mode, radix: 8))): chmod 600 \(path)."))
        }
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        guard parts.count == 2, parts[0] == header, let raw = Data(base64Encoded: String(parts[1])),
              let privateKey = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw Refusal.invalidValue(LocalizedText(ru: "\(path) — не ключ печати журнала.", en: "\(path) is not a journal seal key."))
        }
        return SealKey(privateKey: privateKey)
    }

    /// The key file a command uses: `--key`, else `$JOURNAL_SEAL_KEY`; refused, saying how to make one, when neither is set.
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws(Refusal) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let named = environment[environmentVariable], !named.isEmpty { return named }
        throw Refusal.notFound(LocalizedText(
            ru: "Не указан ключ печати: --key ФАЙЛ или переменная \(environmentVariable). Создать ключ: journal key create --out ФАЙЛ.",
            en: "No seal key given: --key FILE or \(environmentVariable). Make a key: journal key create --out FILE."))
    }

    func sign(_ text: String) throws -> String {
        try privateKey.signature(for: Data(text.utf8)).base64EncodedString()
    }
}
