import ArgumentParser
import Foundation
import JournalModel

/// `journal init`: a new school database with an administrator account.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new school database with an administrator account and the current school year.",
        discussion: "The administrator's temporary password is made by the journal and printed once; it must be changed at the first login.")

    @OptionGroup var common: CommonOptions

    @Option(help: "The administrator's login.")
    var adminLogin = "admin"

    @Option(name: .customLong("admin-password"), help: ArgumentHelp("Refused: passwords are not taken from the command line.", visibility: .hidden))
    var adminPassword: String?

    @Option(help: "The school's name.")
    var schoolName = "Школа"

    func run() throws {
        let language = common.language
        try LoginOptions.refusePasswordArgument(adminPassword, language: language)
        let path = common.databasePath
        if FileManager.default.fileExists(atPath: path) {
            throw Failure(LocalizedText(ru: "База уже существует: \(path). Новая не создана.",
                                        en: "A database already exists at \(path). Nothing was created.").text(language))
        }
        let issued: IssuedCredentials
        do {
            issued = try common.openJournal(making: .existingSchool).setUpSchool(name: schoolName, administratorLogin: adminLogin)
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            throw (error as? Refusal).map(common.failure) ?? error
        }
        print(LocalizedText(ru: "Создана база журнала: \(path)", en: "Created the journal database: \(path)").text(language))
        print(LocalizedText(
            ru: "Администратор: \(issued.account.login), временный пароль: \(issued.temporaryPassword) (сменить при первом входе)",
            en: "Administrator: \(issued.account.login), temporary password: \(issued.temporaryPassword) (change it at first login)").text(language))
    }
}
