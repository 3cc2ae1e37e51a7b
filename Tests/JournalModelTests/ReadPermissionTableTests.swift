import Foundation
import JournalTestSupport
import Testing
@testable import JournalModel

/// DOMAIN §2 and §7 for reads, as a table: every role against every kind of read, through the
/// session's real read methods, each refused with exactly the reason the table gives. The diary
/// reads are of `students[0]` (the parent's child) and of `students[1]` (another family's).
@Suite struct ReadPermissionTableTests {
    enum Who: String, CaseIterable {
        case administrator, director, deputy, classTeacher, subjectTeacher, substitute, otherTeacher, student, parent
    }

    enum Read: String, CaseIterable {
        case gradebook, lesson, attendanceSheet, lessonRecord, cellHistory, periodMarkHistory, classAttendance
        case personalData, accounts, schoolDay, teacherTimetable, plan, flaggedOperations, classList, classReport
        case diaryWeek, diaryMarks, diaryAttendance, diaryNews
        case otherDiaryWeek, otherDiaryMarks, otherDiaryAttendance, otherDiaryNews
    }

    static let ownDiary: [Read] = [.diaryWeek, .diaryMarks, .diaryAttendance, .diaryNews]
    static let otherDiary: [Read] = [.otherDiaryWeek, .otherDiaryMarks, .otherDiaryAttendance, .otherDiaryNews]

    /// The diary columns of a row: the reader's own (or child's) diary, and another student's.
    static func diaryReads(own: Refusal?, other: Refusal?) -> [Read: Refusal?] {
        Dictionary(uniqueKeysWithValues: ownDiary.map { ($0, own) } + otherDiary.map { ($0, other) })
    }

    /// nil: allowed. A refusal: refused with exactly that reason.
    static let expected: [Who: [Read: Refusal?]] = {
        let journalReads: [Read] = [.gradebook, .lesson, .attendanceSheet, .lessonRecord, .cellHistory, .periodMarkHistory]
        func row(journal: Refusal?, classAttendance: Refusal?, _ others: [Read: Refusal?]) -> [Read: Refusal?] {
            var row = others.merging(diaryReads(own: nil, other: nil)) { old, _ in old }
            for read in journalReads where row[read] == nil { row[read] = .some(journal) }
            row[.classAttendance] = .some(classAttendance)
            return row
        }
        let management: [Read: Refusal?] = [
            .personalData: .notVisible(.personalData), .accounts: .notVisible(.accounts), .schoolDay: nil,
            .teacherTimetable: nil, .plan: nil, .flaggedOperations: .notVisible(.flaggedOperations), .classList: nil, .classReport: nil,
        ]
        let teacher: [Read: Refusal?] = diaryReads(own: .notVisible(.diary), other: .notVisible(.diary)).merging([
            .personalData: .notVisible(.personalData), .accounts: .notVisible(.accounts), .schoolDay: .notVisible(.schoolDay),
            .teacherTimetable: .notVisible(.teacherTimetable), .plan: .notInWorkload, .flaggedOperations: .notVisible(.flaggedOperations),
            .classList: .notVisible(.classList), .classReport: .notVisible(.classReport),
        ]) { $1 }
        let diary = Dictionary(uniqueKeysWithValues: Read.allCases.map { ($0, Refusal?.some(.diaryOnly)) })
        return [
            .administrator: row(journal: nil, classAttendance: nil, management.merging([.personalData: nil, .accounts: nil, .flaggedOperations: nil]) { $1 }),
            .director: row(journal: nil, classAttendance: nil, management),
            .deputy: row(journal: nil, classAttendance: nil, management),
            .classTeacher: row(journal: nil, classAttendance: nil, teacher.merging(diaryReads(own: nil, other: nil)
                .merging([.personalData: nil, .accounts: nil, .classList: nil, .classReport: nil]) { $1 }) { $1 }),
            .subjectTeacher: row(journal: nil, classAttendance: nil, teacher.merging([.teacherTimetable: nil, .plan: nil]) { $1 }),
            .substitute: row(journal: nil, classAttendance: nil, teacher.merging([.periodMarkHistory: .notInWorkload]) { $1 }),
            .otherTeacher: row(journal: .notInWorkload, classAttendance: nil, teacher),
            .student: diary.merging(diaryReads(own: nil, other: .notVisible(.diary)).merging([.personalData: nil]) { $1 }) { $1 },
            .parent: diary.merging(diaryReads(own: nil, other: .notVisible(.diary)).merging([.personalData: nil]) { $1 }) { $1 },
        ]
    }()

    @Test(arguments: Who.allCases)
    func everyKindOfRead(who: Who) throws {
        let school = try SchoolFixture()
        try school.admin.assignSubstitute(lessonID: school.mathLesson.id, substituteID: school.substituteTeacher.id)
        let reader = session(who, in: school)
        for read in Read.allCases {
            let expectation = try #require(Self.expected[who]?[read], "no expectation for \(who) × \(read)")
            var refusal: Refusal?
            do {
                try perform(read, as: reader, in: school)
            } catch let caught as Refusal {
                refusal = caught
            }
            #expect(refusal == expectation, "\(who) × \(read)")
        }
    }

    @Test func aTeacherReadsOnlyTheirOwnLessonsOfAnotherClassesWeek() throws {
        let school = try SchoolFixture()
        let week = try school.teacher(school.englishTeacher1).classAttendance(classID: school.class5A.id, from: SchoolFixture.lessonDay,
                                                                             to: SchoolFixture.lessonDay)
        #expect(week.lessons.map(\.id) == [school.englishLesson1.id])
        let whole = try school.teacher(school.classTeacher).classAttendance(classID: school.class5A.id, from: SchoolFixture.lessonDay,
                                                                           to: SchoolFixture.lessonDay)
        #expect(whole.lessons.count == 3)
    }

    @Test func listsCarryNoPersonalDetails() throws {
        let school = try SchoolFixture()
        try school.admin.updatePerson(school.students[0].id, .phone, to: "+7 900 000-00-00")
        try school.admin.updatePerson(school.students[0].id, .birthDate, to: "2015-03-04")
        let gradebook = try school.teacher(school.mathTeacher).gradebook(classID: school.class5A.id, subjectID: school.math.id,
                                                                         periodID: school.quarter2.id)
        let listed = try #require(gradebook.students.first { $0.id == school.students[0].id })
        #expect(listed.phone == nil && listed.birthDate == nil)
        #expect(try school.teacher(school.classTeacher).personDetails(id: school.students[0].id).phone == "+7 900 000-00-00")
    }

    @Test func aClassTeacherListsOnlyTheirClassesFamilies() throws {
        let school = try SchoolFixture()
        try school.admin.createAccount(login: "alekseev.b", personID: school.students[0].id, roles: [.student],
                                       temporaryPassword: "temporary1", rounds: 1_000)
        try school.admin.createAccount(login: "alekseev.v", personID: school.parent.id, roles: [.parent],
                                       temporaryPassword: "temporary1", rounds: 1_000)
        try school.admin.createAccount(login: "zhukov.e", personID: school.firstGrader.id, roles: [.student],
                                       temporaryPassword: "temporary1", rounds: 1_000)
        try school.admin.createAccount(login: "ivanova.m", personID: school.mathTeacher.id, roles: [.teacher],
                                       temporaryPassword: "temporary1", rounds: 1_000)
        #expect(try school.teacher(school.classTeacher).accountSummaries().map(\.login) == ["alekseev.b", "alekseev.v"])
        #expect(try school.admin.accountSummaries().map(\.login) == ["alekseev.b", "alekseev.v", "ivanova.m", "zhukov.e"])
    }

    private func session(_ who: Who, in school: SchoolFixture) -> JournalSession {
        switch who {
        case .administrator: school.actor([.administrator])
        case .director: school.actor([.director])
        case .deputy: school.actor([.deputy])
        case .classTeacher: school.teacher(school.classTeacher)
        case .subjectTeacher: school.teacher(school.mathTeacher)
        case .substitute: school.teacher(school.substituteTeacher)
        case .otherTeacher: school.teacher(school.englishTeacher2)
        case .student: school.actor([.student], person: school.students[0])
        case .parent: school.actor([.parent], person: school.parent)
        }
    }

    private func perform(_ read: Read, as reader: JournalSession, in school: SchoolFixture) throws {
        let (lesson, student) = (school.mathLesson.id, school.students[0].id)
        switch read {
        case .gradebook: _ = try reader.gradebook(classID: school.class5A.id, subjectID: school.math.id, periodID: school.quarter2.id)
        case .lesson: _ = try reader.lesson(id: lesson)
        case .attendanceSheet: _ = try reader.attendanceSheet(lessonID: lesson)
        case .lessonRecord: _ = try reader.lessonRecord(lessonID: lesson)
        case .cellHistory: _ = try reader.history(ofCell: lesson, studentID: student)
        case .periodMarkHistory: _ = try reader.history(ofFinalMark: student, subjectID: school.math.id, periodID: school.quarter2.id)
        case .classAttendance: _ = try reader.classAttendance(classID: school.class5A.id, from: SchoolFixture.lessonDay, to: SchoolFixture.today)
        case .personalData: _ = try reader.personDetails(id: student)
        case .accounts: _ = try reader.accountSummaries()
        case .schoolDay: _ = try reader.schoolLessons(on: SchoolFixture.lessonDay)
        case .teacherTimetable: _ = try reader.timetable(forTeacher: school.mathTeacher.id, on: SchoolFixture.today)
        case .plan: _ = try reader.plannedTopics(subjectID: school.math.id, grade: 5)
        case .flaggedOperations: _ = try reader.invalidatedEntries()
        case .classList: _ = try reader.classRoster(classID: school.class5A.id, on: SchoolFixture.today)
        case .classReport: _ = try reader.marksSummaryReport(classID: school.class5A.id, periodID: school.quarter2.id)
        case .diaryWeek: _ = try reader.diaryWeek(studentID: student, weekOf: SchoolFixture.lessonDay)
        case .diaryMarks: _ = try reader.diaryMarks(studentID: student, periodID: school.quarter2.id)
        case .diaryAttendance: _ = try reader.diaryAttendance(studentID: student, periodID: school.quarter2.id)
        case .diaryNews: _ = try reader.diaryNews(studentID: student)
        case .otherDiaryWeek: _ = try reader.diaryWeek(studentID: school.students[1].id, weekOf: SchoolFixture.lessonDay)
        case .otherDiaryMarks: _ = try reader.diaryMarks(studentID: school.students[1].id, periodID: school.quarter2.id)
        case .otherDiaryAttendance: _ = try reader.diaryAttendance(studentID: school.students[1].id, periodID: school.quarter2.id)
        case .otherDiaryNews: _ = try reader.diaryNews(studentID: school.students[1].id)
        }
    }
}
