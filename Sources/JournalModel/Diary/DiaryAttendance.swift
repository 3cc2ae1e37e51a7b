import GRDB

/// A student's absences over a period, by subject and by code, as the diary shows them.
public struct DiaryAttendance: Sendable {
    /// One subject's line.
    public struct Line: Sendable, Equatable {
        public let subjectName: String
        /// Lessons held so far (up to today) that the student was to attend.
        public let lessons: Int
        /// Lessons with an attendance code, by code (lates among them: see `DiaryAttendance.codes`).
        public let missed: [String: Int]
        /// The codes that are lates (ОП), not absences.
        let lateCodes: Set<String>

        /// The lessons missed: every code but lates.
        public var missedTotal: Int { missed.filter { !lateCodes.contains($0.key) }.values.reduce(0, +) }
    }

    public let pupil: DiaryPupil
    public let period: Period
    /// The codes that occur, in the settings' order (Н, Б, У, П, ОП…).
    public let codes: [AttendanceCode]
    /// A line per subject the student had lessons in, alphabetically.
    public let lines: [Line]
    /// School days with at least one lesson missed (lates do not count).
    public let daysMissed: Int

    /// The lessons missed over all subjects (lates not counted).
    public var missedTotal: Int { lines.reduce(0) { $0 + $1.missedTotal } }

    /// The lessons with each code over all subjects.
    public var totals: [String: Int] {
        lines.reduce(into: [:]) { result, line in for (code, count) in line.missed { result[code, default: 0] += count } }
    }
}

extension JournalSession {
    /// A student's attendance for a period, when this account may read the diary.
    public func diaryAttendance(studentID: String, periodID: String) throws(Refusal) -> DiaryAttendance {
        try read { db in
            let period = try Period.require(db, periodID)
            let pupil = try readableDiaryPupil(db, studentID: studentID, on: period.clamped(today))
            let scope = try DiaryScope.load(db, studentID: studentID, from: period.startsOn, to: period.endsOn)
            let lessons = try scope.recordedLessons(db, from: period.startsOn, to: min(period.endsOn, today)).filter(\.held)
            var codes: [String: String] = [:]
            for row in try Row.fetchAll(db.cachedStatement(sql: """
                SELECT attendance.lesson_id, attendance.code FROM attendance JOIN lesson ON lesson.id = attendance.lesson_id
                WHERE attendance.student_id = ? AND attendance.state = 'active' AND lesson.on_date >= ? AND lesson.on_date <= ?
                """), arguments: [studentID, period.startsOn, period.endsOn]) {
                codes[row["lesson_id"]] = row["code"]
            }
            let subjects = try Subject.byID(db, keys: Set(lessons.map(\.subjectID)))
            let settings = try JournalSettings.load(db)
            let lates = Set(settings.attendanceCodes.filter(\.isLate).map(\.code))
            let lines = Dictionary(grouping: lessons, by: \.subjectID).map { subjectID, lessons in
                DiaryAttendance.Line(subjectName: subjects[subjectID]?.name ?? "", lessons: lessons.count,
                                     missed: lessons.compactMap { codes[$0.id] }.reduce(into: [:]) { $0[$1, default: 0] += 1 }, lateCodes: lates)
            }
            let used = Set(codes.values)
            let absent = lessons.filter { codes[$0.id].map { !lates.contains($0) } ?? false }
            return DiaryAttendance(
                pupil: pupil, period: period, codes: settings.attendanceCodes.filter { used.contains($0.code) },
                lines: RussianCollation.sorted(lines, by: \.subjectName), daysMissed: Set(absent.map(\.onDate)).count)
        }
    }
}
