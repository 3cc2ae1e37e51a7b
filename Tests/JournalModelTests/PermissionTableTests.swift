import Foundation
import JournalTestSupport
import Testing
@testable import JournalModel

/// DOMAIN §2 as a table: every role against every kind of change, through the real write path.
@Suite struct PermissionTableTests {
    enum Who: String, CaseIterable {
        case administrator, director, deputy, classTeacher, subjectTeacher, substitute, student, parent
    }

    /// nil: allowed. A refusal: refused with exactly that reason.
    static let expected: [Who: [ChangeKind: Refusal?]] = {
        let journalKinds: [ChangeKind] = [.mark, .attendance, .attendanceReason, .lessonRecord, .periodMark]
        func row(journal: Refusal?, _ others: [ChangeKind: Refusal?]) -> [ChangeKind: Refusal?] {
            var row = others
            for kind in journalKinds where row[kind] == nil { row[kind] = .some(journal) }
            return row
        }
        let managementOnly: [ChangeKind: Refusal?] = [
            .timetable: .onlyAdministratorOrDeputy, .substitution: .onlyAdministratorOrDeputy,
            .settings: .onlyAdministrator, .closePeriod: .onlyAdministrator, .schoolStructure: .onlyAdministrator,
            .plan: .onlyAdministratorOrSubjectTeacher,
        ]
        let everythingRefused = Dictionary(uniqueKeysWithValues: ChangeKind.allCases.map { ($0, Refusal?.some(.studentsAndParentsCannotEdit)) })
        return [
            .administrator: row(journal: .administratorCannotEditJournal, [
                .studentData: nil, .timetable: nil, .substitution: nil, .settings: nil, .closePeriod: nil,
                .schoolStructure: nil, .accounts: nil, .plan: nil,
            ]),
            .director: row(journal: .readOnlyRole(.director), managementOnly.merging([
                .studentData: .notClassTeacher, .accounts: .onlyAdministrator,
            ]) { $1 }),
            .deputy: row(journal: .readOnlyRole(.deputy), managementOnly.merging([
                .studentData: .notClassTeacher, .timetable: nil, .substitution: nil, .accounts: .onlyAdministrator,
            ]) { $1 }),
            .classTeacher: row(journal: .notInWorkload, managementOnly.merging([
                .attendanceReason: nil, .studentData: nil, .accounts: nil, .plan: .notInWorkload,
            ]) { $1 }),
            .subjectTeacher: row(journal: nil, managementOnly.merging([
                .studentData: .notClassTeacher, .accounts: .onlyAdministrator, .plan: nil,
            ]) { $1 }),
            .substitute: row(journal: nil, managementOnly.merging([
                .periodMark: .notInWorkload, .studentData: .notClassTeacher, .accounts: .onlyAdministrator, .plan: .notInWorkload,
            ]) { $1 }),
            .student: everythingRefused,
            .parent: everythingRefused,
        ]
    }()

    @Test(arguments: Who.allCases)
    func everyKindOfChange(who: Who) throws {
        let school = try SchoolFixture()
        let absence = try school.teacher(school.mathTeacher).setAttendance(lessonID: school.mathLesson.id, studentID: school.students[2].id, code: "Н")!
        try school.admin.assignSubstitute(lessonID: school.mathLesson.id, substituteID: school.substituteTeacher.id)
        let actor = self.actor(who, in: school)

        for kind in ChangeKind.allCases {
            let expectation = try #require(Self.expected[who]?[kind], "no expectation for \(who) × \(kind)")
            let before = try school.logCount()
            var refusal: Refusal?
            do {
                try perform(kind, as: actor, in: school, absenceID: absence.id)
            } catch let caught as Refusal {
                refusal = caught
            }
            #expect(refusal == expectation, "\(who) × \(kind)")
            #expect(try school.logCount() == before + (refusal == nil ? 1 : 0), "\(who) × \(kind): log entries")
        }
    }

    private func actor(_ who: Who, in school: SchoolFixture) -> JournalSession {
        switch who {
        case .administrator: school.actor([.administrator])
        case .director: school.actor([.director])
        case .deputy: school.actor([.deputy])
        case .classTeacher: school.teacher(school.classTeacher)
        case .subjectTeacher: school.teacher(school.mathTeacher)
        case .substitute: school.teacher(school.substituteTeacher)
        case .student: school.actor([.student], person: school.students[0])
        case .parent: school.actor([.parent], person: school.parent)
        }
    }

    private func perform(_ kind: ChangeKind, as actor: JournalSession, in school: SchoolFixture, absenceID: String) throws {
        switch kind {
        case .mark:
            try actor.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "5")
        case .attendance:
            try actor.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[1].id, code: "ОП")
        case .attendanceReason:
            try actor.changeAbsenceReason(attendanceID: absenceID, to: "Б")
        case .lessonRecord:
            try actor.changeLesson(school.mathLesson.id, .topic("Сложение дробей"))
        case .periodMark:
            try actor.setFinalMark(studentID: school.students[0].id, subjectID: school.math.id, periodID: school.quarter2.id,
                                     value: "5")
        case .studentData:
            try actor.updatePerson(school.students[0].id, .phone, to: "+7 900 000-00-00")
        case .timetable:
            try actor.addTimetableEntry(TimetableEntry(
                id: "", yearID: school.year.id, weekday: 1, slot: 1, classID: school.class5A.id, subjectID: school.math.id,
                teacherID: school.mathTeacher.id, room: "12", validFrom: school.year.startsOn))
        case .substitution:
            try actor.assignSubstitute(lessonID: school.englishLesson1.id, substituteID: school.substituteTeacher.id)
        case .settings:
            try actor.changeSettings({ $0.editWindow = .twoWeeks })
        case .closePeriod:
            try actor.closePeriod(school.quarter1.id)
        case .schoolStructure:
            try actor.createSubject(name: "Химия", shortName: "Хим")
        case .accounts:
            try actor.createAccount(login: "alekseev.b", personID: school.students[0].id, roles: [.student],
                                      temporaryPassword: "temporary1", rounds: 1_000)
        case .plan:
            try actor.importPlan(Data("1;Дроби;1\n".utf8), subjectID: school.math.id, grade: 5)
        }
    }

    /// Who sees every class's journal (the whole week of a class, every gradebook): each role alone.
    @Test(arguments: Role.allCases)
    func theWholeSchoolIsSeenByManagementOnly(role: Role) {
        let actor = JournalActor(id: "a", personID: "p", roles: [role], login: "a")
        #expect(actor.seesWholeSchool == [.administrator, .director, .deputy].contains(role))
    }
}
