import Foundation
import JournalTestSupport
import Testing
@testable import JournalModel

/// The diary's reads: a student's week from the timetable and the records, the marks by subject
/// with the forecast the teacher sees, the absences of a period, and what is new since the
/// account's previous login. Who may read whose diary is in `ReadPermissionTableTests`.
@Suite struct DiaryTests {
    private func pupil(_ school: SchoolFixture, _ index: Int) -> JournalSession {
        school.actor([.student], person: school.students[index])
    }

    @Test func theWeekHasTheStudentsOwnLessonsWithTimesMarksAndAbsences() throws {
        // Ёлкин is in English group 2: Friday's group 1 lesson is not his, Monday's group 2 lesson is.
        let school = try SchoolFixture(with: .gradebookHistory)
        let elkin = try #require(school.students.firstIndex { $0.lastName == "Ёлкин" })
        let week = try pupil(school, elkin).diaryWeek(studentID: school.students[elkin].id, weekOf: SchoolFixture.lessonDay)
        #expect(week.monday == SchoolDate("2026-11-16")!)
        #expect(week.lessons.map { "\($0.date.russianText) \($0.slot) \($0.subjectName)" } == [
            "16.11.2026 2 Математика", "16.11.2026 3 Английский язык", "16.11.2026 4 Русский язык",
            "20.11.2026 2 Математика", "20.11.2026 4 Физическая культура",
        ])
        let monday = week.lessons[1]
        #expect(monday.subgroupName == "2 группа" && monday.lesson == nil && monday.teacherName == "Попов И. С.")
        #expect(monday.startsAt == "10:20" && monday.endsAt == "11:05")
        let friday = week.lessons[3]
        #expect(friday.lesson?.id == school.mathLesson.id && friday.absence == "Н" && friday.marks.isEmpty)
        #expect(week.days.count == 6)

        // Алексеев has group 1's English on Friday, and the 06.11 test's 4 in its week.
        let alekseev = try pupil(school, 0).diaryWeek(studentID: school.students[0].id, weekOf: SchoolDate("2026-11-06")!)
        let test = try #require(alekseev.lessons.first { $0.lesson?.id == school.oldLesson.id })
        #expect(test.marks.map(\.value) == ["4"] && test.marks.first?.workKind == WorkKind.test)
        let fridayOfAlekseev = try pupil(school, 0).diaryWeek(studentID: school.students[0].id, weekOf: SchoolFixture.lessonDay)
        #expect(fridayOfAlekseev.lessons.contains { $0.lesson?.id == school.englishLesson1.id })
    }

    @Test func homeworkAndTopicComeFromTheRecord() throws {
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        try teacher.changeLesson(school.mathLesson.id, .topic("Дроби"))
        try teacher.changeLesson(school.mathLesson.id, .homework("№ 245\nи № 247"))
        let week = try pupil(school, 0).diaryWeek(studentID: school.students[0].id, weekOf: SchoolFixture.lessonDay)
        let math = try #require(week.lessons.first { $0.lesson?.id == school.mathLesson.id })
        #expect(math.topic == "Дроби" && math.homework == "№ 245\nи № 247")
    }

    @Test func theSubjectViewHasEveryMarkAndTheForecastTheTeacherSees() throws {
        let school = try SchoolFixture(with: .gradebookHistory)
        let teacher = school.teacher(school.mathTeacher)
        school.clock.set(SchoolFixture.lessonDay)
        try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "5")
        school.clock.set(SchoolFixture.today)
        try teacher.setFinalMark(studentID: school.students[0].id, subjectID: school.math.id, periodID: school.quarter2.id, value: "5")

        let marks = try pupil(school, 0).diaryMarks(studentID: school.students[0].id, periodID: school.quarter2.id)
        let math = try #require(marks.subjects.first { $0.subject.id == school.math.id })
        #expect(math.entries.map { "\($0.date.russianText) \($0.mark.value)" } == ["06.11.2026 4", "20.11.2026 5"])
        let gradebook = try teacher.gradebook(classID: school.class5A.id, subjectID: school.math.id, periodID: school.quarter2.id)
        #expect(math.forecast == gradebook.forecast(for: school.students[0].id))
        #expect(math.forecast.suggestedMark != nil)
        #expect(math.periodMark == "5" && math.yearMark == nil)
        // Every subject of the student's lessons, alphabetically, even without marks.
        #expect(marks.subjects.map(\.subject.name) == ["Английский язык", "Математика", "Физическая культура"])
    }

    @Test func aTransferredStudentsForecastIsThatOfTheirNewClasssGradebook() throws {
        // Белова has a 5 in 5А's mathematics, moves to 5Б today and gets a 2 there.
        let school = try SchoolFixture()
        let belova = school.students[1]
        let class5B = try school.admin.createClass(yearID: school.year.id, grade: 5, letter: "Б")
        try school.admin.addWorkload(teacherID: school.mathTeacher.id, subjectID: school.math.id, classID: class5B.id, hoursPerWeek: 5)
        let teacher = school.teacher(school.mathTeacher)
        school.clock.set(SchoolFixture.lessonDay)
        try teacher.addMark(lessonID: school.mathLesson.id, studentID: belova.id, value: "5")
        school.clock.set(SchoolFixture.today)
        try school.admin.transferStudent(belova.id, toClassID: class5B.id, on: SchoolFixture.today)
        let lesson = try teacher.createLesson(classID: class5B.id, subjectID: school.math.id, on: SchoolFixture.today, slot: 1)
        try teacher.addMark(lessonID: lesson.id, studentID: belova.id, value: "2")

        let math = try #require(try school.actor([.student], person: belova).diaryMarks(studentID: belova.id, periodID: school.quarter2.id)
            .subjects.first { $0.subject.id == school.math.id })
        #expect(math.entries.map(\.mark.value) == ["5", "2"])
        let gradebook = try teacher.gradebook(classID: class5B.id, subjectID: school.math.id, periodID: school.quarter2.id)
        #expect(math.forecast == gradebook.forecast(for: belova.id) && math.forecast.suggestedMark == "2")

        // Her diary is now her new class teacher's to read, no longer the old one's.
        try school.admin.setClassTeacher(classID: class5B.id, teacherID: school.substituteTeacher.id)
        #expect(throws: Never.self) { try school.teacher(school.substituteTeacher).diaryWeek(studentID: belova.id, weekOf: SchoolFixture.today) }
        #expect(throws: Refusal.notVisible(.diary)) { try school.teacher(school.classTeacher).diaryWeek(studentID: belova.id, weekOf: SchoolFixture.today) }
        // Her week: 5А's Friday before the move, 5Б's lesson after it, not 5А's Monday lessons.
        let week = try school.actor([.student], person: belova).diaryWeek(studentID: belova.id, weekOf: SchoolFixture.today)
        #expect(week.lessons.map(\.lesson?.id) == [lesson.id])
    }

    @Test func aLateIsCountedApartFromAbsences() throws {
        let school = try SchoolFixture()
        school.clock.set(SchoolFixture.lessonDay)
        try school.teacher(school.mathTeacher).setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: "ОП")
        school.clock.set(SchoolFixture.today)
        let attendance = try school.actor([.student], person: school.students[0]).diaryAttendance(studentID: school.students[0].id,
                                                                                                  periodID: school.quarter2.id)
        #expect(attendance.totals == ["ОП": 1] && attendance.missedTotal == 0 && attendance.daysMissed == 0)
    }

    @Test func absencesAreCountedBySubjectAndCode() throws {
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        school.clock.set(SchoolFixture.lessonDay)
        try teacher.setAttendance(lessonID: school.mathLesson.id, studentID: school.students[0].id, code: "Б")
        try teacher.setAttendance(lessonID: school.peLesson.id, studentID: school.students[0].id, code: "Н")
        school.clock.set(SchoolFixture.today)
        let attendance = try pupil(school, 0).diaryAttendance(studentID: school.students[0].id, periodID: school.quarter2.id)
        #expect(attendance.codes.map(\.code) == ["Н", "Б"])
        #expect(attendance.lines.map { "\($0.subjectName) \($0.lessons) \($0.missed)" } == [
            "Английский язык 1 [:]", "Математика 1 [\"Б\": 1]", "Физическая культура 1 [\"Н\": 1]",
        ])
        #expect(attendance.totals == ["Н": 1, "Б": 1] && attendance.daysMissed == 1)
    }

    @Test func whatChangedSinceThePreviousLoginIsNew() throws {
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        school.clock.set(SchoolFixture.lessonDay)
        try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "3")
        school.clock.advance(by: 60)

        // The very first visit (the temporary password replaced): nothing is called new.
        try school.admin.createAccount(login: "alekseev.b", personID: school.students[0].id, roles: [.student],
                                       temporaryPassword: "Vremya-2026", rounds: 1_000)
        guard case .mustChangePassword(let change) = try school.journal.logIn(login: "alekseev.b", password: "Vremya-2026") else {
            Issue.record("the temporary password did not ask for a new one")
            return
        }
        let first = try change.choose("Svoi-parol-2026", rounds: 1_000)
        #expect(try first.diaryNews(studentID: school.students[0].id) == DiaryNews(since: nil, items: []))
        first.end(.loggedOut)

        // Meanwhile a mark for him, one for someone else, and homework.
        school.clock.advance(by: 3600)
        let mark = try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[0].id, value: "5", workKind: WorkKind.test)
        try teacher.addMark(lessonID: school.mathLesson.id, studentID: school.students[1].id, value: "2")
        try teacher.changeLesson(school.mathLesson.id, .homework("№ 12"))
        school.clock.advance(by: 3600)

        let second = try logIn(school, "alekseev.b", "Svoi-parol-2026")
        let news = try second.diaryNews(studentID: school.students[0].id)
        #expect(news.since != nil)
        #expect(Set(news.items.map(\.recordID)) == [mark.id, school.mathLesson.id])
        #expect(news.items.contains { $0.kind == .mark(value: "5", workKind: WorkKind.test, weight: mark.weight) })
        #expect(news.items.contains { $0.kind == .homework("№ 12") && $0.subjectName == "Математика" })
        // The week has the new mark and the new homework the diary highlights.
        let week = try second.diaryWeek(studentID: school.students[0].id, weekOf: SchoolFixture.lessonDay)
        let math = try #require(week.lessons.first { $0.lesson?.id == school.mathLesson.id })
        #expect(math.marks.map(\.id).contains(mark.id) && math.homework == "№ 12")

        // Logging in on another terminal (or `journal passwd`) later does not empty this session's list.
        school.clock.advance(by: 60)
        let elsewhere = try logIn(school, "alekseev.b", "Svoi-parol-2026")
        #expect(try second.diaryNews(studentID: school.students[0].id) == news)
        #expect(try elsewhere.diaryNews(studentID: school.students[0].id).items.isEmpty)
    }

    @Test func aParentSeesTheChildrenWithConsentOnly() throws {
        let school = try SchoolFixture()
        let link = try school.admin.linkGuardian(parentID: school.parent.id, studentID: school.students[1].id, relation: "отец", consent: false)
        let parent = school.actor([.parent], person: school.parent)
        #expect(try parent.diaryPupils().map(\.id) == [school.students[0].id])
        #expect(throws: Refusal.notVisible(.diary)) { try parent.diaryWeek(studentID: school.students[1].id, weekOf: SchoolFixture.lessonDay) }

        try school.admin.setGuardianConsent(link.id, consent: true)
        #expect(try parent.diaryPupils().map(\.fullName) == school.students[0...1].map(\.fullName))
        #expect(try parent.diaryPupils().allSatisfy { $0.classTitle == "5А" })
        #expect(throws: Never.self) { try parent.diaryWeek(studentID: school.students[1].id, weekOf: SchoolFixture.lessonDay) }
        #expect(try school.teacher(school.mathTeacher).diaryPupils().isEmpty)
    }

    @Test func onlyStudentsAndParentsWithoutStaffRolesReadTheDiaryAtHome() throws {
        let school = try SchoolFixture()
        #expect(school.actor([.student], person: school.students[0]).readsDiary)
        #expect(school.actor([.parent], person: school.parent).readsDiary)
        #expect(!school.actor([.parent, .teacher], person: school.parent).readsDiary)
        #expect(!school.teacher(school.mathTeacher).readsDiary)
    }

    private func logIn(_ school: SchoolFixture, _ login: String, _ password: String) throws -> JournalSession {
        guard case .session(let session) = try school.journal.logIn(login: login, password: password) else {
            throw Refusal.notFound(LocalizedText(ru: "нет сеанса", en: "no session"))
        }
        return session
    }
}
