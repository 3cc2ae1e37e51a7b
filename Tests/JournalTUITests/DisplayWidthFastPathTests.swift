import Testing
@testable import JournalTUI

/// The fast path of ``DisplayWidth`` (common one-column scalars) agrees with the general rule.
@Suite struct DisplayWidthFastPathTests {
    @Test func fastPathAgreesWithUnicodeProperties() {
        for value in UInt32(0)...0x2FFF where DisplayWidth.isPlainNarrow(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(DisplayWidth.ofUncommon(scalar) == 1, "U+\(String(value, radix: 16))")
            #expect(scalar.properties.generalCategory != .control, "U+\(String(value, radix: 16))")
        }
    }

    @Test func widthsOfCommonText() {
        #expect("Абрамова М. В.".displayWidth == 14)
        #expect("ввод: ↓ — Итог │".displayWidth == 16)
        #expect(DisplayWidth.of("\u{0301}" as Unicode.Scalar) == 0)  // combining acute
        #expect(DisplayWidth.of("\u{00AD}" as Unicode.Scalar) == 0)  // soft hyphen (format)
        #expect("日本".displayWidth == 4)
        #expect(DisplayWidth.isControl("\t") && !DisplayWidth.isControl("я"))
    }

    @Test func aPlainNarrowScalarIsAGraphemeOfItsOwn() {
        // Then text made of them can be drawn scalar by scalar: no scalar joins its neighbour.
        let plain = (UInt32(0)...0x2FFF).filter { DisplayWidth.isPlainNarrow($0) }.compactMap(Unicode.Scalar.init)
        for scalar in plain {
            for next in ["a", "я", "\u{301}" as Unicode.Scalar, scalar] where DisplayWidth.isPlainNarrow(next.value) {
                var pair = String.UnicodeScalarView()
                pair.append(scalar)
                pair.append(next)
                #expect(String(pair).count == 2, "U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    @Test("Text drawn, measured and cut the same with and without the fast path", arguments: [
        "Абрамова М. В.", "5 4", "23.11", "ввод: ↓ — Итог │", "", "е\u{301}ж", "日本 и 5", "Ёлкин ёж", "👍🏽 ok",
    ])
    func fastPathDrawsAsTheGeneralRule(text: String) {
        // The general rule, one grapheme at a time, as before the fast path.
        func generalPrefix(_ columns: Int) -> String {
            var used = 0, result = ""
            for character in text {
                let width = DisplayWidth.of(character)
                if used + width > columns { break }
                used += width
                result.append(character)
            }
            return result
        }
        #expect(text.displayWidth == text.reduce(0) { $0 + DisplayWidth.of($1) })
        for columns in 0...9 { #expect(text.prefix(columns: columns) == generalPrefix(columns)) }
        var buffer = CellBuffer(size: Size(width: 12, height: 1))
        let drawn = buffer.put(text: text, x: 1, y: 0, style: Style(bold: true), maxWidth: 9)
        let shown = generalPrefix(9)
        #expect(drawn == shown.displayWidth || !DisplayWidth.isPlainNarrow(text))
        #expect(buffer.lines()[0] == " " + shown + String(repeating: " ", count: 11 - shown.displayWidth) || !DisplayWidth.isPlainNarrow(text))
    }
}
