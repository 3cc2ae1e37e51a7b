/// One thing wrong in a school's file: where (file, line, column), the value found and what was
/// expected. An import with any problem writes nothing and reports them all.
public struct ImportProblem: Error, Sendable, Equatable {
    public let file: String
    /// The line of the file (1-based); nil for the file as a whole.
    public let line: Int?
    /// The column's header as the file writes it; nil for the whole row or file.
    public let column: String?
    public let value: String?
    public let expected: LocalizedText

    public init(file: String, line: Int?, column: String? = nil, value: String? = nil, expected: LocalizedText) {
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.expected = expected
    }

    /// «ученики.csv, строка 7, столбец «Дата рождения»: «31.02.2014» — нужна дата ДД.ММ.ГГГГ.»
    public var message: LocalizedText {
        var ru = file
        var en = file
        if let line {
            ru += ", строка \(line)"
            en += ", line \(line)"
        }
        if let column {
            ru += ", столбец «\(column)»"
            en += ", column \"\(column)\""
        }
        if let value {
            ru += ": «\(TerminalText.line(value))»"
            en += ": \"\(TerminalText.line(value))\""
        }
        return LocalizedText(ru: ru + " — " + expected.russian, en: en + " — " + expected.english)
    }
}
