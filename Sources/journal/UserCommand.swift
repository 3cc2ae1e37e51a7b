import ArgumentParser
import Foundation
import JournalModel

/// `journal user add|passwd|list`: accounts, from the server's command line.
///
/// Whoever can run this against the database file already owns it (it is readable only by its
/// owner), so these commands act as the system administrator.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage accounts: add, reset a password, list.",
        subcommands: [Add.self, Passwd.self, List.self])

    static let actor = JournalActor.system("cli")

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account with a temporary password (printed) that must be changed at first login.")

        @OptionGroup var common: CommonOptions

        @Argument(help: "Login: Latin letters, digits, dot, hyphen.")
        var login: String

        @Option(name: .customLong("role"), help: "A role (repeatable): administrator, director, deputy, teacher, student, parent.")
        var roles: [String] = []

        @Option(help: "Full name «Фамилия Имя Отчество» of a new member of staff to link the account to.")
        var name: String?

        @Option(help: "Id of an existing person (student, parent, staff) to link the account to.")
        var person: String?

        @Option(help: "The temporary password (default: generated).")
        var password: String?

        func run() throws {
            let language = common.language
            let parsedRoles = try roles.map { text in
                guard let role = Role(rawValue: text.lowercased()) else {
                    throw Failure(LocalizedText(ru: "Неизвестная роль «\(text)».", en: "Unknown role \"\(text)\".").text(language))
                }
                return role
            }
            let journal = try common.openJournal()
            let temporary = password ?? PasswordHasher.temporaryPassword()
            do throws(Refusal) {
                var personID = person
                if let name {
                    let parts = name.split(separator: " ").map(String.init)
                    guard parts.count >= 2 else {
                        throw Refusal.invalidValue(LocalizedText(ru: "Имя в виде «Фамилия Имя Отчество».", en: "Name as \"Last First Patronymic\"."))
                    }
                    let staff = Person(id: "", kind: .staff, lastName: parts[0], firstName: parts[1],
                                       patronymic: parts.dropFirst(2).joined(separator: " "))
                    personID = try journal.addPerson(staff, as: UserCommand.actor).id
                }
                try journal.createAccount(login: login, personID: personID, roles: Set(parsedRoles),
                                          temporaryPassword: temporary, as: UserCommand.actor)
            } catch {
                throw Failure(error.message.text(language))
            }
            print(LocalizedText(ru: "Учётная запись \(login.lowercased()) создана. Временный пароль: \(temporary)",
                                en: "Account \(login.lowercased()) created. Temporary password: \(temporary)").text(language))
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue a new temporary password (printed); the user must change it at next login.")

        @OptionGroup var common: CommonOptions

        @Argument(help: "The account's login.")
        var login: String

        @Option(help: "The temporary password (default: generated).")
        var password: String?

        func run() throws {
            let language = common.language
            let journal = try common.openJournal()
            let temporary = password ?? PasswordHasher.temporaryPassword()
            do throws(Refusal) {
                guard let account = try journal.account(login: login) else {
                    throw Refusal.notFound(LocalizedText(ru: "Нет учётной записи «\(login)».", en: "No account \"\(login)\"."))
                }
                try journal.resetPassword(accountID: account.id, temporaryPassword: temporary, as: UserCommand.actor)
            } catch {
                throw Failure(error.message.text(language))
            }
            print(LocalizedText(ru: "Новый временный пароль для \(login.lowercased()): \(temporary)",
                                en: "New temporary password for \(login.lowercased()): \(temporary)").text(language))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts with their roles and state.")

        @OptionGroup var common: CommonOptions

        func run() throws {
            let language = common.language
            let journal = try common.openJournal()
            let rows: [AccountSummary]
            do { rows = try journal.accountSummaries() } catch { throw Failure(error.message.text(language)) }
            let header = LocalizedText(ru: "логин\tроли\tимя\tсостояние", en: "login\troles\tname\tstate").text(language)
            print(header)
            for row in rows {
                var flags: [String] = []
                if row.account.mustChangePassword { flags.append(LocalizedText(ru: "временный пароль", en: "temporary password").text(language)) }
                if row.account.blocked { flags.append(LocalizedText(ru: "заблокирована", en: "blocked").text(language)) }
                let roles = Role.allCases.filter(row.account.roleSet.contains).map { $0.title.text(language) }.joined(separator: ", ")
                let name = row.personName.map(TerminalText.line) ?? "—"
                print("\(TerminalText.line(row.account.login))\t\(roles)\t\(name)\t\(flags.joined(separator: ", "))")
            }
        }
    }
}
