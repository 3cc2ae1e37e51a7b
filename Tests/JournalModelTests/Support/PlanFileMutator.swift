import Foundation
@testable import JournalModel
@testable import JournalDemo

/// Deterministic damage to real-looking КТП files, for the fuzz test of the plan file reader:
/// the same seed gives the same files on every run.
///
/// A file is made in three steps, each of which may damage it: its table (awkward text put into
/// cells, odd hours, huge cells, duplicated and lost rows), its CSV text (separator, quoting, line
/// ends) and its bytes (encoding, flipped bits, raw control and bidi bytes, truncation, repeated
/// and lost stretches). How much depends on the file's `Damage`, so that both accepted and
/// refused files follow each other into the same school.
struct PlanFileMutator {
    /// One file and what was done to it, for the message of a failing test.
    struct File {
        let data: Data
        let mutations: [String]
    }

    private var random: DemoRandom

    init(seed: UInt64) {
        random = DemoRandom(seed: seed)
    }

    /// Plans as teachers export them: title rows, a header, sections, quoted cells.
    static let plans: [[[String]]] = [
        [
            ["МБОУ «СОШ № 7»", "", ""],
            ["Календарно-тематическое планирование по математике, 5 класс", "", ""],
            ["№", "Тема урока", "Кол-во часов"],
            ["", "Раздел 1. Натуральные числа", "18"],
            ["1", "Натуральные числа и их запись", "2"],
            ["2", "Сравнение натуральных чисел", "2,0"],
            ["3", "Ёмкость и объём", "1"],
            ["4", "Задачи на «движение»; встречное", "3"],
            ["", "Раздел 2. Дроби", "20"],
            ["5", "Обыкновенные дроби, их сравнение", "4"],
        ],
        [
            ["1", "Части речи", "1"],
            ["2", "Имя существительное, его признаки, род", "2"],
            ["3", "Правописание ё после шипящих", "1"],
            ["4", "Сочинение «Моё лето»", "2"],
        ],
        [
            ["Тема урока", "№", "Кол-во часов", "Дата", "Примечание"],
            ["Present Simple: утвердительные предложения", "1", "1", "02.09", ""],
            ["Лексика «Моя семья» 👨‍👩‍👧", "2", "1", "04.09", "учебник, с. 12"],
            ["Аудирование: \"At the zoo\"", "3", "2", "09.09", "рабочая тетрадь"],
        ],
        [
            ["№ п/п", "Наименование раздела, темы", "Количество часов"],
            ["1.1", "Древний Египет:\nфараоны и пирамиды", "2"],
            ["1.2", "Культура «Древней Греции», театр", "1"],
            ["1.3", "Рим: от республики к империи", "2"],
        ],
    ]

    /// Texts that have broken programs: controls, escape sequences, bidi controls, U+FFFD, line
    /// and field breaks, marks and joiners, a byte-order mark, a decomposed letter.
    static let awkwardPieces = [
        "\u{0}", "\u{1B}[31m", "\u{1B}]0;title\u{7}", "\u{85}", "\u{9B}2J", "\u{7F}", "\u{8}", "\u{202E}", "\u{2066}", "\u{200F}",
        "\u{FFFD}", "\r", "\t", "\n", "\u{2028}", "\"", ";", ",", "\u{FEFF}",
    ]
    /// Texts every field accepts.
    static let harmlessPieces = ["ё", "Ё", "е\u{308}", "\u{301}", "👨‍👩‍👧‍👦", "🇷🇺", "«", "»", " ", "№", "—"]
    static let oddHours = ["2,0", "1.00", " 3 ", "0", "100", "99", "-1", "1e3", "два", "", "½"]
    static let rawBytes: [[UInt8]] = [
        [0x00], [0x1B], [0x7F], [0xC2, 0x85], [0xC2, 0x9B], [0xE2, 0x80, 0xAE], [0xE2, 0x81, 0xA6], [0xEF, 0xBF, 0xBD],
        [0xEF, 0xBB, 0xBF], [0xFF], [0xFE], [0x98], [0xC3], [0x22], [0x0D], [0x0A], [0x3B], [0x2C], [0x09],
    ]

    /// How much a file is damaged: letters every field accepts only; awkward text in its cells
    /// and nothing else (so that the rest of the file stays sound and the text gets as far as
    /// storage); or anything at all.
    enum Damage {
        case harmless, text, any
    }

    /// The next damaged file: a quarter harmless, a quarter text, half anything.
    mutating func next() -> File {
        let damage: Damage = [.harmless, .text, .any, .any][random.int(in: 0...3)]
        var mutations = ["\(damage)"]
        var table = Self.plans[random.int(in: 0...(Self.plans.count - 1))]
        for _ in 0..<random.int(in: damage == .text ? 1...3 : 0...3) {
            mutations.append(mutateTable(&table, damage: damage))
        }
        let separator = [";", ",", "\t"][random.int(in: 0...2)]
        let quoteAll = random.int(in: 0...3) == 0
        let lineEnd = ["\n", "\r\n", "\r"][random.int(in: 0...2)]
        let text = table.map { row in row.map { cell in Self.quoted(cell, separator: separator, always: quoteAll) }
            .joined(separator: separator) }.joined(separator: lineEnd) + lineEnd
        mutations.append("separator \(separator.debugDescription), quote all \(quoteAll), line end \(lineEnd.debugDescription)")
        var bytes = encode(text, mutations: &mutations)
        if damage == .any {
            for _ in 0..<random.int(in: 0...3) { mutations.append(mutateBytes(&bytes)) }
        }
        return File(data: Data(bytes), mutations: mutations)
    }

    private mutating func mutateTable(_ table: inout [[String]], damage: Damage) -> String {
        let row = random.int(in: 0...(table.count - 1))
        let column = random.int(in: 0...(table[row].count - 1))
        switch damage == .any ? random.int(in: 0...6) : damage == .text ? 1 : 0 {
        case 0:
            let piece = Self.harmlessPieces[random.int(in: 0...(Self.harmlessPieces.count - 1))]
            table[row][column] = inserting(piece, into: table[row][column])
            return "harmless \(piece.debugDescription) into row \(row) column \(column)"
        case 1, 2:
            // A NUL one time in four: the character that once broke verification.
            let piece = random.int(in: 0...3) == 0 ? "\u{0}" : Self.awkwardPieces[random.int(in: 0...(Self.awkwardPieces.count - 1))]
            table[row][column] = inserting(piece, into: table[row][column])
            return "awkward \(piece.debugDescription) into row \(row) column \(column)"
        case 3:
            let hours = Self.oddHours[random.int(in: 0...(Self.oddHours.count - 1))]
            table[row][min(2, table[row].count - 1)] = hours
            return "hours \(hours.debugDescription) in row \(row)"
        case 4:
            // Up to a line of about 110 KB, fifty times a topic's 2 KiB.
            let repeats = [30, 300, 3_000][random.int(in: 0...2)]
            table[row][column] = String(repeating: "Очень длинная тема ", count: repeats)
            return "huge cell (\(repeats) phrases) in row \(row) column \(column)"
        case 5:
            table.insert(table[row], at: row)
            return "row \(row) repeated"
        default:
            if table.count > 1 { table.remove(at: row) }
            return "row \(row) lost"
        }
    }

    private mutating func inserting(_ piece: String, into cell: String) -> String {
        var characters = Array(cell)
        characters.insert(contentsOf: piece, at: random.int(in: 0...characters.count))
        return String(characters)
    }

    private mutating func encode(_ text: String, mutations: inout [String]) -> [UInt8] {
        switch random.int(in: 0...5) {
        case 0:
            mutations.append("UTF-8 with a byte-order mark")
            return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case 1:
            mutations.append("UTF-16 little-endian")
            return [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case 2:
            mutations.append("UTF-16 big-endian")
            return [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        case 3:
            mutations.append("Windows-1251")
            return [UInt8](text.data(using: .windowsCP1251, allowLossyConversion: true) ?? Data(text.utf8))
        default:
            mutations.append("UTF-8")
            return Array(text.utf8)
        }
    }

    private mutating func mutateBytes(_ bytes: inout [UInt8]) -> String {
        guard !bytes.isEmpty else { return "nothing to damage" }
        let at = random.int(in: 0...(bytes.count - 1))
        switch random.int(in: 0...4) {
        case 0:
            let bit = random.int(in: 0...7)
            bytes[at] ^= UInt8(1 << bit)
            return "bit \(bit) of byte \(at) flipped"
        case 1, 2:
            let raw = Self.rawBytes[random.int(in: 0...(Self.rawBytes.count - 1))]
            bytes.insert(contentsOf: raw, at: at)
            return "bytes \(raw) inserted at \(at)"
        case 3:
            bytes.removeLast(bytes.count - at)
            return "cut at byte \(at)"
        default:
            let end = min(bytes.count, at + random.int(in: 1...200))
            if random.int(in: 0...1) == 0 {
                bytes.insert(contentsOf: bytes[at..<end], at: end)
                return "bytes \(at)..<\(end) repeated"
            }
            bytes.removeSubrange(at..<end)
            return "bytes \(at)..<\(end) lost"
        }
    }

    /// A cell as Excel writes it: quoted when it holds the separator, a quote or a line break.
    private static func quoted(_ cell: String, separator: String, always: Bool) -> String {
        guard always || cell.contains(separator) || cell.contains("\"") || cell.contains(where: \.isNewline) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
