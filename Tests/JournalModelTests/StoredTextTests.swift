import Foundation
import GRDB
import Testing
@testable import JournalModel

/// Every stored text is checked before it reaches SQLite: control and direction characters and
/// oversized texts are refused naming the field; what is accepted reads back byte for byte.
@Suite struct StoredTextTests {
    static let topic = StoredText.rule(table: "lesson", column: "topic")
    static let homework = StoredText.rule(table: "lesson", column: "homework")
    static let name = StoredText.rule(table: "person", column: "last_name")

    /// Awkward inputs against a one-line field and a multi-line one: nil accepted, else the problem.
    static let table: [(String, TextProblem?, TextProblem?)] = [
        ("Сложение дробей с разными знаменателями", nil, nil),
        ("Ёжик в тумане: ё, Ё, й", nil, nil),
        ("e\u{0301}\u{0301} комбинирующие знаки", nil, nil),
        ("👨‍👩‍👧‍👦 семья", nil, nil),
        ("יום עברית العربية \u{200F}", nil, nil),
        ("строка\nвторая", .controlCharacter(scalar: 0x0A, position: 7), nil),
        ("строка\r\nвторая", .controlCharacter(scalar: 0x0D, position: 7), nil),
        ("тема\tс табуляцией", .controlCharacter(scalar: 0x09, position: 5), nil),
        ("до\u{0}после", .controlCharacter(scalar: 0, position: 3), .controlCharacter(scalar: 0, position: 3)),
        ("\u{1B}[31mкрасный", .controlCharacter(scalar: 0x1B, position: 1), .controlCharacter(scalar: 0x1B, position: 1)),
        ("DEL\u{7F}", .controlCharacter(scalar: 0x7F, position: 4), .controlCharacter(scalar: 0x7F, position: 4)),
        ("C1\u{85}", .controlCharacter(scalar: 0x85, position: 3), .controlCharacter(scalar: 0x85, position: 3)),
        ("abc\u{202E}fdp.exe", .directionControl(scalar: 0x202E, position: 4), .directionControl(scalar: 0x202E, position: 4)),
        ("\u{2066}изолят\u{2069}", .directionControl(scalar: 0x2066, position: 1), .directionControl(scalar: 0x2066, position: 1)),
    ]

    @Test(arguments: table.indices)
    func awkwardInput(index: Int) {
        let (text, oneLine, multiLine) = Self.table[index]
        #expect(StoredText.problem(in: text, rule: Self.topic) == oneLine, "\(text.debugDescription) as a topic")
        #expect(StoredText.problem(in: text, rule: Self.homework) == multiLine, "\(text.debugDescription) as homework")
    }

    @Test func capsAreInBytesOfUTF8() {
        // 200 bytes of name: 100 Cyrillic letters fit, 101 do not; 200 Latin letters fit
        #expect(StoredText.problem(in: String(repeating: "я", count: 100), rule: Self.name) == nil)
        #expect(StoredText.problem(in: String(repeating: "я", count: 101), rule: Self.name) == .tooLong(limit: 200, bytes: 202))
        #expect(StoredText.problem(in: String(repeating: "z", count: 200), rule: Self.name) == nil)
        #expect(StoredText.problem(in: String(repeating: "я", count: 1_024), rule: Self.topic) == nil)
        #expect(StoredText.problem(in: String(repeating: "я", count: 1_025), rule: Self.topic) == .tooLong(limit: 2_048, bytes: 2_050))
        #expect(StoredText.problem(in: String(repeating: "😀", count: 2_048), rule: Self.homework) == nil)
        #expect(StoredText.problem(in: String(repeating: "😀", count: 2_048) + "!", rule: Self.homework) == .tooLong(limit: 8_192, bytes: 8_193))
    }

    @Test func theModelRefusesBadTextNamingTheFieldAndWritesNothing() throws {
        let school = try TestSchool()
        let teacher = school.teacher(school.mathTeacher)
        let before = try school.logCount()
        #expect(throws: Refusal.invalidText(field: Self.topic.field, problem: .controlCharacter(scalar: 0, position: 3))) {
            try teacher.changeLesson(school.mathLesson.id, .topic("до\u{0}после"))
        }
        let refusal = Refusal.invalidText(field: Self.homework.field, problem: .tooLong(limit: 8_192, bytes: 8_194))
        #expect(refusal.message.russian == "Домашнее задание: длиннее допустимого: 8194 байт при пределе 8192.")
        #expect(throws: refusal) { try teacher.changeLesson(school.mathLesson.id, .homework(String(repeating: "я", count: 4_097))) }
        #expect(throws: Refusal.self) {
            try school.admin.addPerson(Person(kind: .staff, lastName: "Иванов\u{202E}", firstName: "Пётр"))
        }
        #expect(throws: Refusal.self) { try school.admin.setSchoolName("Школа\u{1B}]0;x\u{7}") }
        #expect(try school.logCount() == before)
        // Homework may span lines
        try teacher.changeLesson(school.mathLesson.id, .homework("№ 12\n\tи № 14"))
        #expect(try school.admin.lesson(id: school.mathLesson.id).homework == "№ 12\n\tи № 14")
    }

    /// Whatever the model accepts reads back byte for byte, in every text column of every table.
    @Test func acceptedTextRoundTripsThroughSQLiteByteForByte() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("journal-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try JournalDatabase(path: directory.appendingPathComponent("t.sqlite").path)
        let awkward = ["Ёж й\u{0306} е\u{0301}", "👨‍👩‍👧‍👦🏳️‍🌈", "יום \u{200F}العربية", "\u{FFFD}\u{FEFF}x", "’“”«»—–…", "  пробелы  "]
        try database.pool.write { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
        }
        var checked = 0
        for table in Schema.journalTables {
            let columns = try database.pool.read { db in try db.columns(in: table) }
            for column in columns where column.type.uppercased() == "TEXT" && column.name != "id" {
                for (index, text) in awkward.enumerated() {
                    let rule = StoredText.rule(table: table, column: column.name)
                    #expect(StoredText.problem(in: text, rule: rule) == nil, "\(table).\(column.name) refuses \(text.debugDescription)")
                    let id = "\(table)-\(column.name)-\(index)"
                    let read: String? = try database.pool.write { db in
                        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                        let others = columns.filter { $0.isNotNull && $0.name != column.name && $0.name != "id" && $0.defaultValueSQL == nil }
                        let names = ["id", column.name] + others.map(\.name)
                        let values: [DatabaseValue] = [id.databaseValue, text.databaseValue] + others.map { _ in "x".databaseValue }
                        try db.execute(sql: "INSERT INTO \(table) (\(names.joined(separator: ","))) VALUES (\(names.map { _ in "?" }.joined(separator: ",")))",
                                       arguments: StatementArguments(values))
                        let value = try String.fetchOne(db, sql: "SELECT \(column.name) FROM \(table) WHERE id = ?", arguments: [id])
                        try db.execute(sql: "DELETE FROM \(table) WHERE id = ?", arguments: [id])
                        return value
                    }
                    #expect(read.map { Array($0.utf8) } == Array(text.utf8), "\(table).\(column.name)")
                    checked += 1
                }
            }
        }
        #expect(checked > 100)
    }

    /// Why the check exists: SQLite keeps a bound text only up to a NUL, while the log would keep it
    /// whole, and the record would disagree with its log for good.
    @Test func aNulIsWhatSQLiteWouldCut() throws {
        let queue = try DatabaseQueue()
        let stored = try queue.write { db -> String? in
            try db.execute(sql: "CREATE TABLE t (x TEXT)")
            try db.execute(sql: "INSERT INTO t VALUES (?)", arguments: ["до\u{0}после"])
            return try String.fetchOne(db, sql: "SELECT x FROM t")
        }
        #expect(stored == "до")
    }

    @Test func terminalOutputShowsNoControlCharacters() {
        #expect(TerminalText.sanitized("Иванов\u{1B}[2J\u{7}") == "Иванов\u{FFFD}[2J\u{FFFD}")
        #expect(TerminalText.sanitized("a\u{202E}b\tc\nd") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d")
        #expect(TerminalText.sanitized("Ёж 👨‍👩‍👧‍👦 й") == "Ёж 👨‍👩‍👧‍👦 й")
    }
}
