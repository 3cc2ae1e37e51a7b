import CNcurses
import Testing
@testable import JournalTUI

@Suite("Key notation")
struct KeyNotationTests {
    @Test(arguments: [
        ("j", Key.character("j")), ("J", .character("J")), ("о", .character("о")),
        ("C-s", .ctrl("s")), ("M-x", .alt("x")), ("F2", .function(2)), ("f12", .function(12)),
        ("pagedown", .pageDown), ("PageUp", .pageUp), ("pgdn", .pageDown), ("esc", .escape),
        ("enter", .enter), ("tab", .tab), ("S-Tab", .backTab), ("backspace", .backspace),
        ("delete", .delete), ("insert", .insert), ("space", .character(" ")), ("up", .up),
        ("down", .down), ("left", .left), ("right", .right), ("home", .home), ("end", .end),
        ("C-h", .backspace), ("C-i", .tab), ("C-m", .enter), ("?", .character("?")),
    ])
    func parsesKeyNames(text: String, key: Key) {
        #expect(KeyNotation.parseKey(text) == key)
    }

    @Test(arguments: ["", "F0", "F25", "C-", "C-ab", "pagedownn", "ctrl-s", "M-"])
    func rejectsUnknownNames(text: String) {
        #expect(KeyNotation.parseKey(text) == nil)
    }

    @Test func parsesSequences() {
        #expect(KeyNotation.parseSequence("g g") == [.character("g"), .character("g")])
        #expect(KeyNotation.parseSequence("C-x C-c") == [.ctrl("x"), .ctrl("c")])
        #expect(KeyNotation.parseSequence("п п") == [.character("п"), .character("п")])
        #expect(KeyNotation.parseSequence(" ") == [.character(" ")])
        #expect(KeyNotation.parseSequence("g nope") == nil)
    }

    @Test func formatsBackToParseableNames() {
        let keys: [Key] = [.character("j"), .ctrl("s"), .alt("x"), .function(1), .pageDown, .backTab, .character(" "), .escape]
        for key in keys {
            #expect(KeyNotation.parseKey(KeyNotation.format(key)) == key)
        }
        #expect(KeyNotation.format([.character("g"), .character("g")]) == "g g")
    }
}

@Suite("ncurses key codes")
struct KeyDecoderTests {
    @Test func anUnknownEscapeSequenceEndsAtItsFinalByte() {
        // F10 on vt100 arrives as Esc [ 2 1 ~: the digits continue the sequence, `~` ends it.
        #expect(KeyDecoder.continuesEscapeSequence(.character("2")))
        #expect(KeyDecoder.continuesEscapeSequence(.character(";")))
        #expect(!KeyDecoder.continuesEscapeSequence(.character("~")))
        #expect(!KeyDecoder.continuesEscapeSequence(.character("A")))
        #expect(!KeyDecoder.continuesEscapeSequence(.up))
    }

    @Test func extendedKeysAreLookedUpByTheTerminalsCodes() {
        // ncurses numbers kLFT5/kRIT5 per terminal, above KEY_MAX; the terminal passes its table in.
        let codes: [Int32: Key] = [KEY_MAX + 7: .ctrlLeft, KEY_MAX + 9: .ctrlRight]
        #expect(KeyDecoder.decode(code: UInt32(KEY_MAX + 7), isFunctionKey: true, extendedKeys: codes) == .ctrlLeft)
        #expect(KeyDecoder.decode(code: UInt32(KEY_MAX + 9), isFunctionKey: true, extendedKeys: codes) == .ctrlRight)
        #expect(KeyDecoder.decode(code: UInt32(KEY_MAX + 7), isFunctionKey: true) == nil)
        #expect(KeyDecoder.decode(code: UInt32(KEY_LEFT), isFunctionKey: true, extendedKeys: codes) == .left)
        #expect(KeyNotation.parseKey("C-left") == .ctrlLeft && KeyNotation.format(.ctrlRight) == "C-Right")
    }

    @Test func enterArrivesAsNewlineReturnOrKeyEnter() {
        #expect(KeyDecoder.decode(code: 10, isFunctionKey: false) == .enter)
        #expect(KeyDecoder.decode(code: 13, isFunctionKey: false) == .enter)
        #expect(KeyDecoder.decode(code: UInt32(KEY_ENTER), isFunctionKey: true) == .enter)
    }

    @Test func backspaceArrivesAsDelOrBsOrKeyBackspace() {
        #expect(KeyDecoder.decode(code: 127, isFunctionKey: false) == .backspace)
        #expect(KeyDecoder.decode(code: 8, isFunctionKey: false) == .backspace)
        #expect(KeyDecoder.decode(code: UInt32(KEY_BACKSPACE), isFunctionKey: true) == .backspace)
    }

    @Test func controlCodesAndCharacters() {
        #expect(KeyDecoder.decode(code: 9, isFunctionKey: false) == .tab)
        #expect(KeyDecoder.decode(code: 27, isFunctionKey: false) == .escape)
        #expect(KeyDecoder.decode(code: 19, isFunctionKey: false) == .ctrl("s"))
        #expect(KeyDecoder.decode(code: 0x043E, isFunctionKey: false) == .character("о"))
        #expect(KeyDecoder.decode(code: 0x6F22, isFunctionKey: false) == .character("漢"))
    }

    @Test func functionKeys() {
        let table: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
            (KEY_DC, .delete), (KEY_IC, .insert), (KEY_BTAB, .backTab), (KEY_RESIZE, .resize),
            (cnc_key_f(1), .function(1)), (cnc_key_f(12), .function(12)),
        ]
        for (code, key) in table {
            #expect(KeyDecoder.decode(code: UInt32(code), isFunctionKey: true) == key)
        }
    }
}

@Suite("Keyboard layouts")
struct KeyboardLayoutTests {
    @Test func sameKeyInBothLayouts() {
        #expect(KeyboardLayout.cyrillic(forLatin: "j") == "о")
        #expect(KeyboardLayout.cyrillic(forLatin: "q") == "й")
        #expect(KeyboardLayout.cyrillic(forLatin: "G") == "П")
        #expect(KeyboardLayout.latin(forCyrillic: "н") == "y")
        #expect(KeyboardLayout.counterpart(of: "д") == "l")
        #expect(KeyboardLayout.counterpart(of: "5") == nil)
    }

    @Test func markLettersAcceptEitherLayout() {
        #expect(KeyboardLayout.matches(typed: "y", expected: "н"))
        #expect(KeyboardLayout.matches(typed: "н", expected: "н"))
        #expect(!KeyboardLayout.matches(typed: "x", expected: "н"))
    }
}
