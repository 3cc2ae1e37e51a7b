import ArgumentParser
import Foundation
import JournalModel

/// `journal passwd`: a person replaces their own password (first of all an administrator's
/// temporary one after `journal init`).
struct PasswdCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passwd",
        abstract: "Change your own password (a temporary one, or your own).",
        discussion: """
            The current password and the new one (twice) are asked for without echo. With --password-stdin they are \
            read from standard input instead: the current password on the first line, the new one on the second.
            """)

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Your login in the journal.")
    var login: String

    @Flag(name: .long, help: "Read the current and the new password from standard input, one per line.")
    var passwordStdin = false

    func run() throws {
        let language = common.language
        let journal = try common.openExistingJournal()
        let (current, new) = try passwords(language)
        do {
            let session = try journal.changePassword(login: login, current: current, new: new)
            session.end(.loggedOut)
        } catch {
            throw common.failure(error)
        }
        print(LocalizedText(ru: "Пароль для \(login) изменён.", en: "The password of \(login) is changed.").text(language))
    }

    private func passwords(_ language: Language) throws -> (current: String, new: String) {
        if passwordStdin {
            guard let current = PasswordInput.firstLine(), let new = PasswordInput.firstLine() else {
                throw Failure(LocalizedText(ru: "Нужны две строки: текущий пароль и новый.",
                                            en: "Two lines are needed: the current password and the new one.").text(language))
            }
            return (current, new)
        }
        let ask = { (ru: String, en: String) throws -> String in
            guard let typed = try PasswordInput.fromTerminal(prompt: LocalizedText(ru: ru, en: en).text(language)) else {
                throw Failure(LocalizedText(ru: "Пароль не введён.", en: "No password was given.").text(language))
            }
            return typed
        }
        let current = try ask("Текущий пароль: ", "Current password: ")
        let new = try ask("Новый пароль: ", "New password: ")
        guard try ask("Ещё раз: ", "Repeat: ") == new else {
            throw Failure(LocalizedText(ru: "Пароли не совпадают. Ничего не изменено.",
                                        en: "The passwords do not match. Nothing was changed.").text(language))
        }
        return (current, new)
    }
}
