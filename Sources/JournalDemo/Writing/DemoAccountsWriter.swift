import JournalModel

/// Gives the demo school its logins: administrator, director, deputy director, a subject teacher
/// and the class teacher of 5«А», a student of that class and one of their parents.
struct DemoAccountsWriter {
    let context: DemoWriteContext
    let plan: DemoSchoolPlan
    let school: DemoSchoolRecords
    /// Password hashes made beforehand (hashing is slow; it is done outside the transaction).
    let hashes: [String]

    func write() throws -> [DemoCredential] {
        let demoClass = plan.classes.first { $0.grade == 5 && $0.letter == "А" } ?? plan.classes[0]
        let classTeacherID = demoClass.classTeacherID
        let teaching = plan.workload.filter { $0.classID == demoClass.id && $0.teacherID != classTeacherID }
        let subjectTeacher = (teaching.first { $0.subject == .mathematics } ?? teaching.first)?.teacherID ?? classTeacherID
        let student = demoClass.students.first { $0.parents.contains(where: \.hasConsent) } ?? demoClass.students[0]
        let parent = student.parents.first(where: \.hasConsent) ?? student.parents[0]

        context.beginOperation(on: context.calendar.yearStart.adding(days: -7), hour: 9, minute: 30)
        var credentials: [DemoCredential] = []
        func add(_ login: String, _ person: Person?, _ roles: Set<Role>, _ role: LocalizedText) throws {
            try context.writer.createAccount(id: context.newID(), personID: person?.id, login: login,
                                             passwordHash: hashes[credentials.count], roles: roles)
            credentials.append(DemoCredential(role: role, login: login, password: DemoSchoolGenerator.password,
                                              name: person?.fullName ?? "—"))
        }
        let administration = try writeAdministration()
        try add("admin", nil, [.administrator], Role.administrator.title)
        try add("director", administration.director, [.director], Role.director.title)
        try add("zavuch", administration.deputy, [.deputy, .teacher], Role.deputy.title)
        try add("teacher", school.teachers[subjectTeacher], [.teacher],
                LocalizedText(ru: "учитель-предметник \(demoClass.name)", en: "subject teacher of \(demoClass.name)"))
        try add("klass", school.teachers[classTeacherID], [.teacher],
                LocalizedText(ru: "классный руководитель \(demoClass.name)", en: "class teacher of \(demoClass.name)"))
        try add("student", school.students[student.id], [.student],
                LocalizedText(ru: "обучающийся \(demoClass.name)", en: "student of \(demoClass.name)"))
        try add("parent", school.parents[parent.id], [.parent], Role.parent.title)
        return credentials
    }

    /// The director and the deputy director are members of staff too.
    private func writeAdministration() throws -> (director: Person, deputy: Person) {
        let director = Person(id: context.newID(), kind: .staff, lastName: "Романова", firstName: "Елена", patronymic: "Викторовна",
                              sex: "f", position: "Директор")
        let deputy = Person(id: context.newID(), kind: .staff, lastName: "Гусев", firstName: "Михаил", patronymic: "Аркадьевич",
                            sex: "m", position: "Заместитель директора по УВР")
        try context.writer.create(director)
        try context.writer.create(deputy)
        return (director, deputy)
    }
}
