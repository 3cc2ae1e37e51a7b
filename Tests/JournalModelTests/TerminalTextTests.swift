import Testing
@testable import JournalModel

/// Stored or file text printed from the command line shows what it holds and makes the
/// terminal do nothing but show it.
@Suite struct TerminalTextTests {
    @Test(arguments: [
        "Ёлкин Дмитрий Ефимович",
        "Семья 👨‍👩‍👧‍👦, флаг 🇷🇺, е\u{308}лка, \u{301}ударение",
        "Ал\u{FFFD}бра",
        "a\u{200D}b\u{200C}c",
        "",
    ])
    func ordinaryTextPassesUnchanged(_ text: String) {
        #expect(Array(TerminalText.line(text).utf8) == Array(text.utf8))
    }

    @Test(arguments: [
        ("\u{1B}[31mкрасный\u{1B}[0m", "?[31mкрасный?[0m"),
        ("Тема\u{1B}]0;pwned\u{7}", "Тема?]0;pwned?"),
        ("\u{0}Иванов", "?Иванов"),
        ("a\u{9B}2J\u{85}", "a?2J?"),
        ("abc\u{7F}\u{8}", "abc??"),
        ("строка 1\nстрока 2", "строка 1?строка 2"),
        ("CR LF\r\n", "CR LF??"),
        ("a\u{2028}b", "a?b"),
        ("имя\tроль", "имя роль"),
        ("файл\u{202E}fdp.exe", "файл?fdp.exe"),
        ("\u{2066}x\u{2069}\u{200E}\u{200F}\u{61C}", "?x????"),
    ])
    func controlsBecomeVisible(_ text: String, _ shown: String) {
        #expect(TerminalText.line(text) == shown)
    }
}
