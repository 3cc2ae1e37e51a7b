import Foundation
import JournalModel

/// The whole terminal program in one call, for `main.swift`: load the keymap, start the terminal,
/// run the login screen and what follows until the user quits.
@MainActor
public enum TerminalApp {
    /// Runs the program and returns the process exit status (0 on a normal quit, 1 if the terminal
    /// could not be started — the reason is printed to stderr in both languages).
    ///
    /// - Parameters:
    ///   - authenticator: the model's login service.
    ///   - language: interface language; defaults to the one chosen from the environment.
    ///   - keymapPreset: `default`, `vim`, `emacs`; nil lets the user file decide.
    ///   - keymapFile: an explicit user keymap; nil uses `~/.config/journal/keymap.toml` if present.
    ///   - afterLogin: the screen shown once a user is in.
    public static func run(
        authenticator: any Authenticator,
        language: Language = .fromEnvironment(),
        keymapPreset: String? = nil,
        keymapFile: String? = nil,
        afterLogin: @escaping (LoginSuccess) -> any Screen = { WelcomeScreen(user: $0) }
    ) -> Int32 {
        let loaded = KeymapLoader.load(preset: keymapPreset, userFile: keymapFile)
        let terminal: Terminal
        do {
            terminal = try Terminal()
        } catch {
            FileHandle.standardError.write(Data((error.bilingualMessage + "\n").utf8))
            return 1
        }
        let state = AppState(
            size: terminal.size, language: language, keymap: loaded.keymap,
            screen: LoginScreen(), status: loaded.statusMessage)
        let environment = AppEnvironment(authenticator: authenticator, afterLogin: afterLogin)
        AppRunner(terminal: terminal, state: state, environment: environment).run()
        return 0
    }
}

extension TerminalApp {
    /// Runs the program on a journal: log in, then the screens for that user.
    public static func run(journal: Journal, language: Language, keymapPreset: String?, keymapFile: String?) -> Int32 {
        let authenticator = JournalAuthenticator(journal: journal)
        return run(authenticator: authenticator, language: language, keymapPreset: keymapPreset, keymapFile: keymapFile) { success in
            guard let session = authenticator.session else { return WelcomeScreen(user: success) }
            return HomeScreen(journal: journal, actor: session.actor, displayName: session.displayName)
        }
    }
}
