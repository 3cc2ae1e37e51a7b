import ArgumentParser
import Foundation
import JournalModel

/// Who runs a data subcommand: a person of the school, logged in as at the login screen.
///
/// The password is read from the terminal without echo, or with `--password-stdin` from the
/// first line of standard input (for scripts); never from the command line, where `ps` and the
/// shell's history would show it.
struct LoginOptions: ParsableArguments {
    @Option(name: .long, help: "Your login in the journal (the subcommand acts as you).")
    var login: String?

    @Flag(name: .long, help: "Read the password from the first line of standard input instead of the terminal.")
    var passwordStdin = false

    @Option(name: .long, help: ArgumentHelp("Refused: a password is never taken from the command line.", visibility: .hidden))
    var password: String?

    /// Logs the person in and returns their session, or fails with the login screen's message.
    func session(on journal: Journal, language: Language) throws -> JournalSession {
        try Self.refusePasswordArgument(password, language: language)
        guard let login, !login.isEmpty else {
            throw Failure(LocalizedText(ru: "Укажите, кто вы: --login ЛОГИН (пароль будет запрошен).",
                                        en: "Say who you are: --login LOGIN (the password is asked for).").text(language))
        }
        let typed = try passwordStdin ? PasswordInput.firstLine() : PasswordInput.fromTerminal(
            prompt: LocalizedText(ru: "Пароль для \(login): ", en: "Password for \(login): ").text(language))
        guard let typed else {
            throw Failure(LocalizedText(ru: "Пароль не введён.", en: "No password was given.").text(language))
        }
        do {
            switch try journal.logIn(login: login, password: typed) {
            case .session(let session):
                return session
            case .mustChangePassword:
                throw Failure(LocalizedText(
                    ru: "Пароль временный: сначала войдите в журнал (journal) и задайте свой.",
                    en: "The password is a temporary one: log in to the journal (journal) first and choose your own.").text(language))
            }
        } catch let refusal as Refusal {
            throw Failure(refusal.message.text(language))
        }
    }

    /// A password given as an argument is refused before anything else happens.
    static func refusePasswordArgument(_ password: String?, language: Language) throws {
        guard password != nil else { return }
        throw Failure(LocalizedText(
            ru: "Пароль в командной строке не принимается (его видно в списке процессов и в истории). Он будет запрошен; для сценариев — --password-stdin.",
            en: "A password on the command line is refused (it shows in the process list and the history). It is asked for; scripts use --password-stdin.").text(language))
    }
}
