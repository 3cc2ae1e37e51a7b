import JournalModel

/// Writes the lessons of the demo term (a full year for the large school): topics, kinds of work,
/// homework, attendance and marks up to yesterday; period marks and closing for finished quarters.
struct DemoJournalWriter {
    let context: DemoWriteContext
    let plan: DemoSchoolPlan
    let school: DemoSchoolRecords
    let size: DemoSchoolSize

    private struct MarkKey: Hashable {
        let studentID: String
        let subjectID: String
        let quarter: Int
    }

    func write() throws -> DemoSummary {
        var summary = DemoSummary()
        summary.classes = plan.classes.count
        summary.students = plan.students.count
        summary.teachers = plan.teachers.count
        var rng = DemoRandom(seed: plan.seed).derived("journal")
        let calendar = context.calendar
        let range = size == .large
            ? (calendar.yearStart, calendar.yearEnd)
            : (calendar.quarters[calendar.currentQuarter].startsOn, calendar.quarters[calendar.currentQuarter].endsOn)
        let settings = JournalSettings()
        let timetableByClassDay = Dictionary(grouping: plan.timetable) { "\($0.classID)-\($0.slot.day.rawValue)" }
        var lessonNumbers: [String: Int] = [:]
        var collected: [MarkKey: [WeightedMark]] = [:]
        let bellEnds = Dictionary(uniqueKeysWithValues: plan.bellSchedule.periods.map { ($0.number, $0.end) })

        var date = range.0
        while date <= range.1 {
            defer { date = date.adding(days: 1) }
            guard calendar.isSchoolDay(date) else { continue }
            let quarter = calendar.quarters.firstIndex { $0.startsOn <= date && date <= $0.endsOn } ?? 0
            for demoClass in plan.classes {
                guard let schoolClass = school.classes[demoClass.id],
                      let day = timetableByClassDay["\(demoClass.id)-\(date.weekday)"]?.sorted(by: { $0.slot < $1.slot }) else { continue }
                let firstSlot = day.first?.slot.period ?? 1
                var absences: [Int: DemoAbsenceCode] = [:]
                if date < context.today {
                    for student in demoClass.students {
                        if let code = DemoMarks.drawAbsence(for: student.profile, using: &rng) { absences[student.id] = code }
                    }
                }
                for timetableLesson in day {
                    guard let subject = school.subjects[timetableLesson.subject],
                          let teacher = school.teachers[timetableLesson.teacherID] else { continue }
                    let groupKey = "\(demoClass.id)-\(timetableLesson.subject.rawValue)-\(timetableLesson.group ?? 0)"
                    let number = lessonNumbers[groupKey, default: 0]
                    lessonNumbers[groupKey] = number + 1
                    let kind = DemoWorkKind.draw(for: timetableLesson.subject, using: &rng)
                    let isPast = date < context.today
                    let end = bellEnds[timetableLesson.slot.period]
                    let late = isPast && rng.chance(0.04) ? rng.int(in: 1...4) : 0
                    context.beginOperation(actorID: "demo-teacher:\(teacher.id)", on: date.adding(days: late),
                                           hour: end?.hour ?? 15, minute: min(59, (end?.minute ?? 0) + rng.int(in: 2...14)))
                    var homework = ""
                    if demoClass.hasMarks && date <= context.today {
                        homework = DemoHomework.text(for: timetableLesson.subject, grade: demoClass.grade, lessonNumber: number, using: &rng) ?? ""
                    }
                    let lesson = Lesson(
                        id: context.newID(), classID: schoolClass.id, subjectID: subject.id,
                        subgroupID: school.subgroupID(classID: demoClass.id, subject: timetableLesson.subject, group: timetableLesson.group),
                        teacherID: teacher.id, onDate: date, slot: timetableLesson.slot.period,
                        topic: DemoTopics.topic(for: timetableLesson.subject, grade: demoClass.grade, lessonNumber: number),
                        workKind: Self.workKind(kind), homework: homework, attendanceTaken: isPast)
                    try context.writer.create(lesson)
                    summary.lessons += 1
                    guard isPast else { continue }
                    for student in demoClass.students(in: timetableLesson.group, for: timetableLesson.subject) {
                        guard let person = school.students[student.id] else { continue }
                        if let code = absences[student.id], code != .late || timetableLesson.slot.period == firstSlot {
                            try context.writer.create(Attendance(id: context.newID(), lessonID: lesson.id, studentID: person.id, code: code.rawValue))
                            summary.absences += 1
                            if code != .late { continue }
                        }
                        guard demoClass.hasMarks, DemoMarks.isMarked(kind: kind, using: &rng) else { continue }
                        let value = subject.scale == .passFail
                            ? (DemoMarks.drawPass(for: student.profile, using: &rng) ? MarkValue.pass : MarkValue.fail)
                            : String(DemoMarks.draw(for: student.profile, kind: kind, using: &rng))
                        let mark = Mark(id: context.newID(), lessonID: lesson.id, studentID: person.id, value: value,
                                        workKind: lesson.workKind, weight: settings.weight(of: lesson.workKind))
                        try context.writer.create(mark)
                        collected[MarkKey(studentID: person.id, subjectID: subject.id, quarter: quarter), default: []]
                            .append(WeightedMark(value: value, weight: mark.weight))
                        summary.marks += 1
                    }
                }
            }
        }
        try writePeriodMarks(collected, settings: settings)
        return summary
    }

    /// Quarters that ended at least a week ago get period marks from their teachers and are closed.
    private func writePeriodMarks(_ collected: [MarkKey: [WeightedMark]], settings: JournalSettings) throws {
        let quarterPeriods = school.periods.filter { $0.kind == .quarter }
        for (index, period) in quarterPeriods.enumerated() where period.endsOn.adding(days: 7) < context.today {
            for line in plan.workload {
                guard let demoClass = plan.classes.first(where: { $0.id == line.classID }), demoClass.hasMarks,
                      let subject = school.subjects[line.subject], let teacher = school.teachers[line.teacherID] else { continue }
                context.beginOperation(actorID: "demo-teacher:\(teacher.id)", on: period.endsOn.adding(days: -2), hour: 16, minute: 30)
                for student in demoClass.students(in: line.group, for: line.subject) {
                    guard let person = school.students[student.id],
                          let marks = collected[MarkKey(studentID: person.id, subjectID: subject.id, quarter: index)] else { continue }
                    let forecast = Forecast.compute(marks: marks, scale: subject.scale, thresholds: settings.forecastThresholds)
                    guard let value = forecast.suggestedMark else { continue }
                    try context.writer.create(FinalMark(id: context.newID(), studentID: person.id, subjectID: subject.id,
                                                        periodID: period.id, kind: .period, value: value))
                }
            }
            context.beginOperation(on: period.endsOn.adding(days: 3), hour: 10, minute: 0)
            try context.writer.closePeriod(id: period.id)
        }
    }

    static func workKind(_ kind: DemoWorkKind) -> String {
        switch kind {
        case .classwork: WorkKind.classwork
        case .oralAnswer: WorkKind.oral
        case .homework: WorkKind.homework
        case .independentWork: WorkKind.independent
        case .checkWork, .quiz: WorkKind.quiz
        case .dictation: WorkKind.dictation
        case .essay: WorkKind.essay
        case .laboratoryWork: WorkKind.laboratory
        case .practicalWork: WorkKind.practical
        case .testWork: WorkKind.test
        }
    }
}
