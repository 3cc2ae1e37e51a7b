import Foundation

/// The text of a file teachers export from Excel: UTF-8 with or without a byte-order mark,
/// UTF-16 with one ("Unicode text"), or Windows-1251 (Russian Windows' "CSV (разделители — запятые)").
///
/// Bytes that are valid UTF-8 are read as UTF-8: Cyrillic in Windows-1251 practically never
/// forms valid UTF-8 sequences. Foundation decodes Windows-1251 on Linux too (checked with
/// swift-corelibs-foundation of Swift 6.3: Ё, ё, № and the unassigned 0x98 all decode).
enum PlanFileText {
    static func decode(_ data: Data) -> String? {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(data: Data(bytes.dropFirst(3)), encoding: .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return String(data: data, encoding: .utf16)
        }
        if let text = String(data: data, encoding: .utf8) { return text }
        return String(data: data, encoding: .windowsCP1251)
    }
}
