import Foundation
import JournalTestSupport
@testable import JournalModel
@testable import JournalTUI
import Testing

/// The diary on screen: a student's and a parent's home after login, weeks, dates, the lesson in
/// full, the marks and their forecast, children and periods; golden snapshots at 80×24 and 132×40.
@Suite struct DiaryScreenTests {
    /// Алексеев's week of 16–22.11 with a test mark, homework, a topic, an absence and a pass,
    /// the mark and the homework set after his previous login; his session from a second login.
    static func schoolWithDiary() throws -> (SchoolFixture, JournalSession) {
        let school = try SchoolFixture(with: .gradebookHistory)
        let pupil = school.students[0]
        try school.account("alekseev.b", for: pupil, roles: [.student], password: "Svoi-parol-2026")
        school.clock.advance(by: 60)
        let math = school.teacher(school.mathTeacher)
        try math.changeLesson(school.mathLesson.id, .topic("Сложение и вычитание дробей"))
        try math.changeLesson(school.mathLesson.id, .homework("№ 245, 247 (а, б)\nПовторить правило на с. 61"))
        try math.addMark(lessonID: school.mathLesson.id, studentID: pupil.id, value: "5", workKind: WorkKind.test)
        try math.addMark(lessonID: school.peLesson.id, studentID: pupil.id, value: MarkValue.pass)
        try school.teacher(school.englishTeacher1).setAttendance(lessonID: school.englishLesson1.id, studentID: pupil.id, code: "Б")
        school.clock.advance(by: 60)
        guard case .session(let session) = try school.journal.logIn(login: "alekseev.b", password: "Svoi-parol-2026") else {
            throw Refusal.notFound(LocalizedText(ru: "нет сеанса", en: "no session"))
        }
        return (school, session)
    }

    private func press(_ state: inout AppState, _ keys: Key...) {
        for key in keys { state.reduce(.key(key)) }
    }

    private func diary(_ state: AppState) throws -> DiaryScreen { try #require(state.screen as? DiaryScreen) }

    @Test func aStudentLogsInToTheDiary() throws {
        let (school, _) = try Self.schoolWithDiary()
        var state = school.loginApp()
        for character in "alekseev.b" { press(&state, .character(character)) }
        press(&state, .tab)
        for character in "Svoi-parol-2026" { press(&state, .character(character)) }
        press(&state, .enter)
        let screen = try diary(state)
        #expect(screen.pupil?.id == school.students[0].id && screen.page == .week)
        #expect(screen.monday == SchoolDate("2026-11-23")!)
        // This week opens on today's first lesson.
        #expect(screen.week?.lessons[screen.lessonIndex].date == SchoolFixture.today)
    }

    @Test func midweekTheDiaryOpensOnTheNextLesson() throws {
        let (school, session) = try Self.schoolWithDiary()
        school.clock.set(SchoolDate("2026-11-25")!)  // a Wednesday without lessons
        let screen = DiaryScreen(session: session)
        #expect(screen.week?.lessons[screen.lessonIndex].date == SchoolDate("2026-11-27")!)
    }

    @Test func aLongHomeworkScrollsInFull() throws {
        let (school, session) = try Self.schoolWithDiary()
        let homework = (1...40).map { "Упражнение \($0)" }.joined(separator: "\n")
        try school.teacher(school.mathTeacher).changeLesson(school.mathLesson.id, .homework(homework))
        var state = school.app(DiaryScreen(session: session), as: session)
        press(&state, .pageUp)
        let index = try #require(try diary(state).week?.lessons.firstIndex { $0.lesson?.id == school.mathLesson.id })
        for _ in 0..<index { press(&state, .down) }
        press(&state, .enter)
        #expect(!AppView(state: state).render().lines().joined().contains("Упражнение 40"))
        for _ in 0..<60 { press(&state, .down) }
        let bottom = AppView(state: state).render().lines().joined(separator: "\n")
        #expect(bottom.contains("Упражнение 40") && bottom.contains("5 — Контрольная работа"))
        // Scrolled no further than the end: one Up shows an earlier line at once.
        press(&state, .up)
        #expect(try diary(state).scroll > 0)
        #expect(AppView(state: state).render().lines().joined(separator: "\n") != bottom)
    }

    @Test func weeksPageAndADateCanBeTyped() throws {
        let (school, session) = try Self.schoolWithDiary()
        var state = school.app(DiaryScreen(session: session), as: session)
        // What is new is read once, for the student, whichever week is shown.
        let news = try session.diaryNews(studentID: school.students[0].id)
        #expect(try diary(state).news == news && news.items.count == 3)
        press(&state, .pageUp)
        #expect(try diary(state).monday == SchoolDate("2026-11-16")!)
        #expect(try diary(state).news == news)
        press(&state, .home)
        #expect(try diary(state).monday == SchoolDate("2026-11-23")!)

        // A wrong date says so and keeps what was typed; a right one goes to its week and lesson.
        press(&state, .function(3))
        for character in "6.13.2026" { press(&state, .character(character)) }
        press(&state, .enter)
        #expect(try diary(state).dateField?.text == "6.13.2026")
        #expect(state.visibleStatus?.text.text(.russian).contains("не дата") == true)
        press(&state, .ctrl("u"))
        for character in "06.11.2026" { press(&state, .character(character)) }
        press(&state, .enter)
        let screen = try diary(state)
        #expect(screen.dateField == nil && screen.monday == SchoolDate("2026-11-02")!)
        #expect(screen.week?.lessons[screen.lessonIndex].lesson?.id == school.oldLesson.id)
    }

    @Test func enterShowsTheWholeLessonAndEscGoesBack() throws {
        let (school, session) = try Self.schoolWithDiary()
        var state = school.app(DiaryScreen(session: session), as: session)
        press(&state, .pageUp)
        let index = try #require(try diary(state).week?.lessons.firstIndex { $0.lesson?.id == school.mathLesson.id })
        for _ in 0..<index { press(&state, .down) }
        press(&state, .enter)
        #expect(try diary(state).lessonOpen)
        let text = AppView(state: state).render().lines().joined(separator: "\n")
        #expect(text.contains("Повторить правило на с. 61") && text.contains("5 — Контрольная работа"))
        press(&state, .escape)
        #expect(try !diary(state).lessonOpen)
    }

    @Test func theMarksPageOpensASubjectWithItsForecast() throws {
        let (school, session) = try Self.schoolWithDiary()
        var state = school.app(DiaryScreen(session: session), as: session)
        press(&state, .function(6))
        #expect(try diary(state).marks?.subjects.map(\.subject.name) == ["Английский язык", "Математика", "Физическая культура"])
        press(&state, .down, .enter)
        #expect(try diary(state).page == .subject(1))
        let text = AppView(state: state).render().lines().joined(separator: "\n")
        #expect(text.contains("Средневзвешенный балл") && text.contains("18 / 4 = 4.50") && text.contains("Прогноз: 4"))
        press(&state, .escape)
        #expect(try diary(state).page == .marks)
        // Another period: the third quarter has no marks yet.
        press(&state, .right)
        #expect(try diary(state).period?.id != school.quarter2.id)
        #expect(try diary(state).marks?.subjects.isEmpty == true)
        press(&state, .function(7))
        #expect(try diary(state).attendance != nil)
    }

    @Test func aParentSwitchesBetweenChildrenWithTab() throws {
        let school = try SchoolFixture()
        try school.admin.linkGuardian(parentID: school.parent.id, studentID: school.students[1].id, relation: "отец", consent: true)
        let parent = school.actor([.parent], person: school.parent)
        var state = school.app(DiaryScreen(session: parent), as: parent)
        #expect(try diary(state).pupil?.id == school.students[0].id)
        press(&state, .tab)
        #expect(try diary(state).pupil?.id == school.students[1].id)
        #expect(try diary(state).week?.pupil.id == school.students[1].id)
        press(&state, .tab)
        #expect(try diary(state).pupil?.id == school.students[0].id)

        let student = school.actor([.student], person: school.students[2])
        var alone = school.app(DiaryScreen(session: student), as: student)
        press(&alone, .tab)
        #expect(try diary(alone).pupil?.id == school.students[2].id)
        #expect(alone.visibleStatus?.text.text(.russian).contains("только для одного") == true)
    }

    @Test(arguments: [Language.russian, .english], [Size(width: 80, height: 24), Size(width: 132, height: 40)])
    func snapshotsOfTheWeekAndASubject(language: Language, size: Size) throws {
        let (school, session) = try Self.schoolWithDiary()
        var state = school.app(DiaryScreen(session: session), as: session, size: size, language: language)
        press(&state, .pageUp)
        let index = try #require(try diary(state).week?.lessons.firstIndex { $0.lesson?.id == school.mathLesson.id })
        for _ in 0..<index { press(&state, .down) }
        let name = "\(size.width)x\(size.height)-\(language.rawValue)"
        Snapshot.assertMatches(AppView(state: state).render(), named: "diary-week-\(name)")
        press(&state, .function(6), .down, .enter)
        Snapshot.assertMatches(AppView(state: state).render(), named: "diary-subject-\(name)")
    }
}
