import GRDB

/// The check of every text written to a journal table, by table and column: for the write path
/// (`RecordWriter`) to call on each row it creates and each column it sets, so that no operation
/// can store what the rules refuse, whatever screen or file the text came from.
///
/// Text reaches the model already decoded: a Swift `String` is always valid Unicode. Bytes
/// become text at the edges: plan files (`PlanFileText`, which refuses invalid UTF-8 and
/// UTF-16 rather than repair it, and reads Windows-1251, where every byte is a letter), the
/// command line's arguments and SQLite's own reads (both repair invalid UTF-8 with U+FFFD), the
/// terminal's keys (whole scalars). U+FFFD, the mark of a repair, is therefore refused here.
enum StoredText {
    /// Accepts `value` for `table.column` or refuses it, naming the field and the problem.
    static func check(_ value: String, table: String, column: String) throws(Refusal) {
        let rule = rule(table: table, column: column)
        if let problem = rule.problem(in: value) {
            throw Refusal.invalidText(field: rule.field, problem: problem)
        }
    }

    /// Checks a column's new value when it is text; other values pass.
    static func check(_ value: DatabaseValue, table: String, column: String) throws(Refusal) {
        if case let .string(text) = value.storage {
            try check(text, table: table, column: column)
        }
    }

    /// Checks every text value of a new row, column by column in name order (so the refusal
    /// names the same field every time).
    static func check(row values: [String: DatabaseValue], table: String) throws(Refusal) {
        for column in values.keys.sorted() {
            try check(values[column] ?? .null, table: table, column: column)
        }
    }

    /// The rule of a column; a column without one of its own (ids, dates, states, codes chosen
    /// by the program) is held to `defaultRule`.
    static func rule(table: String, column: String) -> TextRule {
        rules[table]?[column] ?? defaultRule(table: table, column: column)
    }

    /// A short line, 200 bytes: generous for the ids (36 bytes), dates and codes the program writes.
    static func defaultRule(table: String, column: String) -> TextRule {
        TextRule(LocalizedText(ru: "Поле \(table).\(column)", en: "Field \(table).\(column)"), byteLimit: 200)
    }
}
