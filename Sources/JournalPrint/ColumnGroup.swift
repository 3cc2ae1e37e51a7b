import JournalModel

/// A header cell over columns: neighbouring columns under one group heading, or a single column
/// with none (whose own title then spans both header rows, as on a paper register).
public struct ColumnGroup: Equatable, Sendable {
    /// The group's heading; nil for a column outside any group.
    public var title: LocalizedText?
    public var columns: Range<Int>
}

extension ReportTable {
    /// The header's upper row, left to right; empty when no column has a group and the header is
    /// a single row.
    public var columnGroups: [ColumnGroup] {
        guard columns.contains(where: { $0.group != nil }) else { return [] }
        var groups: [ColumnGroup] = []
        for (index, column) in columns.enumerated() {
            if let last = groups.last, last.title != nil, last.title == column.group {
                groups[groups.count - 1].columns = last.columns.lowerBound..<index + 1
            } else {
                groups.append(ColumnGroup(title: column.group, columns: index..<index + 1))
            }
        }
        return groups
    }
}
