import GRDB

extension JournalSession {
    /// Records a student's attendance code at a lesson, or clears it with `nil` (the student was present).
    ///
    /// With `expecting`, refuses if the cell no longer holds the code the user saw.
    @discardableResult
    public func setAttendance(
        lessonID: String, studentID: String, code: String?, expecting: String?? = .none
    ) throws(Refusal) -> Attendance? {
        try perform { transaction in
            try transaction.setAttendance(lessonID: lessonID, studentID: studentID, code: code, expecting: expecting)
        }
    }

    /// "Everyone present" (все присутствуют): records that the register was taken at the lesson.
    ///
    /// Students without a code are present; codes already recorded stay as they are, since a
    /// teacher who marked two absences and then says "the rest are here" expects to keep them,
    /// and a reason set by the class teacher must not vanish. Clearing a code set by mistake is a
    /// separate, confirmed `setAttendance(code: nil)`. Returns the codes that remain, for the
    /// screen to show or offer to clear. Saying it again writes nothing.
    @discardableResult
    public func markAllPresent(lessonID: String) throws(Refusal) -> [Attendance] {
        try perform { transaction in
            let context = try LessonContext.load(transaction, lessonID: lessonID)
            try transaction.requireEditable(.attendance, context)
            try transaction.writer.update(table: Lesson.databaseTableName, id: lessonID, field: "attendance_taken", to: true)
            return try Attendance
                .filter(Column("lesson_id") == lessonID && Column("state") == RecordState.active)
                .order(Column("id"))
                .fetchAll(transaction.db)
        }
    }

    /// Sets the reason of a recorded absence (Н → Б, У, П). The class teacher may do this for the
    /// own class; the lesson's teacher may change the code freely.
    @discardableResult
    public func changeAbsenceReason(attendanceID: String, to code: String) throws(Refusal) -> Attendance {
        try perform { transaction in
            var record = try Attendance.require(transaction.db, attendanceID)
            let context = try LessonContext.load(transaction, lessonID: record.lessonID)
            let grant = try transaction.requireEditable(.attendanceReason, context)
            let newCode = try transaction.validAttendanceCode(code)
            if grant == .classTeacher {
                let oldCode = try transaction.settings().attendanceCode(record.code)
                if oldCode?.isLate ?? true || newCode.isLate { throw Refusal.reasonChangeOnly }
            }
            try transaction.writer.update(table: Attendance.databaseTableName, id: attendanceID, field: "code", to: newCode.code)
            record.code = newCode.code
            return record
        }
    }
}

extension JournalTransaction {
    /// `JournalSession.setAttendance` inside this transaction.
    func setAttendance(lessonID: String, studentID: String, code: String?, expecting: String??) throws -> Attendance? {
        let context = try LessonContext.load(self, lessonID: lessonID)
        try requireEditable(.attendance, context)
        try requireAttends(studentID: studentID, context)
        let existing = try Attendance.fetchOne(db.cachedStatement(sql: """
            SELECT * FROM attendance WHERE lesson_id = ? AND student_id = ? AND state = 'active'
            """), arguments: [lessonID, studentID])
        if case let .some(expected) = expecting, expected != existing?.code {
            throw Refusal.staleValue(current: existing?.code ?? "")
        }
        guard let code else {
            if let existing {
                try writer.update(table: Attendance.databaseTableName, id: existing.id, field: "state", to: RecordState.deleted)
            }
            return nil
        }
        let stored = try validAttendanceCode(code).code
        if var existing {
            try writer.update(table: Attendance.databaseTableName, id: existing.id, field: "code", to: stored)
            existing.code = stored
            return existing
        }
        let record = Attendance(id: newID(), lessonID: lessonID, studentID: studentID, code: stored)
        try writer.create(record)
        return record
    }

    /// The school's attendance code typed as `code` (either keyboard layout's letters for the
    /// Latin look-alikes are the TUI's business; here the code must match exactly, any case).
    func validAttendanceCode(_ code: String) throws -> AttendanceCode {
        let wanted = code.trimmingCharacters(in: .whitespaces).uppercased()
        return try settings().attendanceCode(wanted).orRefuse(.invalidAttendanceCode(code: code))
    }
}
