import Foundation
import GRDB
import Testing
@testable import JournalModel
@testable import JournalDemo

/// What a stored text may hold, as a table of awkward inputs against a one-line field
/// (a lesson's topic, 2 KiB) and the multi-line one (homework, 8 KiB).
@Suite struct StoredTextRuleTests {
    static let topic = StoredText.rule(table: "lesson", column: "topic")
    static let homework = StoredText.rule(table: "lesson", column: "homework")

    /// An input, and the problem found in a topic and in homework (nil: accepted).
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let inTopic: TextProblem?
        let inHomework: TextProblem?
        var testDescription: String { name }

        init(_ name: String, _ text: String, topic: TextProblem?, homework: TextProblem?) {
            self.name = name
            self.text = text
            self.inTopic = topic
            self.inHomework = homework
        }

        init(_ name: String, _ text: String, both problem: TextProblem?) {
            self.init(name, text, topic: problem, homework: problem)
        }
    }

    static let cases: [Case] = [
        Case("Cyrillic with ё and guillemets", "Ёмкость и объём: задачи на «движение»", both: nil),
        Case("empty", "", both: nil),
        Case("NUL", "до\u{0}после", both: .controlCharacter("\u{0}", position: 3)),
        Case("ESC sequence", "\u{1B}[31mкрасный\u{1B}[0m", both: .controlCharacter("\u{1B}", position: 1)),
        Case("terminal title sequence", "Тема\u{1B}]0;pwned\u{7}", both: .controlCharacter("\u{1B}", position: 5)),
        Case("backspace", "5\u{8}2", both: .controlCharacter("\u{8}", position: 2)),
        Case("C1 CSI", "a\u{9B}2J", both: .controlCharacter("\u{9B}", position: 2)),
        Case("C1 NEL", "a\u{85}b", both: .controlCharacter("\u{85}", position: 2)),
        Case("DEL", "abc\u{7F}", both: .controlCharacter("\u{7F}", position: 4)),
        Case("line separator", "a\u{2028}b", both: .controlCharacter("\u{2028}", position: 2)),
        Case("right-to-left override", "файл\u{202E}fdp.exe", both: .directionControl("\u{202E}", position: 5)),
        Case("left-to-right embedding", "\u{202A}x", both: .directionControl("\u{202A}", position: 1)),
        Case("isolate", "x\u{2066}y\u{2069}", both: .directionControl("\u{2066}", position: 2)),
        Case("right-to-left mark", "Тема\u{200F}", both: .directionControl("\u{200F}", position: 5)),
        Case("Arabic letter mark", "\u{61C}", both: .directionControl("\u{61C}", position: 1)),
        Case("replacement character", "Ё\u{FFFD}лка", both: .replacementCharacter(position: 2)),
        Case("lone combining mark", "\u{301}ударение", both: nil),
        Case("decomposed ё", "е\u{308}лка", both: nil),
        Case("emoji ZWJ sequence", "Семья 👨‍👩‍👧‍👦 и флаг 🇷🇺", both: nil),
        Case("zero-width joiner and non-joiner", "a\u{200D}b\u{200C}c", both: nil),
        Case("position after a ZWJ family", "👨‍👩‍👧\u{0}", both: .controlCharacter("\u{0}", position: 2)),
        Case("position after a decomposed ё", "е\u{308}\u{1B}", both: .controlCharacter("\u{1B}", position: 2)),
        Case("line feed", "Упр. 1\nУпр. 2", topic: .lineBreak("\n", position: 7), homework: nil),
        Case("tab", "стр.\t45", topic: .lineBreak("\t", position: 5), homework: nil),
        Case("CRLF", "Упр. 1\r\nУпр. 2", both: .controlCharacter("\r", position: 7)),
        Case("lone CR", "a\rb", both: .controlCharacter("\r", position: 2)),
        Case("topic at its cap in ё", String(repeating: "ё", count: 1024), both: nil),
        Case("topic cap in 4-byte emoji", String(repeating: "😀", count: 512), both: nil),
        Case("topic one byte over", String(repeating: "ё", count: 1024) + "a", topic: .tooLong(bytes: 2049, limit: 2048), homework: nil),
        Case("topic over by a letter", "a" + String(repeating: "😀", count: 512) + "ё",
             topic: .tooLong(bytes: 2051, limit: 2048), homework: nil),
        Case("homework at its cap", String(repeating: "ё", count: 4096), topic: .tooLong(bytes: 8192, limit: 2048), homework: nil),
        Case("homework one byte over", String(repeating: "ё", count: 4096) + "!",
             topic: .tooLong(bytes: 8193, limit: 2048), homework: .tooLong(bytes: 8193, limit: 8192)),
        Case("too long is said before a control", "\u{0}" + String(repeating: "a", count: 2048),
             topic: .tooLong(bytes: 2049, limit: 2048), homework: .controlCharacter("\u{0}", position: 1)),
    ]

    @Test(arguments: cases) func rule(_ input: Case) {
        #expect(Self.topic.problem(in: input.text) == input.inTopic)
        #expect(Self.homework.problem(in: input.text) == input.inHomework)
    }

    @Test func refusalNamesTheFieldAndTheProblemInBothLanguages() {
        let nul = refusal("Решение задач\u{0} на движение", "lesson", "topic")
        let long = refusal(String(repeating: "ё", count: 4560), "lesson", "homework")
        let newline = refusal("Иванов\nПётр", "person", "last_name")
        let tab = refusal("a\tb", "mark", "comment")
        let bidi = refusal("\u{202E}x", "subject", "name")
        let damaged = refusal("Ал\u{FFFD}бра", "plan_topic", "topic")
        let overByOne = refusal(String(repeating: "я", count: 100) + "!", "person", "first_name")

        #expect(nul == .invalidText(field: LocalizedText(ru: "Тема урока", en: "Lesson topic"),
                                    problem: .controlCharacter("\u{0}", position: 14)))
        #expect(nul?.message == LocalizedText(ru: "Тема урока: недопустимый управляющий символ (U+0000) в позиции 14.",
                                              en: "Lesson topic: a control character (U+0000) at position 14 is not allowed."))
        #expect(long?.message == LocalizedText(ru: "Домашнее задание длиннее 8 КиБ (9\u{A0}120 байт).",
                                               en: "Homework is longer than 8 KiB (9,120 bytes)."))
        #expect(newline?.message == LocalizedText(ru: "Фамилия: перевод строки (U+000A) в позиции 7, а поле однострочное.",
                                                  en: "Last name: a line break (U+000A) at position 7 in a one-line field."))
        #expect(tab?.message == LocalizedText(ru: "Комментарий к отметке: табуляция (U+0009) в позиции 2, а поле однострочное.",
                                              en: "Comment on the mark: a tab (U+0009) at position 2 in a one-line field."))
        #expect(bidi?.message == LocalizedText(ru: "Название предмета: символ управления направлением текста (U+202E) в позиции 1.",
                                               en: "Subject name: a text direction control (U+202E) at position 1 is not allowed."))
        #expect(damaged?.message == LocalizedText(
            ru: "Тема урока: символ замены (U+FFFD) в позиции 3: текст повреждён при перекодировке.",
            en: "Lesson topic: a replacement character (U+FFFD) at position 3: the text was damaged in a conversion."))
        #expect(overByOne?.message == LocalizedText(ru: "Имя длиннее 200 байт (201 байт).", en: "First name is longer than 200 bytes (201 bytes)."))
    }

    @Test func byteCountsAreSaidWithTheRussianNounThatFits() {
        #expect([1, 2, 4, 5, 11, 12, 21, 22, 104, 112, 1024, 1025, 16384].map(ByteCount.russian) == [
            "1 байт", "2 байта", "4 байта", "5 байт", "11 байт", "12 байт", "21 байт", "22 байта", "104 байта", "112 байт",
            "1 КиБ", "1\u{A0}025 байт", "16 КиБ",
        ])
        #expect([1, 2, 1025, 1_234_567].map(ByteCount.english) == ["1 byte", "2 bytes", "1,025 bytes", "1,234,567 bytes"])
    }

    @Test func aColumnWithoutARuleOfItsOwnHoldsAShortLine() {
        let rule = StoredText.rule(table: "mark", column: "value")

        #expect(rule == TextRule(LocalizedText(ru: "Поле mark.value", en: "Field mark.value"), byteLimit: 200))
        #expect(rule.problem(in: String(repeating: "5", count: 200)) == nil)
        #expect(rule.problem(in: "5\n") == .lineBreak("\n", position: 2))
    }

    @Test func aRowIsCheckedColumnByColumnInNameOrder() {
        let row: [String: DatabaseValue] = [
            "topic": "Дроби\u{1B}[2J".databaseValue, "homework": "стр. 5\u{0}".databaseValue,
            "slot": 2.databaseValue, "subgroup_id": .null, "held": true.databaseValue,
        ]

        #expect(throws: Refusal.invalidText(field: LocalizedText(ru: "Домашнее задание", en: "Homework"),
                                            problem: .controlCharacter("\u{0}", position: 7))) {
            try StoredText.check(row: row, table: "lesson")
        }
        #expect(throws: Never.self) {
            try StoredText.check(row: ["topic": "Дроби".databaseValue, "slot": 2.databaseValue], table: "lesson")
            try StoredText.check(7.databaseValue, table: "lesson", column: "topic")
        }
    }

    /// The schema's text columns that are written by the program only (ids, references, dates,
    /// states, kinds, codes checked against settings): held to the default rule. A migration that
    /// adds a text column fails this test until someone decides whether people write into it.
    static let programColumns: Set<String> = [
        "attendance.code", "attendance.id", "attendance.lesson_id", "attendance.state", "attendance.student_id",
        "bell.id", "bell.state",
        "enrollment.class_id", "enrollment.ends_on", "enrollment.id", "enrollment.starts_on", "enrollment.state", "enrollment.student_id",
        "final_mark.id", "final_mark.kind", "final_mark.period_id", "final_mark.state", "final_mark.student_id", "final_mark.subject_id",
        "final_mark.value",
        "guardian.id", "guardian.parent_id", "guardian.state", "guardian.student_id",
        "lesson.class_id", "lesson.id", "lesson.on_date", "lesson.state", "lesson.subgroup_id", "lesson.subject_id",
        "lesson.substitute_id", "lesson.teacher_id", "lesson.work_kind",
        "mark.id", "mark.lesson_id", "mark.state", "mark.student_id", "mark.value", "mark.work_kind",
        "movement.from_class_id", "movement.id", "movement.kind", "movement.on_date", "movement.state", "movement.student_id",
        "movement.to_class_id",
        "period.ends_on", "period.id", "period.kind", "period.starts_on", "period.state", "period.year_id",
        "person.birth_date", "person.id", "person.kind", "person.sex", "person.state",
        "plan_topic.id", "plan_topic.state", "plan_topic.subject_id",
        "school_class.class_teacher_id", "school_class.id", "school_class.state", "school_class.year_id",
        "school_year.ends_on", "school_year.id", "school_year.starts_on", "school_year.state",
        "setting.id", "setting.state",
        "subgroup.class_id", "subgroup.id", "subgroup.state", "subgroup.subject_id",
        "subgroup_membership.ends_on", "subgroup_membership.id", "subgroup_membership.starts_on", "subgroup_membership.state",
        "subgroup_membership.student_id", "subgroup_membership.subgroup_id",
        "subject.id", "subject.scale", "subject.state",
        "timetable_entry.class_id", "timetable_entry.id", "timetable_entry.state", "timetable_entry.subgroup_id",
        "timetable_entry.subject_id", "timetable_entry.teacher_id", "timetable_entry.valid_from", "timetable_entry.valid_to",
        "timetable_entry.year_id",
        "workload.class_id", "workload.id", "workload.state", "workload.subgroup_id", "workload.subject_id", "workload.teacher_id",
    ]

    @Test func everyTextColumnOfTheJournalTablesHasARuleOrIsTheProgramsOwn() throws {
        let database = try StorageScratch()
        let textColumns = try database.textColumns()
        let ruled = Set(StoredText.rules.flatMap { table, columns in columns.keys.map { "\(table).\($0)" } })

        #expect(ruled.isSubset(of: textColumns), "a rule for a column the schema does not have: \(ruled.subtracting(textColumns).sorted())")
        #expect(textColumns.subtracting(ruled) == Self.programColumns)
    }

    @Test func everyTextOfTheDemoSchoolPassesItsRule() throws {
        let scratch = try StorageScratch()
        let journal = try Journal(path: scratch.path(of: "demo.sqlite"), clock: FixedClock(SchoolDate("2026-11-23")!),
                                  timeZone: TimeZone(identifier: "Europe/Moscow")!)
        _ = try DemoSchoolGenerator.generate(into: journal, size: .small, seed: 1, passwordRounds: 1_000)

        let refusals = try journal.database.pool.read { db in
            var found: [String] = []
            for table in Schema.journalTables {
                let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(table)")
                while let row = try rows.next() {
                    for column in row.columnNames {
                        do throws(Refusal) {
                            try StoredText.check(row[column] as DatabaseValue, table: table, column: column)
                        } catch {
                            found.append("\(table).\(column): \(error.message.english)")
                        }
                    }
                }
            }
            return found
        }

        #expect(refusals.isEmpty, "\(refusals.prefix(5))")
    }

    private func refusal(_ text: String, _ table: String, _ column: String) -> Refusal? {
        do throws(Refusal) {
            try StoredText.check(text, table: table, column: column)
            return nil
        } catch {
            return error
        }
    }
}
