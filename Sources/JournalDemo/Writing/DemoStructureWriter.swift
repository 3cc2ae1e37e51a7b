import JournalModel

/// The demo school's records, found by the plan's own ids.
struct DemoSchoolRecords {
    var year: SchoolYear!
    var periods: [Period] = []
    var subjects: [DemoSubject: Subject] = [:]
    var teachers: [Int: Person] = [:]
    var classes: [Int: SchoolClass] = [:]
    /// Subgroup ids by class, subject and group number.
    var subgroups: [Int: [DemoSubject: [Int: String]]] = [:]
    var students: [Int: Person] = [:]
    var parents: [Int: Person] = [:]

    func subgroupID(classID: Int, subject: DemoSubject, group: Int?) -> String? {
        group.flatMap { subgroups[classID]?[subject]?[$0] }
    }
}

/// Writes the school's structure: year and periods, subjects, staff, classes, students and
/// parents, subgroups, workload, bells, timetable, settings.
struct DemoStructureWriter {
    let context: DemoWriteContext
    let plan: DemoSchoolPlan

    func write() throws -> DemoSchoolRecords {
        var records = DemoSchoolRecords()
        let writer = context.writer
        let calendar = context.calendar
        let setupDay = calendar.yearStart.adding(days: -7)
        context.beginOperation(on: setupDay, hour: 9, minute: 0)

        var settings = JournalSettings()
        settings.editWindow = .twoWeeks
        for key in [JournalSettings.Key.editWindow] {
            try writer.saveSetting(key, of: settings)
        }

        records.year = SchoolYear(id: context.newID(), name: SchoolCalendar.yearName(startYear: calendar.startYear),
                                  startsOn: calendar.yearStart, endsOn: calendar.yearEnd)
        try writer.create(records.year)
        let yearPlan = PeriodPlan(kind: .year, number: 1, name: "Год", startsOn: calendar.yearStart, endsOn: calendar.yearEnd)
        for periodPlan in calendar.quarters + [yearPlan] {
            let period = Period(id: context.newID(), yearID: records.year.id, kind: periodPlan.kind, number: periodPlan.number,
                                name: periodPlan.name, startsOn: periodPlan.startsOn, endsOn: periodPlan.endsOn)
            try writer.create(period)
            records.periods.append(period)
        }

        for subject in plan.subjects {
            let record = Subject(id: context.newID(), name: subject.name, shortName: subject.shortName,
                                 scale: subject.scale == .passFail ? .passFail : .five)
            try writer.create(record)
            records.subjects[subject] = record
        }
        for bell in plan.bellSchedule.periods {
            try writer.create(Bell(id: context.newID(), slot: bell.number, startsAt: bell.start.text, endsAt: bell.end.text))
        }
        for teacher in plan.teachers {
            let person = Self.person(teacher.person, kind: .staff, id: context.newID(), position: teacher.specialty.title)
            try writer.create(person)
            records.teachers[teacher.id] = person
        }
        for demoClass in plan.classes {
            let schoolClass = SchoolClass(id: context.newID(), yearID: records.year.id, grade: demoClass.grade, letter: demoClass.letter,
                                          noMarks: !demoClass.hasMarks, classTeacherID: records.teachers[demoClass.classTeacherID]?.id)
            try writer.create(schoolClass)
            records.classes[demoClass.id] = schoolClass
            try writeSubgroups(of: demoClass, schoolClass: schoolClass, into: &records)
            try writeStudents(of: demoClass, schoolClass: schoolClass, into: &records)
        }
        for line in plan.workload {
            guard let schoolClass = records.classes[line.classID], let subject = records.subjects[line.subject],
                  let teacher = records.teachers[line.teacherID] else { continue }
            try writer.create(Workload(id: context.newID(), teacherID: teacher.id, subjectID: subject.id, classID: schoolClass.id,
                                       subgroupID: records.subgroupID(classID: line.classID, subject: line.subject, group: line.group),
                                       hoursPerWeek: Double(line.hoursPerWeek)))
        }
        for lesson in plan.timetable {
            guard let schoolClass = records.classes[lesson.classID], let subject = records.subjects[lesson.subject],
                  let teacher = records.teachers[lesson.teacherID] else { continue }
            try writer.create(TimetableEntry(
                id: context.newID(), yearID: records.year.id, weekday: lesson.slot.day.rawValue, slot: lesson.slot.period,
                classID: schoolClass.id, subjectID: subject.id,
                subgroupID: records.subgroupID(classID: lesson.classID, subject: lesson.subject, group: lesson.group),
                teacherID: teacher.id, room: Self.room(for: lesson, grade: schoolClass.grade), validFrom: calendar.yearStart))
        }
        return records
    }

    private func writeSubgroups(of demoClass: DemoClass, schoolClass: SchoolClass, into records: inout DemoSchoolRecords) throws {
        for item in DemoCurriculum.items(grade: demoClass.grade) where item.split.isSplit {
            guard let subject = records.subjects[item.subject] else { continue }
            for group in 1...2 {
                let subgroup = Subgroup(id: context.newID(), classID: schoolClass.id, subjectID: subject.id, name: item.split.groupName(group))
                try context.writer.create(subgroup)
                records.subgroups[demoClass.id, default: [:]][item.subject, default: [:]][group] = subgroup.id
            }
        }
    }

    private func writeStudents(of demoClass: DemoClass, schoolClass: SchoolClass, into records: inout DemoSchoolRecords) throws {
        let writer = context.writer
        let start = context.calendar.yearStart
        for (index, student) in demoClass.students.enumerated() {
            let person = Self.person(student.person, kind: .student, id: context.newID(), birthDate: SchoolDate(student.birthDate.iso))
            try writer.create(person)
            records.students[student.id] = person
            try writer.create(Enrollment(id: context.newID(), studentID: person.id, classID: schoolClass.id, startsOn: start))
            try writer.create(Movement(id: context.newID(), studentID: person.id, kind: .arrival, onDate: start,
                                       toClassID: schoolClass.id, note: "Зачислен на начало учебного года"))
            for item in DemoCurriculum.items(grade: demoClass.grade) where item.split.isSplit {
                let group = demoClass.group(ofStudentAt: index, for: item.subject)
                if let subgroupID = records.subgroupID(classID: demoClass.id, subject: item.subject, group: group) {
                    try writer.create(SubgroupMembership(id: context.newID(), subgroupID: subgroupID, studentID: person.id, startsOn: start))
                }
            }
            for parent in student.parents {
                let parentPerson = Self.person(parent.person, kind: .parent, id: context.newID(), birthDate: SchoolDate(parent.birthDate.iso))
                try writer.create(parentPerson)
                records.parents[parent.id] = parentPerson
                try writer.create(Guardian(id: context.newID(), parentID: parentPerson.id, studentID: person.id,
                                           relation: parent.relation.name, consent: parent.hasConsent))
            }
        }
    }

    static func person(_ demo: DemoPerson, kind: PersonKind, id: String, birthDate: SchoolDate? = nil, position: String? = nil) -> Person {
        Person(id: id, kind: kind, lastName: demo.lastName, firstName: demo.firstName, patronymic: demo.patronymic,
               sex: demo.sex == .male ? "m" : "f", birthDate: birthDate, position: position)
    }

    /// Primary classes keep their own room; subject rooms are numbered by subject.
    static func room(for lesson: DemoLesson, grade: Int) -> String {
        if grade <= 4 { return "\(100 + lesson.classID)" }
        return "\(200 + lesson.subject.order * 3 + (lesson.group ?? 0))"
    }
}
