import CPangoCairo

/// A PDF file being drawn by cairo: the surface writing it and the context drawing on it.
/// Cairo keeps its first error; it is read once the file is made and once it is finished.
final class PDFSurface {
    let cairo: OpaquePointer
    private let surface: OpaquePointer

    init(path: String, page: PDFPage, title: String) throws(RenderFailure) {
        surface = cairo_pdf_surface_create(path, page.width, page.height)
        cairo = cairo_create(surface)
        try check()
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "journal")
    }

    deinit {
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    /// Writes what is left of the file and closes it; throws if any drawing or writing failed.
    func finish() throws(RenderFailure) {
        cairo_surface_finish(surface)
        try check()
    }

    private func check() throws(RenderFailure) {
        for status in [cairo_status(cairo), cairo_surface_status(surface)] where status != CAIRO_STATUS_SUCCESS {
            throw RenderFailure(detail: "cairo: " + String(cString: cairo_status_to_string(status)))
        }
    }
}
