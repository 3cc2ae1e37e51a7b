import GRDB

/// The one text form in which the log writes a column value or a whole row, so that a value read
/// back from a table can be compared with the log character for character.
///
/// A scalar is written as JSON (`null`, `5`, `1.5`, `"Иванов"`); a row as a JSON object with keys
/// in sorted order.
enum CanonicalValue {
    static func encode(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return "null"
        case let .int64(number): return String(number)
        case let .double(number): return number.isFinite ? "\(number)" : "null"
        case let .string(text): return quoted(text)
        case let .blob(data): return quoted("base64:" + data.base64EncodedString())
        }
    }

    static func encode(row values: [String: DatabaseValue]) -> String {
        object(values.mapValues(encode))
    }

    /// A row object from values already in canonical form.
    static func object(_ encodedValues: [String: String]) -> String {
        var text = "{"
        text.reserveCapacity(encodedValues.reduce(2) { $0 + $1.key.utf8.count + $1.value.utf8.count + 4 })
        for (index, key) in encodedValues.keys.sorted().enumerated() {
            if index > 0 { text += "," }
            text += quoted(key)
            text += ":"
            text += encodedValues[key] ?? "null"
        }
        return text + "}"
    }

    static func quoted(_ text: String) -> String {
        // Most text needs no escape: then it is only wrapped (verify quotes every value of the journal).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
