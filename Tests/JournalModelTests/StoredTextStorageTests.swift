import Foundation
import GRDB
import Testing
@testable import JournalModel

/// What SQLite keeps of a text, through GRDB. Every text the rules accept comes back
/// byte for byte; a NUL, which they refuse, does not.
@Suite struct StoredTextStorageTests {
    /// Awkward text a field accepts: ё composed and decomposed, a lone combining mark, emoji
    /// with ZWJ and a flag, quotes, SQL wildcards, a backslash; in a multi-line field also a line
    /// feed and a tab. Cut to the field's size at a character boundary.
    static func awkward(for rule: TextRule) -> String {
        let text = "Ёлка е\u{308} \u{301}👨‍👩‍👧‍👦🇷🇺 «кавычки» \"q\" 'q' \\ %_ ёжик" + (rule.isMultiline ? "\nстрока 2\tстр. 5" : "")
        var fitted = ""
        for character in text where fitted.utf8.count + String(character).utf8.count <= rule.byteLimit {
            fitted.append(character)
        }
        return fitted
    }

    /// Exactly the field's size in bytes, made of two-byte letters (and one ASCII letter when
    /// the size is odd).
    static func atCap(for rule: TextRule) -> String {
        String(repeating: "ё", count: rule.byteLimit / 2) + (rule.byteLimit % 2 == 1 ? "z" : "")
    }

    @Test func everyTextFieldOfTheSchemaKeepsAcceptedTextByteForByte() throws {
        // Given every journal table, and for each of its text columns two texts its rule accepts
        let scratch = try StorageScratch()
        let columns = try scratch.columns()
        var written: [String: [[String: String]]] = [:]
        for table in Schema.journalTables {
            for sample in [Self.awkward, Self.atCap] {
                var row: [String: String] = [:]
                for column in columns[table] ?? [] where column.type == "TEXT" {
                    let rule = StoredText.rule(table: table, column: column.name)
                    row[column.name] = sample(rule)
                    #expect(rule.problem(in: sample(rule)) == nil, "\(table).\(column.name)")
                }
                written[table, default: []].append(row)
            }
        }

        // When each row is written raw (references to nothing: foreign keys are off) and read back
        try scratch.database.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            for table in Schema.journalTables {
                for row in written[table] ?? [] {
                    var values: [String: DatabaseValue] = row.mapValues(\.databaseValue)
                    for column in columns[table] ?? [] where column.type != "TEXT" && column.isNotNull {
                        values[column.name] = 1.databaseValue
                    }
                    let names = values.keys.sorted()
                    try db.execute(sql: "INSERT INTO \(table) (\(names.joined(separator: ","))) VALUES (\(names.map { _ in "?" }.joined(separator: ",")))",
                                   arguments: StatementArguments(names.map { values[$0]! }))
                }
            }
        }

        // Then every text comes back with the same UTF-8 bytes
        try scratch.database.pool.read { db in
            for table in Schema.journalTables {
                for row in written[table] ?? [] {
                    let stored = try #require(try Row.fetchOne(db, sql: "SELECT * FROM \(table) WHERE id = ?", arguments: [row["id"]]))
                    for (column, text) in row {
                        let back: String = stored[column]
                        #expect(Array(back.utf8) == Array(text.utf8), "\(table).\(column)")
                    }
                }
            }
        }
    }

    @Test func aNULInABoundStringIsCutBySQLiteWhileTheLogKeepsItWhole() throws {
        // Given a setting value holding a NUL, as a mutated file once brought into a topic
        let scratch = try StorageScratch()
        let value = "до\u{0}после"

        // When it is written through GRDB and read back
        let back = try scratch.database.pool.write { db in
            try db.execute(sql: "INSERT INTO setting (id, value) VALUES ('probe', ?)", arguments: [value])
            return try String.fetchOne(db, sql: "SELECT value FROM setting WHERE id = 'probe'")
        }

        // Then SQLite kept the text up to the NUL (GRDB binds a String as a C string), while the
        // log's JSON of the same value keeps all of it: the record disagrees with its log
        #expect(back == "до")
        #expect(CanonicalValue.encode(value.databaseValue) == #""до\u0000после""#)
        #expect(CanonicalValue.encode(value.databaseValue) != CanonicalValue.encode(back!.databaseValue))
        #expect(StoredText.rule(table: "setting", column: "value").problem(in: value) == .controlCharacter("\u{0}", position: 3))
    }

    @Test func invalidUTF8InTheDatabaseIsReadAsU_FFFDAndRefusedIfWrittenAgain() throws {
        // Given a topic whose bytes are not UTF-8, as the sqlite3 tool or another program could write
        let scratch = try StorageScratch()

        // When GRDB reads it
        let back = try scratch.database.pool.write { db in
            try db.execute(sql: "INSERT INTO setting (id, value) VALUES ('probe', CAST(X'41C3' AS TEXT) || 'b')")
            return try String.fetchOne(db, sql: "SELECT value FROM setting WHERE id = 'probe'")
        }

        // Then the bad byte reads as U+FFFD, which the rules refuse to store again
        #expect(back == "A\u{FFFD}b")
        #expect(StoredText.rule(table: "setting", column: "value").problem(in: back ?? "") == .replacementCharacter(position: 2))
    }
}
