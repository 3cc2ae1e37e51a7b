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
}
