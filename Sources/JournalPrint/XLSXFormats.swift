import CXlsxWriter
import JournalModel

/// The few cell formats a report uses, each made the first time it is asked for. The workbook
/// owns them and frees them when it is closed or freed.
final class XLSXFormats {
    /// What a cell shows, and so how it is formatted.
    enum Style: Hashable {
        case title
        case heading
        /// A column's or a group's title: bold, centred, wrapped, framed.
        case header
        /// A table cell, framed; totals are bold.
        case cell(Value, bold: Bool)
    }

    /// The kind of value in a table cell.
    enum Value: Hashable {
        case text
        case integer
        case decimal(Int)
        case date

        init(_ cell: ReportCell) {
            switch cell {
            case .empty, .text: self = .text
            case .integer: self = .integer
            case .decimal(_, let decimals): self = .decimal(decimals)
            case .date: self = .date
            }
        }

        /// Excel's number format: `0.00` for two decimals; Russian Excel shows it as `4,50`.
        var numberFormat: String? {
            switch self {
            case .text: nil
            case .integer: "0"
            case .decimal(let decimals): decimals > 0 ? "0." + String(repeating: "0", count: decimals) : "0"
            case .date: "dd.mm.yyyy"
            }
        }
    }

    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private var made: [Style: UnsafeMutablePointer<lxw_format>] = [:]

    init(workbook: UnsafeMutablePointer<lxw_workbook>) {
        self.workbook = workbook
    }

    /// The format for `style`; nil only when libxlsxwriter ran out of memory (the cell is then plain).
    subscript(style: Style) -> UnsafeMutablePointer<lxw_format>? {
        if let format = made[style] { return format }
        guard let format = workbook_add_format(workbook) else { return nil }
        switch style {
        case .title:
            format_set_bold(format)
            format_set_font_size(format, 14)
        case .heading:
            format_set_bold(format)
        case .header:
            format_set_bold(format)
            format_set_text_wrap(format)
            format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
            format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
        case let .cell(value, bold):
            if bold { format_set_bold(format) }
            if let numberFormat = value.numberFormat { format_set_num_format(format, numberFormat) } else { format_set_text_wrap(format) }
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
            format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
        }
        made[style] = format
        return format
    }
}
