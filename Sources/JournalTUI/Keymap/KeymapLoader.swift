import Foundation
import JournalModel

/// The keymap the program runs with, and every problem met while building it.
public struct LoadedKeymap: Sendable {
    /// Preset plus user overrides, with layout counterparts of single letters filled in.
    public var keymap: Keymap
    /// The preset used (`default`, `vim`, `emacs`).
    public var presetName: String
    /// Problems in the user file or the preset; the program still runs with what was valid.
    public var errors: [KeymapError]

    /// A status-line message about the errors (the first one and how many more), or nil.
    public var statusMessage: StatusMessage? {
        guard let first = errors.first else { return nil }
        let more = errors.count - 1
        return .error(LocalizedText(
            ru: first.report(.russian) + (more > 0 ? " (и ещё \(more))" : ""),
            en: first.report(.english) + (more > 0 ? " (and \(more) more)" : "")))
    }
}

/// Finds and combines the preset and the user's keymap file.
///
/// Every preset but `default` holds only what differs from `default`, so a preset applies as
/// `default` with its own file on top, the way a user file applies on top of the preset.
/// Presets are looked up, first found wins, in: `$JOURNAL_KEYMAPS`, `keymaps/` next to the
/// executable, `../share/journal/keymaps` from the executable, the package's own `keymaps/`, and
/// finally the copy compiled into the binary. The user file is `$XDG_CONFIG_HOME/journal/keymap.toml`
/// (or `~/.config/journal/keymap.toml`) unless a path is given.
public enum KeymapLoader {
    /// The preset the others are written against.
    public static let basePresetName = "default"
    /// The presets that ship with the program (the files of `keymaps/`), `default` first.
    public static let presetNames = [basePresetName] + EmbeddedPresets.texts.keys.sorted().filter { $0 != basePresetName }

    /// Loads preset + user file.
    ///
    /// - Parameters:
    ///   - preset: the preset to use; nil means the user file's `preset = "..."`, then `default`.
    ///   - userFile: an explicit user keymap path (must exist); nil means the XDG path, if present.
    public static func load(
        preset: String? = nil,
        userFile: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> LoadedKeymap {
        var errors: [KeymapError] = []
        var user: ParsedKeymap?
        let userPath = userFile ?? defaultUserFilePath(environment: environment)
        if let userPath {
            if let text = try? String(contentsOfFile: userPath, encoding: .utf8) {
                user = KeymapParser.parse(text, file: userPath)
            } else if userFile != nil {
                errors.append(KeymapError(file: userPath, line: nil, kind: .unreadable(userPath)))
            }
        }
        var presetName = preset ?? user?.preset ?? basePresetName
        var parsedPreset = self.preset(named: presetName, environment: environment)
        if parsedPreset == nil {
            errors.append(KeymapError(file: userPath ?? presetName, line: nil, kind: .unknownPreset(presetName)))
            presetName = basePresetName
            parsedPreset = self.preset(named: presetName, environment: environment)
        }
        var keymap = parsedPreset?.keymap ?? Keymap()
        errors += parsedPreset?.errors ?? []
        if let user {
            errors += user.errors
            keymap = keymap.overriding(with: user.keymap)
        }
        return LoadedKeymap(keymap: keymap.addingLayoutCounterparts(), presetName: presetName, errors: errors)
    }

    /// A preset as it applies, with no user file: `default`, then the preset's own file on top
    /// (for tests and `--keymap` listings). Each file's problems carry that file's lines.
    public static func preset(named name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> ParsedKeymap? {
        guard let own = presetFile(named: name, environment: environment) else { return nil }
        guard name != basePresetName, let base = presetFile(named: basePresetName, environment: environment) else { return own }
        return ParsedKeymap(keymap: base.keymap.overriding(with: own.keymap), preset: nil, errors: base.errors + own.errors)
    }

    /// One preset file, parsed on its own.
    static func presetFile(named name: String, environment: [String: String]) -> ParsedKeymap? {
        presetSource(named: name, environment: environment).map { KeymapParser.parse($0.text, file: $0.file) }
    }

    /// `$XDG_CONFIG_HOME/journal/keymap.toml`, or `~/.config/journal/keymap.toml`; nil without a home.
    public static func defaultUserFilePath(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            return config + "/journal/keymap.toml"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/journal/keymap.toml"
    }

    /// The preset's text and where it came from: the first directory that has it, else the binary.
    static func presetSource(named name: String, environment: [String: String]) -> (text: String, file: String)? {
        guard presetNames.contains(name) || !name.contains("/") else { return nil }
        for directory in presetDirectories(environment: environment) {
            let path = directory + "/\(name).toml"
            if let text = try? String(contentsOfFile: path, encoding: .utf8) { return (text, path) }
        }
        return EmbeddedPresets.texts[name].map { ($0, "<built-in \(name).toml>") }
    }

    /// Directories searched for preset files, in order.
    static func presetDirectories(environment: [String: String]) -> [String] {
        var directories: [String] = []
        if let explicit = environment["JOURNAL_KEYMAPS"], !explicit.isEmpty { directories.append(explicit) }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let binDirectory = (Bundle.main.executableURL ?? executable).deletingLastPathComponent()
        directories.append(binDirectory.appendingPathComponent("keymaps").path)
        directories.append(binDirectory.deletingLastPathComponent().appendingPathComponent("share/journal/keymaps").path)
        directories.append(packageKeymapsDirectory)
        return directories
    }

    /// `keymaps/` of the source checkout this file was compiled from (useful under `swift run`).
    static let packageKeymapsDirectory: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Keymap
        .deletingLastPathComponent()  // JournalTUI
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("keymaps").path
}
