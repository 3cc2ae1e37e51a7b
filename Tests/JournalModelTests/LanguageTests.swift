import Testing
@testable import JournalModel

@Suite struct LanguageTests {
    @Test func russianLocaleChoosesRussian() {
        #expect(Language.fromEnvironment(["LANG": "ru_RU.UTF-8"]) == .russian)
    }

    @Test func lcAllWinsOverLang() {
        #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "ru_RU.UTF-8"]) == .english)
        #expect(Language.fromEnvironment(["LC_ALL": "ru_RU.UTF-8", "LANG": "C"]) == .russian)
    }

    @Test func lcMessagesWinsOverLang() {
        #expect(Language.fromEnvironment(["LC_MESSAGES": "ru_RU.UTF-8", "LANG": "C.UTF-8"]) == .russian)
    }

    @Test func emptyOrMissingLocaleIsEnglish() {
        #expect(Language.fromEnvironment([:]) == .english)
        #expect(Language.fromEnvironment(["LC_ALL": "", "LANG": "C"]) == .english)
    }

    @Test func overrideWins() {
        #expect(Language.fromEnvironment(["LANG": "ru_RU.UTF-8"], override: "en") == .english)
        #expect(Language.fromEnvironment(["LANG": "C", "JOURNAL_LANG": "ru"]) == .russian)
    }
}
