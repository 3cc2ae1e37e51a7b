import GRDB

/// The kinds of file a school sets the journal up from, in the order they depend on each other
/// (the year's periods before the people, classes named by staff and students alike).
public enum ImportKind: String, Sendable, CaseIterable {
    case periods, subjects, staff, students, parents, workload, bells, timetable

    /// The file's name in Russian, as `journal import school DIR` finds it (`ученики.csv`).
    public var russianName: String {
        switch self {
        case .periods: "периоды"
        case .subjects: "предметы"
        case .staff: "сотрудники"
        case .students: "ученики"
        case .parents: "родители"
        case .workload: "нагрузка"
        case .bells: "звонки"
        case .timetable: "расписание"
        }
    }

    /// The columns a file of this kind must have: any one of the alternatives.
    var required: [[ImportColumn]] {
        switch self {
        case .periods: [[.period, .startsOn, .endsOn]]
        case .subjects: [[.subject]]
        case .staff: [[.fullName], [.lastName, .firstName]]
        case .students: [[.fullName, .className], [.lastName, .firstName, .className]]
        case .parents: [[.fullName, .child, .className], [.lastName, .firstName, .child, .className]]
        case .workload: [[.teacher, .subject, .className]]
        case .bells: [[.slot, .startsOn, .endsOn]]
        case .timetable: [[.weekday, .slot, .className, .subject, .teacher]]
        }
    }

    /// What the import changes, for the permission rules: the deputy director may import bells
    /// and the timetable, the rest is the administrator's.
    var change: ChangeKind {
        switch self {
        case .bells, .timetable: .timetable
        case .periods, .subjects, .staff, .students, .parents, .workload: .schoolStructure
        }
    }

    /// Plans the import of the file's rows against the journal as it is.
    func plan(_ file: ImportFile, _ db: Database, today: SchoolDate) throws -> ImportPlan {
        switch self {
        case .periods: try PeriodsImport.plan(file, db)
        case .subjects: try SubjectsImport.plan(file, db)
        case .staff: try StaffImport.plan(file, db, today: today)
        case .students: try StudentsImport.plan(file, db, today: today)
        case .parents: try ParentsImport.plan(file, db, today: today)
        case .workload: try WorkloadImport.plan(file, db, today: today)
        case .bells: try BellsImport.plan(file, db)
        case .timetable: try TimetableImport.plan(file, db, today: today)
        }
    }
}
