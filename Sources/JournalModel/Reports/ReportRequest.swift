import Foundation
import GRDB

/// The reports the journal makes, by the names `journal report NAME` takes.
public enum ReportKind: String, Sendable, CaseIterable {
    case marks
    case classList = "class-list"

    /// The report's name for people.
    public var title: LocalizedText {
        switch self {
        case .marks: LocalizedText(ru: "Сводная ведомость учёта успеваемости", en: "Summary of period marks")
        case .classList: LocalizedText(ru: "Список класса и движение обучающихся", en: "Class list and movement of students")
        }
    }

    /// The parameters it takes, as `journal report --list` names them.
    public var parameters: String { "--class КЛАСС --period N|год" }
}

/// A report asked for the way people name things: the class as `5А`, the period by its number
/// in the school year (or «год» for the year). The model finds what they name.
public struct ReportRequest: Sendable, Equatable {
    public var kind: ReportKind
    public var classTitle: String
    /// `2`, or `год` / `year`; empty for the current period.
    public var period: String

    public init(kind: ReportKind, classTitle: String, period: String = "") {
        self.kind = kind
        self.classTitle = classTitle
        self.period = period
    }
}

extension JournalSession {
    /// Makes the report `request` names, as this session may read it; a class or period that
    /// does not exist is refused with what was typed.
    public func makeReport(_ request: ReportRequest) throws(Refusal) -> ReportDocument {
        let (classID, periodID) = try read { db in
            guard let yearID = try SchoolYear.id(containing: today, db) else { throw Self.noClass(request.classTitle) }
            let classes = try SchoolClass.fetchAll(db, sql: "SELECT * FROM school_class WHERE year_id = ? AND state = 'active'", arguments: [yearID])
            guard let schoolClass = classes.named(request.classTitle) else { throw Self.noClass(request.classTitle) }
            return (schoolClass.id, try reportPeriod(request.period, among: Period.ofYear(yearID, db)).id)
        }
        switch request.kind {
        case .marks: return try marksSummaryReport(classID: classID, periodID: periodID)
        case .classList: return try classListReport(classID: classID, periodID: periodID)
        }
    }

    private static func noClass(_ typed: String) -> Refusal {
        Refusal.notFound(LocalizedText(ru: "Класса «\(typed)» нет в этом учебном году.", en: "There is no class \"\(typed)\" this school year."))
    }

    /// The period typed: its number among the year's terms, «год» / `year`, or the current one when empty.
    private func reportPeriod(_ typed: String, among periods: [Period]) throws(Refusal) -> Period {
        let text = typed.trimmingCharacters(in: .whitespaces).lowercased()
        let found: Period? = switch text {
        case "": Period.defaultPeriod(among: periods, on: today)
        case "год", "year": periods.first { $0.kind == .year }
        default: Int(text).flatMap { number in periods.first { $0.kind != .year && $0.number == number } }
        }
        guard let found else {
            let known = periods.filter { $0.kind != .year }.map { "\($0.number) — \($0.name)" }.joined(separator: ", ")
            throw Refusal.notFound(LocalizedText(ru: "Периода «\(typed)» нет; есть: \(known), год.",
                                                 en: "There is no period \"\(typed)\"; there are: \(known), year."))
        }
        return found
    }
}

extension JournalSession {
    /// Nil when this account may make class reports (the school's management, a class teacher):
    /// the reports menu is offered; else the refusal that explains why not.
    public var reportsRefusal: Refusal? {
        let classTeacher = (try? read { db in try !ownClasses(db).isEmpty }) ?? false
        return ReadRules.decide(.classReport, roles: actor.roles, facts: ReadFacts(isClassTeacher: classTeacher))
    }

    /// The class a report form starts with: the class teacher's own class this year, else none.
    public var ownClassTitle: String? {
        try? read { db in
            let yearID = try SchoolYear.id(containing: today, db)
            return try ownClasses(db).first { $0.yearID == yearID }?.title
        }
    }
}
