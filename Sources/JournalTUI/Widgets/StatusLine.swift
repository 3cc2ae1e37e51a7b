import JournalModel

/// A one-line message for the user and how to show it.
public struct StatusMessage: Sendable, Equatable {
    /// Whether the message reports a problem.
    public enum Kind: Sendable, Equatable {
        case info
        case success
        case error
    }

    public var text: LocalizedText
    public var kind: Kind

    public init(_ text: LocalizedText, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }

    /// An error message.
    public static func error(_ text: LocalizedText) -> StatusMessage { StatusMessage(text, kind: .error) }
    /// An informational message.
    public static func info(_ text: LocalizedText) -> StatusMessage { StatusMessage(text, kind: .info) }
}

/// The bottom line: the message on the left, key hints on the right.
public struct StatusLineView: View {
    public var message: StatusMessage?
    public var hints: String
    public var language: Language

    public init(message: StatusMessage?, hints: String, language: Language) {
        self.message = message
        self.hints = hints
        self.language = language
    }

    public func draw(into buffer: inout CellBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect.row(0), style: .role(.header))
        // A message that would not fit beside the hints gets the whole line: a refusal must be read in full.
        let messageWidth = message.map { $0.text.text(language).displayWidth + 2 } ?? 0
        let hints = messageWidth + min(hints.displayWidth, rect.width / 2) + 2 > rect.width ? "" : hints
        let hintWidth = min(hints.displayWidth, rect.width / 2)
        let hintX = rect.maxX - hintWidth - 1
        buffer.put(text: hints, x: hintX, y: rect.y, style: .role(.header), maxWidth: hintWidth)
        guard let message else { return }
        let style: Style = switch message.kind {
        case .info: .role(.header)
        case .success: Style(bold: true, role: .header)
        case .error: .role(.error)
        }
        let text = " " + message.text.text(language) + " "
        buffer.put(text: text, x: rect.x, y: rect.y, style: style, maxWidth: max(0, hintX - rect.x - 1))
    }
}
