import Foundation

/// Where tables, keys and strings sit in a TOML text, by line.
///
/// TOMLKit gives positions only for syntax errors; the other keymap errors (unknown action, unknown
/// key, duplicate binding) need a line too, so the text is scanned once here. It understands the
/// subset keymap files use: `[table]` headers, `name = value` lines and arrays over several lines.
struct TOMLLineIndex {
    /// The line of each `[table]` header.
    private(set) var tableLines: [String: Int] = [:]
    /// For `table.key`, the first and last line of its value.
    private(set) var keyLines: [String: ClosedRange<Int>] = [:]
    private let lines: [Substring]

    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var table = ""
        var index = 0
        while index < lines.count {
            let line = Self.withoutComment(lines[index]).trimmingCharacters(in: .whitespaces)
            let lineNumber = index + 1
            if line.hasPrefix("["), line.hasSuffix("]"), !line.contains("=") {
                table = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                tableLines[table] = tableLines[table] ?? lineNumber
            } else if let equals = line.firstIndex(of: "=") {
                var key = line[..<equals].trimmingCharacters(in: .whitespaces)
                key = key.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                let path = table.isEmpty ? key : "\(table).\(key)"
                var depth = Self.bracketBalance(String(line[equals...]))
                var last = index
                while depth > 0, last + 1 < lines.count {
                    last += 1
                    depth += Self.bracketBalance(Self.withoutComment(lines[last]))
                }
                if keyLines[path] == nil { keyLines[path] = lineNumber...(last + 1) }
                index = last
            }
            index += 1
        }
    }

    /// The line of `table.key`, or of the table header, or nil.
    func line(ofKey key: String, inTable table: String) -> Int? {
        keyLines["\(table).\(key)"]?.lowerBound ?? tableLines[table]
    }

    /// The line inside `table.key`'s value where the quoted string `value` appears.
    func line(ofString value: String, key: String, inTable table: String) -> Int? {
        guard let range = keyLines["\(table).\(key)"] else { return tableLines[table] }
        for number in range where lines[number - 1].contains("\"\(value)\"") || lines[number - 1].contains("'\(value)'") {
            return number
        }
        return range.lowerBound
    }

    /// The line without a `#` comment (a `#` inside quotes is kept).
    private static func withoutComment(_ line: Substring) -> String {
        var quote: Character?
        var result = ""
        var escaped = false
        for character in line {
            if let open = quote {
                if escaped { escaped = false } else if character == "\\" && open == "\"" { escaped = true } else if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                break
            }
            result.append(character)
        }
        return result
    }

    /// Opening minus closing brackets outside strings.
    private static func bracketBalance(_ text: String) -> Int {
        var quote: Character?
        var balance = 0
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "[" {
                balance += 1
            } else if character == "]" {
                balance -= 1
            }
        }
        return balance
    }
}
