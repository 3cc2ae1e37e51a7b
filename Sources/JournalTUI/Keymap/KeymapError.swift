import JournalModel

/// A problem found in a keymap file, with where it is, for a `file:line: message` report.
public struct KeymapError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// The file is not valid TOML (TOMLKit's message; includes duplicate keys).
        case syntax(String)
        /// A table that is not a known context.
        case unknownContext(String)
        /// A name in a table that is not an action of that context.
        case unknownAction(context: String, name: String)
        /// A key name that the notation does not know.
        case unknownKey(String)
        /// A value that is not a string or an array of strings.
        case notAKeyList(action: String)
        /// The same key sequence bound to two actions (or twice to one) in one context.
        case duplicateKey(key: String, context: String, first: String, second: String)
        /// A sequence that starts with another bound sequence, which could then never complete.
        case prefixConflict(key: String, longer: String, context: String)
        /// The file could not be read.
        case unreadable(String)
        /// A preset name that does not exist.
        case unknownPreset(String)
    }

    public let file: String
    /// 1-based line, when it could be found.
    public let line: Int?
    public let kind: Kind

    public init(file: String, line: Int?, kind: Kind) {
        self.file = file
        self.line = line
        self.kind = kind
    }

    /// The message in both languages, without the location.
    public var message: LocalizedText {
        switch kind {
        case .syntax(let detail):
            LocalizedText(ru: "ошибка синтаксиса TOML: \(detail)", en: "TOML syntax error: \(detail)")
        case .unknownContext(let name):
            LocalizedText(ru: "неизвестный раздел [\(name)]", en: "unknown section [\(name)]")
        case .unknownAction(let context, let name):
            LocalizedText(ru: "неизвестное действие \(context).\(name)", en: "unknown action \(context).\(name)")
        case .unknownKey(let name):
            LocalizedText(ru: "неизвестное имя клавиши «\(name)»", en: "unknown key name \"\(name)\"")
        case .notAKeyList(let action):
            LocalizedText(ru: "для \(action) нужен список клавиш, например [\"j\", \"down\"]",
                          en: "\(action) needs a list of keys, e.g. [\"j\", \"down\"]")
        case .duplicateKey(let key, let context, let first, let second):
            LocalizedText(ru: "клавиша «\(key)» в [\(context)] назначена дважды: \(first) и \(second)",
                          en: "key \"\(key)\" is bound twice in [\(context)]: \(first) and \(second)")
        case .prefixConflict(let key, let longer, let context):
            LocalizedText(ru: "в [\(context)] «\(key)» — начало последовательности «\(longer)»",
                          en: "in [\(context)] \"\(key)\" is the start of the sequence \"\(longer)\"")
        case .unreadable(let detail):
            LocalizedText(ru: "не удалось прочитать файл: \(detail)", en: "cannot read the file: \(detail)")
        case .unknownPreset(let name):
            LocalizedText(ru: "нет набора клавиш «\(name)»", en: "no keymap preset named \"\(name)\"")
        }
    }

    /// `file:line: message` in the given language.
    public func report(_ language: Language) -> String {
        let location = line.map { "\(file):\($0)" } ?? file
        return "\(location): \(message.text(language))"
    }

    public var description: String { report(.english) }
}
