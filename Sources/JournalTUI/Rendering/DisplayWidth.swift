/// How many terminal columns text occupies, computed from Unicode data built into Swift.
///
/// `wcwidth` would depend on the C locale, which on these machines is often `C` or a forced
/// `C.UTF-8`; layout must not change with it. Cyrillic and Latin are 1 column, CJK and emoji 2,
/// combining marks 0.
public enum DisplayWidth {
    /// Columns taken by one grapheme: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            // A variation selector 16 asks for emoji presentation, which terminals draw wide.
            if scalar.value == 0xFE0F { return 2 }
            width = max(width, of(scalar))
        }
        return width
    }

    /// Columns taken by a whole string.
    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// Columns taken by one scalar on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if isPlainNarrow(value) { return 1 }
        return ofUncommon(scalar)
    }

    /// Printable one-column scalars that make up nearly every frame (ASCII, Latin-1, Cyrillic,
    /// dashes and dots, box drawing), answered without Unicode property look-ups: those cost about
    /// a microsecond per character and were most of the time of drawing the grid.
    /// `DisplayWidthTests` checks every scalar here against the general rule.
    @inline(__always)
    static func isPlainNarrow(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0xFF, 0x0400...0x0482, 0x048A...0x052F, 0x2010...0x2027, 0x2500...0x257F:
            return true
        default:
            return false
        }
    }

    /// Whether every scalar of `text` is plain narrow: then each scalar is a grapheme of its own
    /// (none of them extends or joins another) and takes one column, so the text's width is its
    /// number of scalars.
    static func isPlainNarrow(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { isPlainNarrow($0.value) }
    }

    /// Whether a grapheme is made only of control characters (drawn as `?`).
    static func isControl(_ character: Character) -> Bool {
        if let first = character.unicodeScalars.first, isPlainNarrow(first.value) { return false }
        return character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control }
    }

    /// The general rule, from Unicode properties.
    static func ofUncommon(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul medial vowels join the syllable
        if scalar.properties.isEmojiPresentation { return 2 }
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks (the common ones; enough for names and titles).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD,
        0x30000...0x3FFFD,
    ]
}

extension String {
    /// Columns this string takes in the terminal.
    public var displayWidth: Int {
        DisplayWidth.isPlainNarrow(self) ? unicodeScalars.count : DisplayWidth.of(self)
    }

    /// The longest prefix that fits in `columns`, never splitting a wide character.
    public func prefix(columns: Int) -> String {
        if DisplayWidth.isPlainNarrow(self) {
            return unicodeScalars.count <= columns ? self : String(unicodeScalars.prefix(max(0, columns)))
        }
        var used = 0
        var result = ""
        for character in self {
            let width = DisplayWidth.of(character)
            if used + width > columns { break }
            used += width
            result.append(character)
        }
        return result
    }

    /// The string if it fits in `columns`, else its longest prefix that fits with `…` after it.
    public func shortened(toColumns columns: Int) -> String {
        displayWidth <= columns ? self : prefix(columns: columns - 1) + "…"
    }

    /// This string cut or padded with spaces to exactly `columns`.
    public func padded(toColumns columns: Int) -> String {
        let cut = prefix(columns: columns)
        return cut + String(repeating: " ", count: max(0, columns - cut.displayWidth))
    }
}

extension String {
    /// Splits into lines of at most `columns`, breaking at spaces where possible (long words are cut).
    public func wrapped(toColumns columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        for word in split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            let candidate = current.isEmpty ? word : current + " " + word
            if candidate.displayWidth <= columns {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            while word.displayWidth > columns {
                let head = word.prefix(columns: columns)
                lines.append(head)
                word = String(word.dropFirst(head.count))
            }
            current = word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
