import ArgumentParser
import Foundation
import JournalModel

/// `journal export school DIR`: the school as the files `journal import school` reads.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the school, as --login LOGIN (the administrator).",
        subcommands: [School.self])

    struct School: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the school's files (периоды, предметы, сотрудники, ученики, родители, нагрузка, звонки, расписание) as CSV to a folder.",
            discussion: """
                The same files and headers as `journal template`, of the current school year as it stands today; `journal import \
                school DIR` into an empty journal gives the same school. The files hold personal data: they are made readable by \
                their owner only, and existing files are never overwritten. Not exported: marks, attendance and lessons (the \
                journal itself), who belongs to which group, accounts.
                """)

        @OptionGroup var common: CommonOptions
        @OptionGroup var who: LoginOptions

        @Argument(help: "The folder (made if missing).")
        var directory: String

        func run() throws {
            let language = common.language
            let session = try who.session(on: common.openExistingJournal(), language: language)
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw Failure(LocalizedText(ru: "Не удаётся создать папку \(TerminalText.line(directory)).",
                                            en: "Cannot create the folder \(TerminalText.line(directory)).").text(language))
            }
            do {
                let written = try session.exportSchool().write(to: directory)
                print(LocalizedText(ru: "Файлов записано: \(written.count), в \(TerminalText.line(directory)).",
                                    en: "Files written: \(written.count), in \(TerminalText.line(directory)).").text(language))
            } catch {
                throw common.failure(error)
            }
        }
    }
}
