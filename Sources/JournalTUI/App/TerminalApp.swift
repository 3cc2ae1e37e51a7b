import Foundation
import JournalModel

/// The whole terminal program in one call, for `main.swift`: load the keymap, start the terminal,
/// run the login screen and what follows until the user quits.
@MainActor
public enum TerminalApp {
    /// Runs the program on a journal and returns the process exit status (0 on a normal quit, 1 if
    /// the terminal could not be started — the reason is printed to stderr in both languages).
    ///
    /// - Parameters:
    ///   - journal: the school's journal; people log in to it on the first screen.
    ///   - language: interface language; defaults to the one chosen from the environment.
    ///   - keymapPreset: `default`, `vim`, `emacs`; nil lets the user file decide.
    ///   - keymapFile: an explicit user keymap; nil uses `~/.config/journal/keymap.toml` if present.
    public static func run(journal: Journal, language: Language = .fromEnvironment(), keymapPreset: String? = nil,
                           keymapFile: String? = nil) -> Int32 {
        let loaded = KeymapLoader.load(preset: keymapPreset, userFile: keymapFile)
        let terminal: Terminal
        do {
            terminal = try Terminal()
        } catch {
            FileHandle.standardError.write(Data((error.bilingualMessage + "\n").utf8))
            return 1
        }
        let state = AppState(size: terminal.size, language: language, keymap: loaded.keymap,
                             environment: AppEnvironment(journal: journal), status: loaded.statusMessage)
        AppRunner(terminal: terminal, state: state).run()
        return 0
    }
}
