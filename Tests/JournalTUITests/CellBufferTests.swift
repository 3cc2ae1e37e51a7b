import Testing
@testable import JournalTUI

@Suite("Display width")
struct DisplayWidthTests {
    @Test func cyrillicAndLatinAreOneColumn() {
        #expect(DisplayWidth.of("Журнал") == 6)
        #expect(DisplayWidth.of("journal") == 7)
        #expect(DisplayWidth.of("ёЁйЙ") == 4)
    }

    @Test func cjkAndEmojiAreTwoColumns() {
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
    }

    @Test func combiningMarksAddNothing() {
        let decomposed = "и\u{0306}"  // й as и + combining breve
        #expect(decomposed.count == 1)
        #expect(DisplayWidth.of(decomposed) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x0301)!) == 0)
    }
}

@Suite("Cell buffer")
struct CellBufferTests {
    @Test func putsCyrillicOneCellPerLetter() {
        var buffer = CellBuffer(width: 10, height: 1)
        let written = buffer.put(text: "Привет", x: 2, y: 0)
        #expect(written == 6)
        #expect(buffer.lines() == ["  Привет  "])
        #expect(buffer[2, 0].grapheme == "П")
        #expect(buffer[7, 0].grapheme == "т")
    }

    @Test func wideCharactersTakeALeadAndAContinuationCell() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.put(text: "a漢b", x: 0, y: 0)
        #expect(buffer[1, 0].width == 2)
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer[3, 0].grapheme == "b")
        #expect(buffer.lines() == ["a漢b  "])
    }

    @Test func clipsAtMaxWidthWithoutSplittingAWideCharacter() {
        var buffer = CellBuffer(width: 10, height: 1)
        let written = buffer.put(text: "ab漢字", x: 0, y: 0, maxWidth: 5)
        #expect(written == 5)
        #expect(buffer.lines() == ["ab漢      "])
        var edge = CellBuffer(width: 4, height: 1)
        edge.put(text: "abc漢", x: 0, y: 0)
        #expect(edge.lines() == ["abc "])
        #expect(!edge[3, 0].isContinuation)
    }

    @Test func clipsAtTheBufferEdgeAndIgnoresRowsOutside() {
        var buffer = CellBuffer(width: 5, height: 2)
        buffer.put(text: "Журнал", x: 2, y: 1)
        buffer.put(text: "x", x: 0, y: 5)
        #expect(buffer.lines() == ["     ", "  Жур"])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = CellBuffer(width: 4, height: 1)
        buffer.put(text: "漢字", x: 0, y: 0)
        buffer.put(text: "x", x: 1, y: 0)
        #expect(buffer.lines() == [" x字"])
        buffer.put(text: "y", x: 2, y: 0)
        #expect(buffer.lines() == [" xy "])
    }

    @Test func combiningSequencesStayOneCell() {
        var buffer = CellBuffer(width: 4, height: 1)
        buffer.put(text: "и\u{0306}а", x: 0, y: 0)
        #expect(buffer[0, 0].grapheme == "и\u{0306}")
        #expect(buffer[1, 0].grapheme == "а")
    }

    @Test func controlCharactersDoNotBreakTheGrid() {
        var buffer = CellBuffer(width: 5, height: 1)
        buffer.put(text: "a\u{1B}b\tc", x: 0, y: 0)
        #expect(buffer.lines() == ["a?b c"])
    }

    @Test func fillAndTrimmedLines() {
        var buffer = CellBuffer(width: 4, height: 2)
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 2), with: "#")
        #expect(buffer.lines(trimmingTrailingSpaces: true) == [" ##", " ##"])
    }

    @Test func layoutSplitsAndCentres() {
        let screen = Rect(size: Size(width: 80, height: 24))
        let (top, rest) = screen.splitTop(rows: 1)
        let (body, bottom) = rest.splitBottom(rows: 1)
        #expect(top == Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(body == Rect(x: 0, y: 1, width: 80, height: 22))
        #expect(bottom == Rect(x: 0, y: 23, width: 80, height: 1))
        #expect(screen.centered(width: 20, height: 4) == Rect(x: 30, y: 10, width: 20, height: 4))
    }
}

@Suite("Cell buffer diff")
struct CellBufferDiffTests {
    @Test func firstFrameIsEveryRow() {
        var buffer = CellBuffer(width: 3, height: 2)
        buffer.put(text: "ab", x: 0, y: 0)
        let runs = buffer.diff(from: nil)
        #expect(runs.map(\.y) == [0, 1])
        #expect(runs[0].text == "ab ")
    }

    @Test func unchangedFrameHasNoRuns() {
        var buffer = CellBuffer(width: 8, height: 2)
        buffer.put(text: "Журнал", x: 0, y: 1)
        #expect(buffer.diff(from: buffer).isEmpty)
    }

    @Test func onlyChangedCellsAreRuns() {
        var old = CellBuffer(width: 10, height: 2)
        old.put(text: "оценка 4", x: 0, y: 0)
        var new = old
        new.put(text: "5", x: 7, y: 0)
        new.put(text: "н", x: 2, y: 1)
        #expect(new.diff(from: old) == [
            CellRun(x: 7, y: 0, cells: [Cell(grapheme: "5", width: 1)]),
            CellRun(x: 2, y: 1, cells: [Cell(grapheme: "н", width: 1)]),
        ])
    }

    @Test func styleChangesAreChanges() {
        var old = CellBuffer(width: 4, height: 1)
        old.put(text: "ab", x: 0, y: 0)
        var new = old
        new.restyle(Rect(x: 1, y: 0, width: 1, height: 1), style: Style(reverse: true))
        #expect(new.diff(from: old).map(\.x) == [1])
    }

    @Test func runsIncludeBothHalvesOfWideCharacters() {
        var old = CellBuffer(width: 6, height: 1)
        old.put(text: "ab", x: 0, y: 0)
        var new = old
        new.put(text: "漢", x: 2, y: 0)
        let runs = new.diff(from: old)
        #expect(runs.count == 1)
        #expect(runs[0].x == 2)
        #expect(runs[0].cells.count == 2)
        #expect(runs[0].text == "漢")
    }

    @Test func aSizeChangeRedrawsEverything() {
        let old = CellBuffer(width: 3, height: 1)
        let new = CellBuffer(width: 4, height: 2)
        #expect(new.diff(from: old).count == 2)
    }
}

@Suite("Text wrapping")
struct WrappingTests {
    @Test func wrapsAtSpacesAndCutsLongWords() {
        #expect("Пароли не совпадают. Введите ещё раз.".wrapped(toColumns: 20) == ["Пароли не совпадают.", "Введите ещё раз."])
        #expect("абвгдеёж".wrapped(toColumns: 3) == ["абв", "где", "ёж"])
        #expect("漢字漢字".prefix(columns: 3) == "漢")
        #expect("ab".padded(toColumns: 4) == "ab  ")
    }
}

@Suite("Cell")
struct CellTests {
    @Test func graphemesOfAnyLengthReadBackAsWritten() {
        for grapheme in ["", " ", "5", "Ж", "漢", "😀", "и\u{0306}", "❤️", "👩‍👩‍👧", "e\u{0301}\u{0323}"] {
            #expect(Cell(grapheme: grapheme, width: 1).grapheme == grapheme)
        }
    }

    @Test func cellsAreEqualExactlyWhenGraphemeWidthAndStyleAre() {
        #expect(Cell(grapheme: "и\u{0306}", width: 1) == Cell(grapheme: "и\u{0306}", width: 1))
        #expect(Cell(grapheme: "и\u{0306}", width: 1) != Cell(grapheme: "и\u{0304}", width: 1))
        #expect(Cell(grapheme: "и\u{0306}", width: 1) != Cell(grapheme: "и", width: 1))
        #expect(Cell(grapheme: "й", width: 1) == Cell(scalar: "й", width: 1, style: .plain))
        #expect(Cell(grapheme: "й", width: 1) != Cell(grapheme: "й", width: 1, style: Style(bold: true)))
        #expect(Cell(grapheme: "漢", width: 2) != Cell(grapheme: "漢", width: 1))
    }

    @Test func aCellHoldsNoReferences() {
        // A frame of cells is then copied and compared as plain memory, with no reference counting.
        #expect(_isPOD(Cell.self))
        #expect(MemoryLayout<Cell>.stride <= 12)
    }

    @Test func theTerminalIsGivenEveryScalarOfTheGrapheme() {
        var scalars: [UInt32] = []
        for cell in [Cell(grapheme: "a", width: 1), .continuation(.plain), Cell(grapheme: "и\u{0306}", width: 1)] {
            cell.appendScalars(to: &scalars)
        }
        #expect(scalars == [0x61, 0x438, 0x306])
    }
}
