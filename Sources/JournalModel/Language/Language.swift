import Foundation

/// The language the interface speaks: Russian for Russian locales, English otherwise.
public enum Language: String, Sendable, CaseIterable, Codable {
    case russian = "ru"
    case english = "en"

    /// Chooses the language from the environment the way POSIX chooses message catalogues:
    /// `LC_ALL`, then `LC_MESSAGES`, then `LANG`; the first one that is set and non-empty decides.
    /// An explicit override (`ru` / `en`, e.g. from `--lang` or `JOURNAL_LANG`) wins over all of them.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment,
        override: String? = nil
    ) -> Language {
        if let override, let chosen = Language(code: override) { return chosen }
        if let forced = environment["JOURNAL_LANG"], let chosen = Language(code: forced) { return chosen }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("ru") ? .russian : .english
            }
        }
        return .english
    }

    /// Parses a language code such as `ru`, `ru_RU.UTF-8` or `en`; nil for anything else.
    public init?(code: String) {
        let lowered = code.lowercased()
        if lowered.hasPrefix("ru") { self = .russian } else if lowered.hasPrefix("en") { self = .english } else { return nil }
    }
}

/// A piece of user-facing text in both interface languages.
public struct LocalizedText: Sendable, Hashable {
    public let russian: String
    public let english: String

    public init(ru russian: String, en english: String) {
        self.russian = russian
        self.english = english
    }

    /// A text that reads the same in both languages (a name, a date).
    public init(verbatim text: String) {
        self.init(ru: text, en: text)
    }

    /// The text in the given language.
    public func text(_ language: Language) -> String {
        language == .russian ? russian : english
    }
}
