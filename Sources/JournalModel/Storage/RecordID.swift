import Foundation

/// Globally unique, time-ordered record identifiers (UUID version 7, RFC 9562).
///
/// Records made on different replicas during an outage never collide, and ids sort by creation
/// time, which keeps SQLite's indexes compact.
public enum RecordID {
    /// A new UUIDv7 in lowercase text form.
    public static func make(at date: Date = Date()) -> String {
        var generator = SystemRandomNumberGenerator()
        return make(milliseconds: UInt64(max(0, date.timeIntervalSince1970 * 1000)), using: &generator)
    }

    /// A new UUIDv7 from a millisecond timestamp and a random source (deterministic in tests and the demo).
    public static func make<R: RandomNumberGenerator>(milliseconds: UInt64, using generator: inout R) -> String {
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<6 {
            bytes[index] = UInt8(truncatingIfNeeded: milliseconds >> (8 * (5 - index)))
        }
        let randomHigh = generator.next()
        let randomLow = generator.next()
        for index in 6..<16 {
            let source = index < 8 ? randomHigh : randomLow
            bytes[index] = UInt8(truncatingIfNeeded: source >> (8 * (index % 8)))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x70  // version 7
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 4122 variant
        return format(bytes)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func format(_ bytes: [UInt8]) -> String {
        var text = [UInt8]()
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

/// Where new record and log-entry ids come from: the system's randomness in normal work, a
/// seeded generator for the demo school so that the same seed gives the same database.
final class RecordIDSource {
    private var generator: any RandomNumberGenerator

    init(generator: any RandomNumberGenerator = SystemRandomNumberGenerator()) {
        self.generator = generator
    }

    /// A new id for a record or entry made at `date`.
    func make(at date: Date) -> String {
        RecordID.make(milliseconds: UInt64(max(0, date.timeIntervalSince1970 * 1000)), using: &generator)
    }
}
