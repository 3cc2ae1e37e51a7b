import JournalModel

/// Why the terminal could not be started; shown on stderr before anything is drawn.
public enum TerminalError: Error, Sendable, Equatable {
    /// `newterm` refused the terminal type (no terminfo entry).
    case unknownTerminalType(String)
    /// Standard input or output is not a terminal.
    case notATerminal

    /// The message in both languages: the UI language is not trusted yet when this happens.
    public var message: LocalizedText {
        switch self {
        case .unknownTerminalType(let name):
            LocalizedText(
                ru: "Неизвестный тип терминала TERM=\"\(name)\". Укажите известный, например: TERM=xterm-256color journal",
                en: "Unknown terminal type TERM=\"\(name)\". Use a known one, e.g.: TERM=xterm-256color journal")
        case .notATerminal:
            LocalizedText(
                ru: "Журнал нужно запускать в терминале (стандартный ввод и вывод — не терминал).",
                en: "The journal must run in a terminal (standard input/output is not a terminal).")
        }
    }

    /// Both languages, Russian first, for stderr.
    public var bilingualMessage: String { message.russian + "\n" + message.english }
}
