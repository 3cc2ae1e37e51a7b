import Foundation
import Synchronization

/// Globally unique, time-ordered record identifiers (UUID version 7, RFC 9562).
///
/// Records made on different replicas during an outage never collide, and ids sort by creation
/// time, which keeps SQLite's indexes compact. Within one millisecond this process makes them
/// rising too (RFC 9562 §6.2), so two marks typed in the same millisecond keep their order.
public enum RecordID {
    /// A new UUIDv7 in lowercase text form, larger than any this process made before in the same millisecond.
    public static func make(at date: Date = Date()) -> String {
        var generator = SystemRandomNumberGenerator()
        let milliseconds = UInt64(max(0, date.timeIntervalSince1970 * 1000))
        let fresh = bytes(milliseconds: milliseconds, using: &generator)
        let made = lastMade.withLock { recent -> [UInt8] in
            // Kept per millisecond: ids dated by the journal's clock and by the wall clock interleave.
            let index = recent.firstIndex { $0.milliseconds == milliseconds }
            let rising = index.map { recent[$0].id.lexicographicallyPrecedes(fresh) ? fresh : successor(of: recent[$0].id) } ?? fresh
            if let index { recent.remove(at: index) }
            recent.append((milliseconds, rising))
            if recent.count > 8 { recent.removeFirst() }
            return rising
        }
        return format(made)
    }

    /// The latest id made in each of the last few milliseconds ids were made in, the most recent last.
    private static let lastMade = Mutex<[(milliseconds: UInt64, id: [UInt8])]>([])

    /// The next id after `bytes` in the same millisecond: its 74 random bits plus one, around the
    /// version and variant bits.
    static func successor(of bytes: [UInt8]) -> [UInt8] {
        var next = bytes
        for (index, mask) in [(15, 0xFF), (14, 0xFF), (13, 0xFF), (12, 0xFF), (11, 0xFF), (10, 0xFF), (9, 0xFF), (8, 0x3F), (7, 0xFF), (6, 0x0F)] as [(Int, UInt8)] {
            if next[index] & mask == mask {
                next[index] &= ~mask
            } else {
                next[index] += 1
                return next
            }
        }
        return next  // 2⁷⁴ ids in one millisecond: wraps, as no process will reach
    }

    /// A new UUIDv7 from a millisecond timestamp and a random source (deterministic in tests and the demo).
    public static func make<R: RandomNumberGenerator>(milliseconds: UInt64, using generator: inout R) -> String {
        format(bytes(milliseconds: milliseconds, using: &generator))
    }

    private static func bytes<R: RandomNumberGenerator>(milliseconds: UInt64, using generator: inout R) -> [UInt8] {
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
        return bytes
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
