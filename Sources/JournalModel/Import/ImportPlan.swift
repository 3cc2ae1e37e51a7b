import GRDB

/// A file's rows under its header, with what is needed to report on them.
struct ImportFile {
    let name: String
    let header: ImportHeader
    let rows: [ImportTable.Row]
    /// Whether the people it adds get accounts (`ImportAccounts`).
    let issuesAccounts: Bool

    /// A row's cell in a column, trimmed; empty when the file has no such column.
    func cell(_ row: ImportTable.Row, _ column: ImportColumn) -> String { row.cell(header.columns[column]) }

    /// Whether the file has the column at all.
    func has(_ column: ImportColumn) -> Bool { header.columns[column] != nil }

    /// A problem in a row's column.
    func problem(_ row: ImportTable.Row, _ column: ImportColumn?, _ expected: LocalizedText) -> ImportProblem {
        ImportProblem(file: name, line: row.line, column: column.flatMap { header.titles[$0] },
                      value: column.map { cell(row, $0) }, expected: expected)
    }

    /// A person's name from `ФИО`, or from `Фамилия`, `Имя`, `Отчество`; a problem when it is incomplete.
    func personName(_ row: ImportTable.Row) -> Result<(last: String, first: String, patronymic: String), ImportProblem> {
        if has(.fullName) {
            guard let name = ImportValues.fullName(cell(row, .fullName)) else {
                return .failure(problem(row, .fullName, LocalizedText(ru: "нужны фамилия и имя (и отчество, если есть).",
                                                                      en: "a last and a first name are needed (and a patronymic if any).")))
            }
            return .success(name)
        }
        let (last, first) = (cell(row, .lastName), cell(row, .firstName))
        guard !last.isEmpty else { return .failure(problem(row, .lastName, LocalizedText(ru: "нужна фамилия.", en: "a last name is needed."))) }
        guard !first.isEmpty else { return .failure(problem(row, .firstName, LocalizedText(ru: "нужно имя.", en: "a first name is needed."))) }
        return .success((last, first, cell(row, .patronymic)))
    }

    /// An optional date column: nil when blank, a problem when it is not a date.
    func optionalDate(_ row: ImportTable.Row, _ column: ImportColumn) -> Result<SchoolDate?, ImportProblem> {
        let text = cell(row, column)
        if text.isEmpty { return .success(nil) }
        guard let date = ImportValues.date(text) else {
            return .failure(problem(row, column, LocalizedText(ru: "нужна дата в виде ДД.ММ.ГГГГ.", en: "a date is needed, as DD.MM.YYYY.")))
        }
        return .success(date)
    }
}

/// What an import would do: the writes, described for the report, and what it found wrong.
struct ImportPlan {
    var added: [LocalizedText] = []
    var changed: [LocalizedText] = []
    var unchanged = 0
    var missing: [LocalizedText] = []
    var notes: [LocalizedText] = []
    var problems: [ImportProblem] = []
    /// The accounts made, with their temporary passwords.
    var accounts: [ImportedAccount] = []
    /// People who would have got an account had accounts been asked for.
    var accountsNotMade = 0
    /// The writes, in order, each through the audited path of the transaction.
    var writes: [(JournalTransaction) throws -> Void] = []

    /// Counts a record the file matched: unchanged, or changed as described («Иванов Пётр: телефон …»).
    mutating func matched(_ name: String, changes: [LocalizedText]) {
        matched(LocalizedText(verbatim: name), changes: changes)
    }

    /// `matched(_:changes:)` for a record named differently in each language («урок 2», "lesson 2").
    mutating func matched(_ name: LocalizedText, changes: [LocalizedText]) {
        guard !changes.isEmpty else {
            unchanged += 1
            return
        }
        changed.append(LocalizedText(ru: "\(name.russian): " + changes.map(\.russian).joined(separator: ", "),
                                     en: "\(name.english): " + changes.map(\.english).joined(separator: ", ")))
    }
}

/// What an import found and did: records added and changed (each logged), how many were already as
/// the file has them, and what the journal has that the file does not (listed, never removed).
public struct ImportReport: Sendable, Equatable {
    public let kind: ImportKind
    public let file: String
    public let added: [LocalizedText]
    public let changed: [LocalizedText]
    public let unchanged: Int
    public let missing: [LocalizedText]
    /// What the file asks for that is done on a screen instead (a student in another class: a transfer).
    public let notes: [LocalizedText]
    /// Headers of columns the journal does not read.
    public let unknownColumns: [String]
    /// The accounts made for the people of the file, with their temporary passwords.
    public let accounts: [ImportedAccount]
    /// People left without an account because none were asked for (or in a dry run).
    public let accountsNotMade: Int
    /// False for a dry run: nothing was written.
    public let written: Bool
}

extension JournalSession {
    /// Imports one of the school's files as this account (the administrator; bells and the
    /// timetable the deputy director too): every row checked
    /// first, then everything written in one transaction with its log entries, or nothing when any
    /// row is wrong (`Refusal.badSchoolFile` lists every problem). A dry run reports the same and writes nothing.
    /// With `issuingAccounts`, the people added (and those matched without one) get accounts.
    public func importSchoolFile(_ kind: ImportKind, _ table: ImportTable, dryRun: Bool = false,
                                 issuingAccounts: Bool = false) throws(Refusal) -> ImportReport {
        if case let .failure(refusal) = PermissionRules.decide(kind.change, roles: actor.roles, facts: PermissionFacts()) { throw refusal }
        let header = try ImportHeader.find(in: table, required: kind.required)
        let file = ImportFile(name: table.fileName, header: header, rows: header.dataRows(of: table), issuesAccounts: issuingAccounts && !dryRun)
        guard !file.rows.isEmpty else {
            throw .badSchoolFile([ImportProblem(file: table.fileName, line: header.line, expected: LocalizedText(
                ru: "после строки заголовков нет ни одной строки с данными.", en: "no rows of data follow the header row."))])
        }
        func report(_ plan: ImportPlan, written: Bool) throws -> ImportReport {
            if !plan.problems.isEmpty { throw Refusal.badSchoolFile(plan.problems) }
            return ImportReport(kind: kind, file: table.fileName, added: plan.added, changed: plan.changed, unchanged: plan.unchanged,
                                missing: plan.missing, notes: plan.notes, unknownColumns: header.unknown, accounts: plan.accounts,
                                accountsNotMade: plan.accountsNotMade, written: written)
        }
        let today = today
        if dryRun {
            return try read { db in try report(kind.plan(file, db, today: today), written: false) }
        }
        return try perform { transaction in
            try transaction.require(kind.change)
            let plan = try kind.plan(file, transaction.db, today: today)
            let result = try report(plan, written: true)
            for write in plan.writes { try write(transaction) }
            return result
        }
    }
}
