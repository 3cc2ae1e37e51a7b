import GRDB

/// `периоды`: the reporting periods of a school year (name, start, end): four are quarters, three
/// trimesters, two halves; the year runs from the first one's start to the last one's end and
/// gets its year-long period. A year the journal has already is matched by its dates; its open
/// periods' names and dates may change, a closed period's may not.
enum PeriodsImport {
    private struct Row {
        let line: ImportTable.Row
        let name: String
        let startsOn: SchoolDate
        let endsOn: SchoolDate
    }

    static func plan(_ file: ImportFile, _ db: Database) throws -> ImportPlan {
        var plan = ImportPlan()
        var rows: [Row] = []
        for row in file.rows {
            let name = file.cell(row, .period)
            guard !name.isEmpty else {
                plan.problems.append(file.problem(row, .period, LocalizedText(ru: "нужно название периода («1 четверть»).",
                                                                              en: "a period's name is needed (\"1st quarter\").")))
                continue
            }
            let start = required(file, row, .startsOn, &plan)
            let end = required(file, row, .endsOn, &plan)
            guard let start, let end else { continue }
            guard start <= end else {
                plan.problems.append(file.problem(row, .endsOn, LocalizedText(ru: "конец раньше начала (\(start.russianText)).",
                                                                              en: "the end is before the start (\(start.russianText)).")))
                continue
            }
            rows.append(Row(line: row, name: name, startsOn: start, endsOn: end))
        }
        rows.sort { $0.startsOn < $1.startsOn }
        for (earlier, later) in zip(rows, rows.dropFirst()) where later.startsOn <= earlier.endsOn {
            plan.problems.append(file.problem(later.line, .startsOn, LocalizedText(
                ru: "период пересекается с «\(earlier.name)» (строка \(earlier.line.line)).",
                en: "the period overlaps \"\(earlier.name)\" (line \(earlier.line.line)).")))
        }
        let kinds: [Int: PeriodKind] = [4: .quarter, 3: .trimester, 2: .half]
        guard plan.problems.isEmpty, let first = rows.first, let last = rows.last else { return plan }
        guard let kind = kinds[rows.count] else {
            plan.problems.append(ImportProblem(file: file.name, line: nil, expected: LocalizedText(
                ru: "периодов \(rows.count): нужно 4 четверти, 3 триместра или 2 полугодия.",
                en: "\(rows.count) periods: 4 quarters, 3 trimesters or 2 halves are needed.")))
            return plan
        }
        let years = try SchoolYear.fetchAll(db, sql: """
            SELECT * FROM school_year WHERE state = 'active' AND starts_on <= ? AND ends_on >= ?
            """, arguments: [last.endsOn, first.startsOn])
        guard let year = years.first else {
            let plans = rows.enumerated().map { PeriodPlan(kind: kind, number: $0.offset + 1, name: $0.element.name,
                                                           startsOn: $0.element.startsOn, endsOn: $0.element.endsOn) }
            let name = "\(first.startsOn.year)/\(last.endsOn.year)"
            plan.added = [LocalizedText(ru: "учебный год \(name)", en: "the school year \(name)")] + rows.map { LocalizedText(verbatim: $0.name) }
            plan.writes.append { _ = try $0.createSchoolYear(name: name, startsOn: first.startsOn, endsOn: last.endsOn, periods: plans) }
            return plan
        }
        guard year.startsOn == first.startsOn, year.endsOn == last.endsOn else {
            plan.problems.append(ImportProblem(file: file.name, line: nil, expected: LocalizedText(
                ru: "в журнале уже есть учебный год \(year.startsOn.russianText)–\(year.endsOn.russianText), он пересекается с периодами файла.",
                en: "the journal has the school year \(year.startsOn.russianText)–\(year.endsOn.russianText), which overlaps the file's periods.")))
            return plan
        }
        let periods = try Period.fetchAll(db, sql: """
            SELECT * FROM period WHERE year_id = ? AND kind <> 'year' AND state = 'active' ORDER BY starts_on
            """, arguments: [year.id])
        guard periods.count == rows.count, periods.first?.kind == kind else {
            plan.problems.append(ImportProblem(file: file.name, line: nil, expected: LocalizedText(
                ru: "в журнале в этом году \(periods.count) периодов другого вида: их число не меняется импортом.",
                en: "the journal's year has \(periods.count) periods of another kind: an import does not change their number.")))
            return plan
        }
        for (period, row) in zip(periods, rows) {
            let changes: [(String, String, DatabaseValueConvertible)] = [
                ("name", row.name, row.name), ("starts_on", row.startsOn.russianText, row.startsOn), ("ends_on", row.endsOn.russianText, row.endsOn),
            ].filter { field, _, _ in
                switch field {
                case "name": period.name != row.name
                case "starts_on": period.startsOn != row.startsOn
                default: period.endsOn != row.endsOn
                }
            }
            guard !changes.isEmpty else {
                plan.matched(period.name, changes: [])
                continue
            }
            if period.closed {
                plan.problems.append(file.problem(row.line, nil, LocalizedText(ru: "период «\(period.name)» закрыт: его не изменить.",
                                                                              en: "the period \"\(period.name)\" is closed: it cannot change.")))
                continue
            }
            plan.matched(period.name, changes: changes.map { LocalizedText(verbatim: $0.1) })
            for (field, _, value) in changes {
                plan.writes.append { _ = try $0.writer.update(table: Period.databaseTableName, id: period.id, field: field, to: value) }
            }
        }
        return plan
    }

    private static func required(_ file: ImportFile, _ row: ImportTable.Row, _ column: ImportColumn, _ plan: inout ImportPlan) -> SchoolDate? {
        switch file.optionalDate(row, column) {
        case .success(let date?): return date
        case .success(nil):
            plan.problems.append(file.problem(row, column, LocalizedText(ru: "нужна дата в виде ДД.ММ.ГГГГ.", en: "a date is needed, as DD.MM.YYYY.")))
        case .failure(let problem): plan.problems.append(problem)
        }
        return nil
    }
}
