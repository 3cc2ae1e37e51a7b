import ArgumentParser
import Foundation
import JournalModel

/// `journal import ktp`: files teachers bring from Excel, imported as the logged-in person.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import files, as --login LOGIN: the school's periods, subjects, staff, students, parents, workload, bells and timetable, or a teacher's ktp (a calendar-thematic plan).",
        discussion: """
            The school's files are Excel workbooks (.xlsx, the first sheet) or CSV, with a header row (title rows above it are skipped; columns in any \
            order, found by their Russian or English headers; unknown columns are listed and skipped). Import them in this \
            order: periods, subjects, staff, students, parents, workload, bells, timetable (`import school DIR` does). A file with any bad row imports nothing and every problem is listed; \
            importing the same file again changes nothing; a changed file updates what it matches and lists, without \
            removing them, the records that are no longer in it.
            """,
        subcommands: [School.self, Periods.self, Subjects.self, Staff.self, Students.self, Parents.self, Workload.self, Bells.self, Timetable.self, Ktp.self])

    struct Ktp: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ktp",
            abstract: "Import a calendar-thematic plan (КТП) for a subject in a grade from a CSV file saved from Excel.",
            discussion: """
                Columns: number, topic, hours (a header row such as «№;Тема урока;Кол-во часов» may name them in another \
                order; other columns are ignored). UTF-8 with or without BOM, or Windows-1251; comma or semicolon \
                separated. A file with any bad row imports nothing; importing again replaces the plan (the old one stays \
                in the operation log). The administrator may import any plan, a teacher those of the subjects they teach.
                """)

        @OptionGroup var common: CommonOptions
        @OptionGroup var who: LoginOptions

        @Argument(help: "The CSV file.")
        var file: String

        @Option(help: "The subject's name or short name, as in the journal.")
        var subject: String

        @Option(help: "The parallel (grade), 1–11.")
        var grade: Int

        func run() throws {
            let language = common.language
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw Failure(LocalizedText(ru: "Не удаётся прочитать файл \(TerminalText.line(file)).",
                                            en: "Cannot read the file \(TerminalText.line(file)).").text(language))
            }
            let session = try who.session(on: common.openExistingJournal(), language: language)
            let imported: PlanImport
            do throws(Refusal) {
                guard let found = try session.subject(named: subject) else {
                    throw Refusal.notFound(LocalizedText(
                        ru: "Предмет «\(TerminalText.line(subject))» не найден (или название подходит к нескольким).",
                        en: "No single subject is called \"\(TerminalText.line(subject))\"."))
                }
                imported = try session.importPlan(data, subjectID: found.id, grade: grade)
            } catch {
                throw common.failure(error)
            }
            let replaced = imported.replacedTopics
            print(LocalizedText(
                ru: "Импортировано тем: \(imported.topics.count), часов: \(imported.totalHours) — \(imported.subject.name), параллель \(grade)."
                    + (replaced > 0 ? " Прежний план (тем: \(replaced)) заменён." : ""),
                en: "Imported \(imported.topics.count) topics, \(imported.totalHours) hours: \(imported.subject.name), grade \(grade)."
                    + (replaced > 0 ? " The previous plan (\(replaced) topics) was replaced." : "")).text(language))
        }
    }
}
