import Crypto
import CryptoExtras
import Foundation

/// Salted slow password hashes: PBKDF2-HMAC-SHA256, stored as `pbkdf2-sha256$rounds$salt$hash`.
///
/// The rounds are part of the stored hash, so raising the cost later needs no migration.
public enum PasswordHasher {
    /// OWASP's current recommendation for PBKDF2-HMAC-SHA256.
    public static let recommendedRounds = 600_000
    static let scheme = "pbkdf2-sha256"

    /// Hashes a password with a fresh random salt.
    ///
    /// `rounds` below the recommendation are for tests only (they keep the suite fast).
    public static func hash(_ password: String, rounds: Int = recommendedRounds) throws -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let key = try derive(password, salt: salt, rounds: rounds)
        return "\(scheme)$\(rounds)$\(Data(salt).base64EncodedString())$\(key.base64EncodedString())"
    }

    /// Whether a password matches a stored hash (in constant time over the hash bytes).
    public static func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$")
        guard parts.count == 4, parts[0] == scheme, let rounds = Int(parts[1]), rounds > 0,
              let salt = Data(base64Encoded: String(parts[2])), let expected = Data(base64Encoded: String(parts[3])),
              let actual = try? derive(password, salt: Array(salt), rounds: rounds), actual.count == expected.count else {
            return false
        }
        var difference: UInt8 = 0
        for (left, right) in zip(actual, expected) { difference |= left ^ right }
        return difference == 0
    }

    /// A hash for storing, or the refusal to show when none could be made.
    static func storable(_ password: String, rounds: Int) throws(Refusal) -> String {
        do { return try hash(password, rounds: rounds) } catch {
            throw Refusal.invalidValue(LocalizedText(ru: "Не удалось сохранить пароль.", en: "Could not store the password."))
        }
    }

    /// A hash no password matches, at the recommended cost: an unknown login is checked against it
    /// so that it takes as long as a real one.
    static let decoyHash = "pbkdf2-sha256$\(recommendedRounds)$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="

    /// A temporary password that reads unambiguously on a printed notice (no 0/O, 1/l/I).
    public static func temporaryPassword(length: Int = 10) -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }

    private static func derive(_ password: String, salt: [UInt8], rounds: Int) throws -> Data {
        let key = try KDF.Insecure.PBKDF2.deriveKey(
            from: Array(password.utf8), salt: salt, using: .sha256, outputByteCount: 32, unsafeUncheckedRounds: rounds)
        return key.withUnsafeBytes { Data($0) }
    }
}
