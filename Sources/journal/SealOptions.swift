import ArgumentParser
import Foundation
import JournalModel

/// The seal key and the witness directories, for `seal` and `backup`.
struct SealOptions: ParsableArguments {
    @Option(name: .long, help: "The seal key file (default: $JOURNAL_SEAL_KEY).")
    var key: String?

    @Option(name: .long, help: "A directory on another medium for the witness file (repeatable).")
    var to: [String] = []

    /// The key named by `--key` or the environment, loaded; refused (saying how to make one) without.
    func loadKey() throws(Refusal) -> SealKey {
        try SealKey.load(path: try SealKey.locate(explicit: key))
    }

    /// Whether a key is named at all.
    var hasKey: Bool { (try? SealKey.locate(explicit: key)) != nil }

    /// Prints where the seal went and fails, naming them, when some directories were not written.
    func report(_ result: SealResult, language: Language) throws {
        for file in result.witnessFiles {
            print(LocalizedText(ru: "Записано: \(file)", en: "Written: \(file)").text(language))
        }
        for failure in result.failures {
            FileHandle.standardError.write(Data("\(TerminalText.line(failure.reason.text(language)))\n".utf8))
        }
        if !result.failures.isEmpty {
            throw Failure(LocalizedText(ru: "Печать не записана в каталогов: \(result.failures.count).",
                                        en: "The seal was not written to \(result.failures.count) director(ies).").text(language))
        }
    }
}
