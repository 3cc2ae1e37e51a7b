import GRDB

extension JournalSession {
    /// The сводная ведомость учёта успеваемости of a class for a period [DOMAIN §6]: students ×
    /// subjects with the period marks the teachers set (year marks for the year), each student's
    /// average of them, and per subject the count of each mark, успеваемость and качество.
    /// Management and the class teacher of the class may make it.
    public func marksSummaryReport(classID: String, periodID: String) throws(Refusal) -> ReportDocument {
        try read { db in
            let scope = try ClassPeriodScope.read(db, self, classID: classID, periodID: periodID)
            let kind: FinalMarkKind = scope.period.kind == .year ? .year : .period
            var marks: [String: [String: String]] = [:]  // student → subject → mark
            // Only the class's students' marks: the school's whole period would be read otherwise.
            let students = scope.students.map(\.person.id)
            for mark in try FinalMark.filter(students.contains(Column("student_id")) && Column("period_id") == periodID
                                             && Column("kind") == kind && Column("state") == RecordState.active).fetchAll(db) {
                marks[mark.studentID, default: [:]][mark.subjectID] = mark.value
            }
            return ReportDocument(
                title: LocalizedText(ru: "Сводная ведомость учёта успеваемости", en: "Summary of period marks"),
                parameters: scope.parameters, tables: [MarksSummaryTable(scope: scope, marks: marks).table],
                notes: MarksSummaryTable.notes(scope), stamp: try reportStamp(db))
        }
    }
}

/// The ведомость's one table, built from the marks read.
struct MarksSummaryTable {
    var scope: ClassPeriodScope
    var marks: [String: [String: String]]

    /// The rows by student, then the totals by subject.
    var table: ReportTable {
        let subjects = scope.subjects
        let columns = [ReportColumn(LocalizedText(ru: "№", en: "No."), width: 3, frozen: true),
                       ReportColumn(LocalizedText(ru: "Обучающийся", en: "Student"), width: 28, frozen: true)]
            + subjects.map { ReportColumn(LocalizedText(verbatim: $0.shortName), group: LocalizedText(ru: "Предметы", en: "Subjects"), width: 5) }
            + [ReportColumn(LocalizedText(ru: "Ср. балл", en: "Average"), width: 6)]
        let rows = scope.students.enumerated().map { index, student -> [ReportCell] in
            let own = marks[student.person.id] ?? [:]
            let points = subjects.compactMap { own[$0.id].flatMap(MarkValue.points) }
            let average = points.isEmpty ? ReportCell.empty : .decimal(Double(points.reduce(0, +)) / Double(points.count), decimals: 2)
            return [.integer(index + 1), .text(ClassPeriodScope.listedName(student))]
                + subjects.map { own[$0.id].map(ReportCell.text) ?? .empty } + [average]
        }
        let shares = subjects.map { subject in
            MarkShares(scope.students.map { marks[$0.person.id]?[subject.id] }, scale: subject.scale)
        }
        let counted = ["5", "4", "3", "2", MarkValue.notAssessed].map { mark in
            total("«\(mark)»", shares.map { ReportCell.integer($0.count(mark)) })
        }
        let percents = [total("Успеваемость, %", shares.map { $0.success.map { ReportCell.decimal($0, decimals: 1) } ?? .empty }),
                        total("Качество, %", shares.map { $0.quality.map { ReportCell.decimal($0, decimals: 1) } ?? .empty })]
        return ReportTable(columns: columns, rows: rows, totals: counted + percents)
    }

    private func total(_ label: String, _ cells: [ReportCell]) -> [ReportCell] {
        [.empty, .text(label)] + cells + [.empty]
    }

    /// What the abbreviations stand for, and why the table is empty when it is.
    static func notes(_ scope: ClassPeriodScope) -> [LocalizedText] {
        var notes = [LocalizedText(verbatim: scope.subjects.map { "\($0.shortName) — \($0.name)" }.joined(separator: "; "))]
        if scope.students.isEmpty {
            notes.append(LocalizedText(ru: "В классе в этом периоде не было учеников.", en: "The class had no students in this period."))
        }
        notes.append(LocalizedText(ru: "Успеваемость — доля учеников с отметкой «3» и выше (или «зач») среди получивших отметку; качество — доля «4» и «5».",
                                   en: "Success: the share of students marked 3 or higher (or pass) among those marked; quality: the share of 4 and 5."))
        return notes
    }
}
