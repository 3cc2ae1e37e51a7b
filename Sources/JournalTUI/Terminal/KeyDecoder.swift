import CNcurses

/// Maps what `get_wch` returns to a ``Key``; pure, so every ncurses code is covered by tests.
enum KeyDecoder {
    /// The terminfo names of the extended keys the journal uses; ncurses numbers them per terminal.
    static let extendedKeyNames: [(capability: String, key: Key)] = [("kLFT5", .ctrlLeft), ("kRIT5", .ctrlRight)]

    /// Decodes a `get_wch` result: `isFunctionKey` is true when it returned `KEY_CODE_YES`;
    /// `extendedKeys` are the codes this terminal gave the keys of `extendedKeyNames`.
    static func decode(code: UInt32, isFunctionKey: Bool, extendedKeys: [Int32: Key] = [:]) -> Key? {
        guard isFunctionKey else { return decodeCharacter(code) }
        return extendedKeys[Int32(bitPattern: code)] ?? decodeFunctionKey(Int32(bitPattern: code))
    }

    /// A plain character code: control codes become named keys, the rest a character.
    static func decodeCharacter(_ code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter  // ncurses' newline translation turns Return into 10
        case 9: return .tab
        case 8, 127: return .backspace  // tmux and most terminals send 127
        case 27: return .escape
        case 1...26:
            guard let scalar = Unicode.Scalar(code + 96) else { return nil }
            return .ctrl(Character(scalar))
        case 0, 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A `KEY_*` code.
    static func decodeFunctionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_FIND, KEY_A1: return .home  // some terminals send Find/Select for Home/End
        case KEY_END, KEY_SELECT, KEY_C1, KEY_LL: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case cnc_key_f(1)...cnc_key_f(24): return .function(Int(code - cnc_key_f(0)))
        default: return nil
        }
    }

    /// Whether a key read inside a CSI escape sequence (`Esc [ 2 1 ~`) is a parameter or
    /// intermediate byte, so more of the sequence follows; its final byte (`~`, a letter) ends it.
    static func continuesEscapeSequence(_ key: Key) -> Bool {
        guard case .character(let character) = key, let value = character.asciiValue else { return false }
        return (0x20...0x3F).contains(value)
    }
}
