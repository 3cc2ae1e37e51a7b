import JournalModel

/// Draws the whole frame from ``AppState``: title bar, the screen or help, the status line; or the
/// too-small message when the terminal is below 80×24.
public struct AppView {
    public var state: AppState

    public init(state: AppState) { self.state = state }

    /// A fresh buffer with the frame drawn in it.
    public func render() -> CellBuffer {
        var buffer = CellBuffer(size: state.size)
        let screenRect = buffer.bounds
        guard state.size.fits(.minimum) else {
            TooSmallView(size: state.size).draw(into: &buffer, in: screenRect)
            return buffer
        }
        let context = DrawContext(language: state.language, keymap: state.keymap)
        let (titleBar, rest) = screenRect.splitTop(rows: 1)
        let (body, statusBar) = rest.splitBottom(rows: 1)

        let appName = LocalizedText(ru: "Электронный журнал", en: "Class journal").text(state.language)
        let title = state.help == nil ? state.screen.title.text(state.language)
            : LocalizedText(ru: "Справка", en: "Help").text(state.language)
        buffer.fill(titleBar, style: .role(.header))
        buffer.put(text: " \(appName) · \(title)", x: titleBar.x, y: titleBar.y, style: Style(bold: true, role: .header), maxWidth: titleBar.width)

        if let help = state.help {
            HelpView(state: help, language: state.language).draw(into: &buffer, in: body)
            buffer.cursor = nil
            let hints = [context.hint(.helpClose, LocalizedText(ru: "закрыть", en: "close"))].compactMap { $0 }
            StatusLineView(message: nil, hints: hints.joined(separator: "  "), language: state.language)
                .draw(into: &buffer, in: statusBar)
        } else {
            state.screen.draw(into: &buffer, in: body, context: context)
            let logOut = state.environment.session == nil ? nil : context.hint(.appLogOut, LocalizedText(ru: "выйти", en: "log out"))
            let hints = [
                context.hint(.appHelp, LocalizedText(ru: "справка", en: "help")),
                logOut,
                context.hint(.appQuit, LocalizedText(ru: "закрыть", en: "quit")),
            ].compactMap { $0 }
            StatusLineView(message: state.visibleStatus, hints: hints.joined(separator: "  "), language: state.language)
                .draw(into: &buffer, in: statusBar)
        }
        return buffer
    }
}
