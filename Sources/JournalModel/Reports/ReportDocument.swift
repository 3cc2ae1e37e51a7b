/// A report as the model makes it, before any renderer draws it: a title, the parameters it was
/// made with, one or more tables, notes, and the stamp every printed page carries. The terminal
/// preview, PDF, XLSX and CSV are drawn from this one value, so they cannot disagree.
public struct ReportDocument: Sendable, Equatable {
    /// What the report is: «Сводная ведомость учёта успеваемости».
    public var title: LocalizedText
    /// What it was made for, in order: «Класс: 5А», «Период: 1 четверть».
    public var parameters: [ReportParameter]
    /// The tables, in order; a report for several students has one per student.
    public var tables: [ReportTable]
    /// Lines under the tables: how figures were counted, why a table is empty.
    public var notes: [LocalizedText]
    /// Who made it, when, and the journal's log position it was made at.
    public var stamp: ReportStamp

    public init(title: LocalizedText, parameters: [ReportParameter], tables: [ReportTable],
                notes: [LocalizedText] = [], stamp: ReportStamp) {
        self.title = title
        self.parameters = parameters
        self.tables = tables
        self.notes = notes
        self.stamp = stamp
    }
}

/// One parameter line of a report's heading.
public struct ReportParameter: Sendable, Equatable {
    public var label: LocalizedText
    public var value: String

    public init(_ label: LocalizedText, _ value: String) {
        self.label = label
        self.value = value
    }
}

/// A table of a report: columns (grouped under shared headings where `group` repeats), the
/// rows, and total rows drawn under a rule.
public struct ReportTable: Sendable, Equatable {
    /// A heading over the table (a student's name in the weekly printouts); nil for none.
    public var heading: String?
    public var columns: [ReportColumn]
    public var rows: [[ReportCell]]
    /// Rows of sums, counts and percentages, after the data rows.
    public var totals: [[ReportCell]]
    /// True when the table starts a new page on paper (a page per student).
    public var startsPage: Bool

    public init(heading: String? = nil, columns: [ReportColumn], rows: [[ReportCell]],
                totals: [[ReportCell]] = [], startsPage: Bool = false) {
        self.heading = heading
        self.columns = columns
        self.rows = rows
        self.totals = totals
        self.startsPage = startsPage
    }

    /// How many leading columns name the row (a number, a student): they stay in view when a
    /// wide table scrolls sideways and are repeated on every sheet of paper.
    public var frozenColumns: Int { columns.prefix { $0.frozen }.count }
}

/// A column of a report table.
public struct ReportColumn: Sendable, Equatable {
    public var title: LocalizedText
    /// The heading shared by neighbouring columns («Отметки» over «5», «4», «3», «2»); nil for none.
    public var group: LocalizedText?
    /// How wide it is drawn, in characters, at least.
    public var width: Int
    /// Kept in view when scrolling sideways, and repeated across pages.
    public var frozen: Bool

    public init(_ title: LocalizedText, group: LocalizedText? = nil, width: Int, frozen: Bool = false) {
        self.title = title
        self.group = group
        self.width = width
        self.frozen = frozen
    }
}

/// One cell of a report: text, a number, a date, or nothing. Renderers keep numbers as
/// numbers and dates as dates (XLSX cells a spreadsheet can count with).
public enum ReportCell: Sendable, Equatable {
    case empty
    case text(String)
    /// A whole number: a count, a mark.
    case integer(Int)
    /// A fraction drawn with `decimals` digits after the point: an average, a percentage.
    case decimal(Double, decimals: Int)
    case date(SchoolDate)

    /// The cell as text, the way a Russian paper register writes it: `4,50`, `01.09.2026`.
    public var text: String {
        switch self {
        case .empty: ""
        case .text(let text): text
        case .integer(let value): String(value)
        case .decimal(let value, let decimals): Self.russianDecimal(value, decimals: decimals)
        case .date(let date): date.russianText
        }
    }

    /// `value` with `decimals` digits after a decimal comma.
    static func russianDecimal(_ value: Double, decimals: Int) -> String {
        let scale = (0..<decimals).reduce(1.0) { value, _ in value * 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(whole) }
        let fraction = String(scaled % Int(scale))
        return sign + String(whole) + "," + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
}

/// What every page of a printed report carries: the school, who made it and when, and the log
/// position and head hash of the journal when it was made, so a paper copy can be checked later
/// (`journal verify --checkpoint POS:HASH`).
public struct ReportStamp: Sendable, Equatable {
    public var school: String
    /// When it was made, «ДД.ММ.ГГГГ ЧЧ:ММ» at the school.
    public var madeAt: String
    /// The login and name of who made it.
    public var madeBy: String
    public var logPosition: Int64
    public var headHash: String

    public init(school: String, madeAt: String, madeBy: String, logPosition: Int64, headHash: String) {
        self.school = school
        self.madeAt = madeAt
        self.madeBy = madeBy
        self.logPosition = logPosition
        self.headHash = headHash
    }

    /// `1234:3fa9…`, the position and the whole hash, as `journal verify --checkpoint` takes it.
    public var checkpointText: String { "\(logPosition):\(headHash)" }
}
