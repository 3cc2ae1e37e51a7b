import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// The cells of one sheet of an Excel workbook (.xlsx: a ZIP of XML parts): shared and inline
/// strings, numbers as Excel writes them (a date cell is its serial number, which date columns
/// read), merged cells read as their top-left value.
enum XLSXReader {
    /// Why a workbook could not be read.
    enum Failure: Error, Equatable {
        case damaged
        case noSheet(String?)
    }

    /// Rows of the named sheet (the first when nil), by row number, cells by column (0 = A).
    static func rows(_ data: Data, sheet wanted: String?) throws(Failure) -> [(line: Int, cells: [String])] {
        do {
            let archive = try Archive(data: data, accessMode: .read)
            func part(_ path: String) throws -> Data? {
                guard let entry = archive[path] else { return nil }
                var content = Data()
                _ = try archive.extract(entry, skipCRC32: false) { content.append($0) }
                return content
            }
            guard let workbook = try part("xl/workbook.xml"), let relations = try part("xl/_rels/workbook.xml.rels") else { throw Failure.damaged }
            let sheets = try XMLEvents.collect(workbook, element: "sheet")
            guard let sheet = wanted.map({ name in sheets.first { $0["name"] == name } }) ?? sheets.first,
                  let relation = sheet.first(where: { $0.key == "id" || $0.key.hasSuffix(":id") })?.value else { throw Failure.noSheet(wanted) }
            guard let target = try XMLEvents.collect(relations, element: "Relationship").first(where: { $0["Id"] == relation })?["Target"] else {
                throw Failure.damaged
            }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let sheetData = try part(path) else { throw Failure.damaged }
            let strings = try part("xl/sharedStrings.xml").map(SharedStrings.read) ?? []
            return try SheetCells.read(sheetData, strings: strings)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.damaged
        }
    }

    /// Runs an XML part through a delegate (element names without their namespace prefix).
    static func parse(_ data: Data, with delegate: XMLParserDelegate) throws(Failure) {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = delegate
        guard parser.parse() else { throw Failure.damaged }
    }

    /// `B3` → (row 3, column 1); nil for anything else.
    static func position(_ reference: String) -> (row: Int, column: Int)? {
        let letters = reference.prefix { $0.isLetter }
        guard !letters.isEmpty, let row = Int(reference.dropFirst(letters.count)) else { return nil }
        var column = 0
        for letter in letters.uppercased().unicodeScalars {
            guard letter.value >= 65, letter.value <= 90 else { return nil }
            column = column * 26 + Int(letter.value - 64)
        }
        return (row, column - 1)
    }
}

/// The attributes of every element of one name in an XML part.
private final class XMLEvents: NSObject, XMLParserDelegate {
    private let element: String
    private var found: [[String: String]] = []

    private init(element: String) { self.element = element }

    static func collect(_ data: Data, element: String) throws -> [[String: String]] {
        let collector = XMLEvents(element: element)
        try XLSXReader.parse(data, with: collector)
        return collector.found
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == element { found.append(attributes) }
    }
}

/// `xl/sharedStrings.xml`: the strings cells refer to by index (rich text runs joined, phonetic runs left out).
private final class SharedStrings: NSObject, XMLParserDelegate {
    private var strings: [String] = []
    private var current: String?
    private var inText = false
    private var inPhonetic = false

    static func read(_ data: Data) throws -> [String] {
        let reader = SharedStrings()
        try XLSXReader.parse(data, with: reader)
        return reader.strings
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "si": current = ""
        case "t": inText = true
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, !inPhonetic { current?.append(string) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si":
            strings.append(current ?? "")
            current = nil
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }
}

/// A worksheet's cells and merged ranges.
private final class SheetCells: NSObject, XMLParserDelegate {
    private let strings: [String]
    private var cells: [Int: [Int: String]] = [:]
    private var merged: [String] = []
    private var cell: (row: Int, column: Int, type: String)?
    private var value: String?
    private var collecting = false
    private var nextRow = 1
    private var nextColumn = 0

    private init(strings: [String]) { self.strings = strings }

    static func read(_ data: Data, strings: [String]) throws -> [(line: Int, cells: [String])] {
        let reader = SheetCells(strings: strings)
        try XLSXReader.parse(data, with: reader)
        return reader.table()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "row":
            nextRow = attributes["r"].flatMap(Int.init) ?? nextRow
            nextColumn = 0
        case "c":
            let position = attributes["r"].flatMap(XLSXReader.position) ?? (nextRow, nextColumn)
            cell = (position.row, position.column, attributes["t"] ?? "n")
            value = nil
        case "v", "t":
            if cell != nil {
                collecting = true
                if value == nil { value = "" }
            }
        case "mergeCell":
            if let reference = attributes["ref"] { merged.append(reference) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { value?.append(string) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t": collecting = false
        case "c":
            if let cell, let value {
                let text = cell.type == "s" ? Int(value).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? "" : value
                cells[cell.row, default: [:]][cell.column] = text
                nextColumn = cell.column + 1
            }
            cell = nil
        case "row": nextRow += 1
        default: break
        }
    }

    /// The rows in order, merged ranges filled with their top-left value.
    private func table() -> [(line: Int, cells: [String])] {
        for range in merged {
            let corners = range.split(separator: ":").compactMap { XLSXReader.position(String($0)) }
            guard corners.count == 2, let text = cells[corners[0].row]?[corners[0].column] else { continue }
            for row in corners[0].row...max(corners[0].row, corners[1].row) {
                for column in corners[0].column...max(corners[0].column, corners[1].column) where cells[row]?[column] == nil {
                    cells[row, default: [:]][column] = text
                }
            }
        }
        return cells.keys.sorted().map { row in
            let columns = cells[row] ?? [:]
            let width = (columns.keys.max() ?? -1) + 1
            return (row, (0..<width).map { columns[$0] ?? "" })
        }
    }
}
