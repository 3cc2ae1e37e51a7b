import CPangoCairo

/// Text set by Pango onto a cairo context: measured while the pages are laid out, then drawn
/// with the same fonts and the same wrapping, so it takes exactly the height it was given.
/// A word wider than its column is broken between letters rather than cut off.
final class PDFText {
    /// The report's fonts: DejaVu Sans, which has Cyrillic and is installed with the system.
    enum Font: String, CaseIterable {
        case title = "DejaVu Sans Bold 14"
        case heading = "DejaVu Sans Bold 10"
        case body = "DejaVu Sans 9"
        case bold = "DejaVu Sans Bold 9"
        case footer = "DejaVu Sans 7"
    }

    enum Alignment {
        case left, center, right
    }

    private let cairo: OpaquePointer
    private let layout: OpaquePointer
    private let fonts: [Font: OpaquePointer]

    init(cairo: OpaquePointer) {
        self.cairo = cairo
        layout = pango_cairo_create_layout(cairo)
        // Pango sizes fonts for a 96 dpi screen unless told; on a PDF a unit is a point (1/72 in).
        pango_cairo_context_set_resolution(pango_layout_get_context(layout), 72)
        pango_layout_context_changed(layout)
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        fonts = Dictionary(uniqueKeysWithValues: Font.allCases.map { ($0, pango_font_description_from_string($0.rawValue)) })
    }

    deinit {
        fonts.values.forEach { pango_font_description_free($0) }
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    /// How tall `text` is when wrapped to `width` points (one line's height for no text).
    func height(_ text: String, _ font: Font, width: Double) -> Double {
        size(text, font, width: width).height
    }

    /// How wide `text` is on one line, unwrapped.
    func width(_ text: String, _ font: Font) -> Double {
        size(text, font, width: nil).width
    }

    /// Draws `text` wrapped to `width` points with its top left corner at (`x`, `y`).
    func draw(_ text: String, _ font: Font, width: Double, x: Double, y: Double, alignment: Alignment = .left) {
        set(text, font, width: width, alignment: alignment)
        cairo_move_to(cairo, x, y)
        pango_cairo_show_layout(cairo, layout)
    }

    private func size(_ text: String, _ font: Font, width: Double?) -> (width: Double, height: Double) {
        set(text, font, width: width, alignment: .left)
        var width: Int32 = 0
        var height: Int32 = 0
        pango_layout_get_size(layout, &width, &height)
        return (Double(width) / Double(PANGO_SCALE), Double(height) / Double(PANGO_SCALE))
    }

    /// `width` nil: one line, as long as the text.
    private func set(_ text: String, _ font: Font, width: Double?, alignment: Alignment) {
        pango_layout_set_font_description(layout, fonts[font])
        pango_layout_set_width(layout, width.map { Int32(max(1, $0) * Double(PANGO_SCALE)) } ?? -1)
        pango_layout_set_alignment(layout, alignment.pango)
        pango_layout_set_text(layout, text, -1)
    }
}

private extension PDFText.Alignment {
    var pango: PangoAlignment {
        switch self {
        case .left: PANGO_ALIGN_LEFT
        case .center: PANGO_ALIGN_CENTER
        case .right: PANGO_ALIGN_RIGHT
        }
    }
}
