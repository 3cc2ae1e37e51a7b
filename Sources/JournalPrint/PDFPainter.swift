import CPangoCairo
import JournalModel

/// Draws laid-out pages: paragraphs, tables as a grid of thin lines, and each page's footer.
struct PDFPainter {
    static let lineWidth = 0.5

    let cairo: OpaquePointer
    let text: PDFText
    let page: PDFPage
    let language: Language

    /// The footer of every page: school · title · when and by whom · page N of M · checkpoint.
    static func footer(_ document: ReportDocument, page: String, of count: String, _ language: Language) -> String {
        [document.stamp.school, document.title.text(language), document.stamp.madeLine(language),
         PageNumber.text(page, of: count, language), document.stamp.checkpointLine(language)].joined(separator: " · ")
    }

    func draw(_ pages: [[PDFPagination.Block]], of document: ReportDocument) {
        cairo_set_line_width(cairo, Self.lineWidth)
        for (index, blocks) in pages.enumerated() {
            blocks.forEach(draw)
            drawFooter(Self.footer(document, page: String(index + 1), of: String(pages.count), language))
            cairo_show_page(cairo)
        }
    }

    private func draw(_ block: PDFPagination.Block) {
        switch block.content {
        case let .paragraph(content, font):
            text.draw(content, font, width: page.bodyWidth, x: PDFPage.margin, y: block.y)
        case let .header(grid):
            drawHeader(grid, y: block.y)
        case let .row(cells, grid, font):
            for index in grid.table.columns.indices {
                let cell = index < cells.count ? cells[index] : .empty
                let alignment: PDFText.Alignment = if case .text = cell { .left } else { .right }
                drawCell(cell.text, font, columns: index..<index + 1, of: grid, y: block.y, height: block.height, alignment: alignment)
            }
        }
    }

    /// The groups' titles over their columns, each column's title under its group, and the
    /// title of a column outside the groups over both rows; bold, centred both ways.
    private func drawHeader(_ grid: PDFTableGrid, y: Double) {
        let titles = grid.table.columns.map { $0.title.text(language) }
        func cell(_ title: String, _ columns: Range<Int>, y: Double, height: Double) {
            drawCell(title, .bold, columns: columns, of: grid, y: y, height: height, alignment: .center, centredVertically: true)
        }
        let groups = grid.table.columnGroups
        if groups.isEmpty {
            for index in titles.indices { cell(titles[index], index..<index + 1, y: y, height: grid.titleRowHeight) }
        }
        for group in groups {
            guard let title = group.title else {
                cell(titles[group.columns.lowerBound], group.columns, y: y, height: grid.headerHeight)
                continue
            }
            cell(title.text(language), group.columns, y: y, height: grid.groupRowHeight)
            for index in group.columns { cell(titles[index], index..<index + 1, y: y + grid.groupRowHeight, height: grid.titleRowHeight) }
        }
    }

    /// A cell's frame, and its text wrapped inside the padding.
    private func drawCell(_ content: String, _ font: PDFText.Font, columns: Range<Int>, of grid: PDFTableGrid,
                          y: Double, height: Double, alignment: PDFText.Alignment, centredVertically: Bool = false) {
        let (x, width) = grid.span(columns)
        let spare = centredVertically ? height - PDFTableGrid.cellHeight(content, font, width: width, text: text) : 0
        text.draw(content, font, width: width - 2 * PDFTableGrid.horizontalPadding, x: x + PDFTableGrid.horizontalPadding,
                  y: y + spare / 2 + PDFTableGrid.verticalPadding, alignment: alignment)
        frame(x, y, width, height)
    }

    private func frame(_ x: Double, _ y: Double, _ width: Double, _ height: Double) {
        cairo_rectangle(cairo, x, y, width, height)
        cairo_stroke(cairo)
    }

    /// A rule across the page, and the footer's small text under it (on two lines when long).
    private func drawFooter(_ footer: String) {
        cairo_move_to(cairo, PDFPage.margin, page.footerTop - PDFPage.footerGap / 2)
        cairo_line_to(cairo, page.width - PDFPage.margin, page.footerTop - PDFPage.footerGap / 2)
        cairo_stroke(cairo)
        text.draw(footer, .footer, width: page.bodyWidth, x: PDFPage.margin, y: page.footerTop)
    }
}
