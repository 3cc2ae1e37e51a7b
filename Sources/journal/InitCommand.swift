import ArgumentParser
import Foundation
import JournalModel

/// `journal init`: a new school database with an administrator account.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new school database with an administrator account and the current school year.")

    @OptionGroup var common: CommonOptions

    @Option(help: "The administrator's login.")
    var adminLogin = "admin"

    @Option(help: "The administrator's temporary password (default: generated and printed).")
    var adminPassword: String?

    @Option(help: "The school's name.")
    var schoolName = "Школа"

    func run() throws {
        let language = common.language
        let path = common.databasePath
        if FileManager.default.fileExists(atPath: path) {
            throw Failure(LocalizedText(ru: "База уже существует: \(path). Новая не создана.",
                                        en: "A database already exists at \(path). Nothing was created.").text(language))
        }
        let journal = try common.openJournal()
        let setup = JournalActor.system("init")
        let password = adminPassword ?? PasswordHasher.temporaryPassword()
        do {
            let startYear = SchoolCalendar.startYear(containing: journal.today)
            let span = SchoolCalendar.yearSpan(startYear: startYear)
            try journal.createSchoolYear(name: SchoolCalendar.yearName(startYear: startYear), startsOn: span.startsOn,
                                         endsOn: span.endsOn, periods: SchoolCalendar.quarters(startYear: startYear), as: setup)
            try journal.setSchoolName(schoolName)
            try journal.createAccount(login: adminLogin, personID: nil, roles: [.administrator], temporaryPassword: password, as: setup)
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw Failure(error.message.text(language))
        }
        print(LocalizedText(ru: "Создана база журнала: \(path)", en: "Created the journal database: \(path)").text(language))
        print(LocalizedText(ru: "Администратор: \(adminLogin), временный пароль: \(password) (сменить при первом входе)",
                            en: "Administrator: \(adminLogin), temporary password: \(password) (change it at first login)").text(language))
    }
}
