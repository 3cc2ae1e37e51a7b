import JournalModel

/// The report laid out on pages before anything is drawn, so that every footer can say
/// «стр. N из M». Rows never split; a table that goes on to the next page takes its header
/// with it; a heading or a header is never left alone at the bottom of a page.
struct PDFPagination {
    /// One thing on a page, at its height.
    struct Block {
        enum Content {
            /// A paragraph across the body: the title, a parameter, a heading, a note.
            case paragraph(String, PDFText.Font)
            case header(PDFTableGrid)
            case row([ReportCell], PDFTableGrid, font: PDFText.Font)
        }

        let y: Double
        let height: Double
        let content: Content
    }

    static let gapAfterTitle = 4.0
    static let gapBeforeTable = 10.0

    private(set) var pages: [[Block]] = [[]]
    private let page: PDFPage
    private var y: Double

    init(_ document: ReportDocument, language: Language, page: PDFPage, text: PDFText) {
        self.page = page
        y = page.top
        paragraph(document.title.text(language), .title, text: text)
        y += Self.gapAfterTitle
        for parameter in document.parameters { paragraph(parameter.line(language), .body, text: text) }
        for (index, table) in document.tables.enumerated() {
            if table.startsPage, index > 0, !isAtTop { newPage() }
            if !isAtTop { y += Self.gapBeforeTable }
            self.table(table, language: language, text: text)
        }
        if !document.notes.isEmpty, !isAtTop { y += Self.gapBeforeTable }
        for note in document.notes { paragraph(note.text(language), .body, text: text) }
    }

    private var isAtTop: Bool { pages[pages.count - 1].isEmpty }

    private mutating func table(_ table: ReportTable, language: Language, text: PDFText) {
        let grid = PDFTableGrid(table, left: PDFPage.margin, width: page.bodyWidth, text: text, language: language)
        let rows = table.rows.map { ($0, PDFText.Font.body) } + table.totals.map { ($0, PDFText.Font.bold) }
        let heights = rows.map { grid.rowHeight($0.0, font: $0.1, text: text) }
        let headingHeight = table.heading.map { text.height($0, .heading, width: page.bodyWidth) } ?? 0
        if !fits(headingHeight + grid.headerHeight + (heights.first ?? 0)) { newPage() }
        if let heading = table.heading { add(.paragraph(heading, .heading), height: headingHeight) }
        add(.header(grid), height: grid.headerHeight)
        for ((cells, font), height) in zip(rows, heights) {
            if !fits(height) {
                newPage()
                add(.header(grid), height: grid.headerHeight)
            }
            add(.row(cells, grid, font: font), height: height)
        }
    }

    private mutating func paragraph(_ content: String, _ font: PDFText.Font, text: PDFText) {
        let height = text.height(content, font, width: page.bodyWidth)
        if !fits(height) { newPage() }
        add(.paragraph(content, font), height: height)
    }

    /// True when `height` more fits on this page, or nothing would fit better on a fresh one.
    private func fits(_ height: Double) -> Bool { isAtTop || y + height <= page.bottom }

    private mutating func newPage() {
        pages.append([])
        y = page.top
    }

    private mutating func add(_ content: Block.Content, height: Double) {
        pages[pages.count - 1].append(Block(y: y, height: height, content: content))
        y += height
    }
}
