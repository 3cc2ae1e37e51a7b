import ArgumentParser
import Foundation
import JournalModel

/// `journal user add|passwd|list`: accounts, from the server's command line, as the logged-in
/// administrator (or a class teacher, for their class's students and parents).
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage accounts: add, reset a password, list (as --login LOGIN).",
        subcommands: [Add.self, Passwd.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account with a temporary password (printed) that must be changed at first login.")

        @OptionGroup var common: CommonOptions
        @OptionGroup var who: LoginOptions

        @Argument(help: "The new account's login: Latin letters, digits, dot, hyphen.")
        var account: String

        @Option(name: .customLong("role"), help: "A role (repeatable).")
        var roles: [Role] = []

        @Option(help: "Full name «Фамилия Имя Отчество» of a new member of staff to link the account to.")
        var name: String?

        @Option(help: "Id of an existing person (student, parent, staff) to link the account to.")
        var person: String?

        func run() throws {
            let language = common.language
            let session = try who.session(on: common.openExistingJournal(), language: language)
            let issued: IssuedCredentials
            do {
                var personID = person
                if let name { personID = try session.addStaffMember(fullName: name).id }
                issued = try session.createAccount(login: account, personID: personID, roles: Set(roles))
            } catch {
                throw common.failure(error)
            }
            print(LocalizedText(ru: "Учётная запись \(issued.account.login) создана. Временный пароль: \(issued.temporaryPassword)",
                                en: "Account \(issued.account.login) created. Temporary password: \(issued.temporaryPassword)").text(language))
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue a new temporary password (printed); the user must change it at next login.")

        @OptionGroup var common: CommonOptions
        @OptionGroup var who: LoginOptions

        @Argument(help: "The account's login.")
        var account: String

        func run() throws {
            let language = common.language
            let session = try who.session(on: common.openExistingJournal(), language: language)
            let issued: IssuedCredentials
            do throws(Refusal) {
                guard let found = try session.account(login: account) else {
                    throw Refusal.notFound(LocalizedText(ru: "Нет учётной записи «\(TerminalText.line(account))».",
                                                         en: "No account \"\(TerminalText.line(account))\"."))
                }
                issued = try session.resetPassword(accountID: found.id)
            } catch {
                throw common.failure(error)
            }
            print(LocalizedText(ru: "Новый временный пароль для \(issued.account.login): \(issued.temporaryPassword)",
                                en: "New temporary password for \(issued.account.login): \(issued.temporaryPassword)").text(language))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts with their roles and state.")

        @OptionGroup var common: CommonOptions
        @OptionGroup var who: LoginOptions

        func run() throws {
            let language = common.language
            let session = try who.session(on: common.openExistingJournal(), language: language)
            let rows: [AccountSummary]
            do { rows = try session.accountSummaries() } catch { throw common.failure(error) }
            print(LocalizedText(ru: "логин\tроли\tимя\tсостояние", en: "login\troles\tname\tstate").text(language))
            for row in rows {
                var flags: [String] = []
                if row.mustChangePassword { flags.append(LocalizedText(ru: "временный пароль", en: "temporary password").text(language)) }
                if row.blocked { flags.append(LocalizedText(ru: "заблокирована", en: "blocked").text(language)) }
                if let until = row.lockedUntil {
                    flags.append(LocalizedText(ru: "вход закрыт до \(until)", en: "locked until \(until)").text(language))
                }
                let roles = Role.allCases.filter(row.roles.contains).map { $0.title.text(language) }.joined(separator: ", ")
                print([row.login, roles, row.personName ?? "—", flags.joined(separator: ", ")].map(TerminalText.line).joined(separator: "\t"))
            }
        }
    }
}

extension Role: ExpressibleByArgument {}
