import Testing
@testable import JournalTUI

@Suite("Selection list")
struct SelectionListTests {
    @Test func movesAndScrollsWithinBounds() {
        var list = SelectionList(count: 10)
        list.apply(.pickerMoveUp, pageSize: 3)
        #expect(list.selected == 0)
        list.apply(.pickerMoveDown, pageSize: 3)
        list.apply(.pickerMoveDown, pageSize: 3)
        list.apply(.pickerMoveDown, pageSize: 3)
        #expect(list.selected == 3)
        #expect(list.visibleRange(pageSize: 3) == 1..<4)
        list.apply(.pickerLastItem, pageSize: 3)
        #expect(list.selected == 9)
        #expect(list.visibleRange(pageSize: 3) == 7..<10)
        list.apply(.pickerPageUp, pageSize: 3)
        #expect(list.selected == 6)
        #expect(list.visibleRange(pageSize: 3) == 6..<9)
        let handled = list.apply(.gridMoveDown, pageSize: 3)
        #expect(!handled)
    }

    @Test func drawsVisibleRowsWithTheSelection() {
        var list = SelectionList(count: 4)
        list.select(2, pageSize: 2)
        var buffer = CellBuffer(width: 8, height: 2)
        ListView(list: list) { ["5А", "5Б", "6А", "6Б"][$0] }.draw(into: &buffer, in: buffer.bounds)
        #expect(buffer.lines(trimmingTrailingSpaces: true) == [" 5Б", " 6А"])
        #expect(buffer[0, 1].style == .role(.selection))
    }

    @Test func emptyListIsHarmless() {
        var list = SelectionList(count: 0)
        list.apply(.pickerMoveDown, pageSize: 5)
        #expect(list.selected == 0)
        #expect(list.visibleRange(pageSize: 5).isEmpty)
    }
}
