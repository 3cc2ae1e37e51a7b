/// The cursor and viewport of a vertical list (classes, subjects, students), without the items.
///
/// Keeping only counts makes it reusable by any list screen: the screen owns its items and asks
/// this value which one is selected and which rows are visible.
public struct SelectionList: Sendable, Equatable {
    /// How many items the list has.
    public private(set) var count: Int
    /// Index of the selected item (0 when the list is empty).
    public private(set) var selected = 0
    /// Index of the first visible item.
    public private(set) var offset = 0

    public init(count: Int, selected: Int = 0) {
        self.count = max(0, count)
        self.selected = min(max(0, selected), max(0, self.count - 1))
    }

    /// Applies a `picker.*` or `administration.*` movement for a viewport of `pageSize` rows; false
    /// for other actions.
    @discardableResult
    public mutating func apply(_ action: Action, pageSize: Int) -> Bool {
        let page = max(1, pageSize)
        switch action {
        case .pickerMoveDown, .administrationMoveDown, .reportsMoveDown: select(selected + 1, pageSize: page)
        case .pickerMoveUp, .administrationMoveUp, .reportsMoveUp: select(selected - 1, pageSize: page)
        case .pickerPageDown, .administrationPageDown: select(selected + page, pageSize: page)
        case .pickerPageUp, .administrationPageUp: select(selected - page, pageSize: page)
        case .pickerFirstItem: select(0, pageSize: page)
        case .pickerLastItem: select(count - 1, pageSize: page)
        default: return false
        }
        return true
    }

    /// Selects an index (clamped) and scrolls just enough to show it.
    public mutating func select(_ index: Int, pageSize: Int) {
        selected = min(max(0, index), max(0, count - 1))
        if selected < offset { offset = selected }
        if selected >= offset + pageSize { offset = selected - pageSize + 1 }
    }

    /// Changes the number of items (after a reload), keeping the selection in range.
    public mutating func updateCount(_ newCount: Int, pageSize: Int) {
        count = max(0, newCount)
        select(selected, pageSize: max(1, pageSize))
        offset = min(offset, max(0, count - max(1, pageSize)))
    }

    /// Indices visible in a viewport of `pageSize` rows.
    public func visibleRange(pageSize: Int) -> Range<Int> {
        offset..<min(count, offset + max(0, pageSize))
    }
}

/// Draws the visible rows of a list, the selected one highlighted.
public struct ListView: View {
    public var list: SelectionList
    /// The text of the row for an item index.
    public var row: (Int) -> String

    public init(list: SelectionList, row: @escaping (Int) -> String) {
        self.list = list
        self.row = row
    }

    public func draw(into buffer: inout CellBuffer, in rect: Rect) {
        for (line, index) in list.visibleRange(pageSize: rect.height).enumerated() {
            let isSelected = index == list.selected
            let text = " " + row(index)
            let style: Style = isSelected ? .role(.selection) : .plain
            buffer.put(text: text.padded(toColumns: rect.width), x: rect.x, y: rect.y + line, style: style, maxWidth: rect.width)
        }
    }
}
