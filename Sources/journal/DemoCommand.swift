import ArgumentParser
import Foundation
import JournalModel
import JournalDemo

/// `journal demo`: a realistic demo school, the same for the same seed.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Generate a demo school (deterministic from --seed and today's date) and print its logins.",
        discussion: """
            Sizes: small (one class, 5А), school (about 600 students), large (about 1,200 students in 44 classes, \
            a full year of lessons). Today falls inside the generated term, so today's lessons exist and the edit \
            window (2 weeks) applies. A demo school is marked as one: only there may JOURNAL_NOW=YYYY-MM-DD fix the date.
            """)

    @OptionGroup var common: CommonOptions

    @Option(help: "small, school or large.")
    var size: DemoSchoolSize = .school

    @Option(help: "Seed: the same seed gives the same school.")
    var seed: UInt64 = 1

    @Flag(help: "Replace an existing database file.")
    var force = false

    @Flag(help: "Only print the logins of an existing demo database.")
    var logins = false

    @Option(help: ArgumentHelp("PBKDF2 rounds for the demo passwords (tests use fewer).", visibility: .hidden))
    var passwordRounds = PasswordHasher.recommendedRounds

    func run() throws {
        let language = common.language
        let path = common.databasePath
        if logins {
            let journal = try common.openExistingJournal()
            do { printLogins(try journal.demoLogins(), language: language) } catch { throw common.failure(error) }
            return
        }
        if FileManager.default.fileExists(atPath: path) {
            guard force else {
                throw Failure(LocalizedText(ru: "Файл \(path) уже существует. Укажите --force, чтобы заменить его.",
                                            en: "\(path) already exists. Use --force to replace it.").text(language))
            }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let started = Date()
        let summary: DemoSummary
        do {
            let journal = try common.openJournal(making: .demoSchool)
            do {
                summary = try DemoSchoolGenerator.generate(into: journal, size: size, seed: seed, passwordRounds: passwordRounds)
            } catch {
                throw common.failure(error)
            }
        } catch {
            // Generation is one transaction, so the new file holds at most the schema: remove it
            // so that the next attempt (after freeing space, say) needs no --force.
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            throw error
        }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        print(LocalizedText(
            ru: "Демо-школа создана за \(seconds) с: \(path)\nКлассов: \(summary.classes), обучающихся: \(summary.students), учителей: \(summary.teachers), уроков: \(summary.lessons), отметок: \(summary.marks), пропусков: \(summary.absences).",
            en: "Demo school made in \(seconds) s: \(path)\nClasses: \(summary.classes), students: \(summary.students), teachers: \(summary.teachers), lessons: \(summary.lessons), marks: \(summary.marks), absences: \(summary.absences).").text(language))
        printLogins(summary.logins.map { ($0.login, "\($0.role.text(language)): \($0.name)") }, language: language)
    }

    private func printLogins(_ rows: [(login: String, name: String)], language: Language) {
        print(LocalizedText(ru: "Логины (пароль у всех: \(DemoSchoolGenerator.password)):",
                            en: "Logins (password for all: \(DemoSchoolGenerator.password)):").text(language))
        for row in rows {
            print("  \(row.login.padding(toLength: 10, withPad: " ", startingAt: 0)) \(TerminalText.line(row.name))")
        }
    }
}

extension DemoSchoolSize: ExpressibleByArgument {}
