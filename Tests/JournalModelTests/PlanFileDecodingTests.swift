import Foundation
import Testing
@testable import JournalModel

/// Where a plan file's bytes become text, and what becomes of bytes that are not text.
@Suite struct PlanFileDecodingTests {
    @Test func invalidUTF8WithoutAMarkIsReadAsWindows1251() {
        // 0xC3 0x28 is no UTF-8; in Windows-1251 it is «Г(».
        #expect(PlanFileText.decode(Data([0x31, 0x3B, 0xC3, 0x28, 0x3B, 0x31])) == "1;Г(;1")
    }

    @Test func invalidUTF8AfterAByteOrderMarkIsRefusedNotRepaired() {
        #expect(PlanFileText.decode(Data([0xEF, 0xBB, 0xBF, 0x31, 0xC3, 0x28])) == nil)
    }

    @Test func unpairedUTF16SurrogateIsRefusedNotRepaired() {
        // «1;» then a lone high surrogate D800, little-endian after the mark
        #expect(PlanFileText.decode(Data([0xFF, 0xFE, 0x31, 0x00, 0x3B, 0x00, 0x00, 0xD8, 0x3B, 0x00])) == nil)
    }

    @Test func windows1251ControlBytesStayControlCharactersForTheRulesToRefuse() throws {
        let text = try #require(PlanFileText.decode(Data([0xB8, 0x00, 0x1B, 0x7F, 0x98])))
        #expect(text.unicodeScalars.map(\.value) == [0x451, 0x00, 0x1B, 0x7F, 0x98])
    }

    @Test func aControlCharacterInATopicRefusesTheFileNamingTheLine() throws {
        let file = "№;Тема урока;Кол-во часов\n1;Дроби;2\n2;Дроби\u{0} и проценты;1\n3;\u{1B}[2JПроценты;1\n4;Дроби\u{202E};1\n"

        let problems = refusedProblems(Data(file.utf8))

        #expect(problems == [
            PlanFileProblem(line: 3, LocalizedText(ru: "Тема урока: недопустимый управляющий символ (U+0000) в позиции 6.",
                                                   en: "Lesson topic: a control character (U+0000) at position 6 is not allowed.")),
            PlanFileProblem(line: 4, LocalizedText(ru: "Тема урока: недопустимый управляющий символ (U+001B) в позиции 1.",
                                                   en: "Lesson topic: a control character (U+001B) at position 1 is not allowed.")),
            PlanFileProblem(line: 5, LocalizedText(ru: "Тема урока: символ управления направлением текста (U+202E) в позиции 6.",
                                                   en: "Lesson topic: a text direction control (U+202E) at position 6 is not allowed.")),
        ])
    }

    @Test func aTopicOverItsBytesOrANumberWithAControlRefusesTheRow() throws {
        // 90 families joined with ZWJ are 90 characters, under the editor's 500, but 2,250 bytes
        let families = String(repeating: "👨‍👩‍👧‍👦", count: 90)
        let file = "1\u{7};Дроби;2\n2;\(families);1\n3;Части речи;1\n"

        let problems = refusedProblems(Data(file.utf8))

        #expect(problems.map(\.line) == [1, 2])
        #expect(problems.map(\.message.russian) == [
            "Номер темы: недопустимый управляющий символ (U+0007) в позиции 2.",
            "Тема урока длиннее 2 КиБ (2\u{A0}250 байт).",
        ])
    }

    @Test func tabsAndLineBreaksInsideAQuotedTopicBecomeSpaces() throws {
        let rows = try PlanFile.read(Data("1;\"Сложение\tи\r\nвычитание\";2\n".utf8))
        #expect(rows.map(\.topic) == ["Сложение и вычитание"])
    }

    @Test func quotedHoursAreMadeSafeToPrintAndShort() throws {
        let file = "1;Дроби;\u{1B}[2J\n2;Проценты;\(String(repeating: "9", count: 40))\n"

        let problems = refusedProblems(Data(file.utf8))

        #expect(problems.map(\.message.english) == [
            "hours \"?[2J\" is not a whole number from 1 to 99.",
            "hours \"99999999999999999999…\" is not a whole number from 1 to 99.",
        ])
    }

    private func refusedProblems(_ data: Data) -> [PlanFileProblem] {
        do throws(Refusal) {
            _ = try PlanFile.read(data)
        } catch {
            if case let .badPlanFile(problems) = error { return problems }
        }
        return []
    }
}
