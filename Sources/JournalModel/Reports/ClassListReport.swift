import GRDB

extension JournalSession {
    /// The class list and movement of a period [DOMAIN §6]: everyone who was in the class on some
    /// day of the period, with birth dates (for those who may read personal data), when they
    /// joined and left; then every arrival, transfer and departure of the period.
    public func classListReport(classID: String, periodID: String) throws(Refusal) -> ReportDocument {
        try read { db in
            let scope = try ClassPeriodScope.read(db, self, classID: classID, periodID: periodID)
            let showsBirthDates = ReadRules.decide(.personalData, roles: actor.roles,
                                                   facts: ReadFacts(isClassTeacher: isClassTeacher(of: scope.schoolClass))) == nil
            let enrollments = try Enrollment.fetchAll(db, sql: """
                SELECT * FROM enrollment WHERE class_id = ? AND state = 'active' ORDER BY starts_on
                """, arguments: [classID])
            let joined = Dictionary(enrollments.map { ($0.studentID, $0.startsOn) }, uniquingKeysWith: { first, _ in first })
            let movements = try Movement.fetchAll(db, sql: """
                SELECT * FROM movement WHERE state = 'active' AND on_date BETWEEN ? AND ? AND (from_class_id = ? OR to_class_id = ?)
                ORDER BY on_date, id
                """, arguments: [scope.period.startsOn, scope.period.endsOn, classID, classID])
            let titles = Dictionary(uniqueKeysWithValues: try SchoolClass.fetchAll(db, sql: "SELECT * FROM school_class WHERE year_id = ?",
                                                                                   arguments: [scope.schoolClass.yearID]).map { ($0.id, $0.title) })
            let names = Dictionary(uniqueKeysWithValues: try Person.fetchAll(db, keys: Set(movements.map(\.studentID))).map { ($0.id, $0.fullName) })
            return ReportDocument(
                title: LocalizedText(ru: "Список класса и движение обучающихся", en: "Class list and movement of students"),
                parameters: scope.parameters + [ReportParameter(LocalizedText(ru: "Учеников на конец периода", en: "Students at the period's end"),
                                                                String(scope.students.filter { $0.leftOn == nil }.count))],
                tables: [Self.studentsTable(scope, joined: joined, birthDates: showsBirthDates),
                         ReportTable(heading: LocalizedText(ru: "Движение за период", en: "Movement in the period").russian,
                                     columns: [ReportColumn(LocalizedText(ru: "Дата", en: "Date"), width: 10),
                                               ReportColumn(LocalizedText(ru: "Обучающийся", en: "Student"), width: 28),
                                               ReportColumn(LocalizedText(ru: "Движение", en: "Movement"), width: 40)],
                                     rows: movements.map { movement in
                                         [.date(movement.onDate), .text(names[movement.studentID] ?? "?"),
                                          .text(movement.text { titles[$0] }.russian)]
                                     })],
                notes: showsBirthDates ? [] : [LocalizedText(ru: "Даты рождения в этом отчёте не показаны: это персональные данные.",
                                                             en: "Birth dates are not shown here: they are personal data.")],
                stamp: try reportStamp(db))
        }
    }

    private static func studentsTable(_ scope: ClassPeriodScope, joined: [String: SchoolDate], birthDates: Bool) -> ReportTable {
        let columns = [ReportColumn(LocalizedText(ru: "№", en: "No."), width: 3, frozen: true),
                       ReportColumn(LocalizedText(ru: "Обучающийся", en: "Student"), width: 28, frozen: true)]
            + (birthDates ? [ReportColumn(LocalizedText(ru: "Дата рождения", en: "Born"), width: 10)] : [])
            + [ReportColumn(LocalizedText(ru: "В классе с", en: "In the class since"), width: 10),
               ReportColumn(LocalizedText(ru: "Выбыл(а)", en: "Left"), width: 10)]
        let rows = scope.students.enumerated().map { index, student -> [ReportCell] in
            let born: [ReportCell] = birthDates ? [student.person.birthDate.map(ReportCell.date) ?? .empty] : []
            return [.integer(index + 1), .text(student.person.fullName)] + born
                + [joined[student.person.id].map(ReportCell.date) ?? .empty, student.leftOn.map(ReportCell.date) ?? .empty]
        }
        return ReportTable(columns: columns, rows: rows)
    }
}
