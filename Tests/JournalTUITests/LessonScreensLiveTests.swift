import Foundation
import JournalModel
import Testing
@testable import JournalTUI

/// End-to-end through tmux: the lesson screens on the real terminal, then the database and the log.
///
/// Until the home screen opens these screens, a test-only entry does: the test binary runs itself in
/// tmux with `JOURNAL_TUI_SCREENS=1`, which enables `liveLessonScreens`; it opens the journal file the
/// outer test built and shows the attendance sheet (or the class week) for the given teacher.
@Suite("Lesson screens live (tmux)")
struct LessonScreensLiveTests {
    static var settings: [String: String] { ProcessInfo.processInfo.environment }
    static var isChild: Bool { settings["JOURNAL_TUI_SCREENS"] == "1" }

    @MainActor
    @Test(.enabled(if: LessonScreensLiveTests.isChild))
    func liveLessonScreens() throws {
        let settings = Self.settings
        let journal = try LessonSchool.open(path: try #require(settings["JOURNAL_TUI_DB"]))
        let actor = LessonSchool.teacher(personID: try #require(settings["JOURNAL_TUI_PERSON"]))
        let screen: any Screen = settings["JOURNAL_TUI_SCREEN"] == "week"
            ? ClassWeekScreen(journal: journal, actor: actor, classID: try #require(settings["JOURNAL_TUI_CLASS"]), weekOf: LessonSchool.lessonDay)
            : AttendanceScreen(journal: journal, actor: actor, lessonID: try #require(settings["JOURNAL_TUI_LESSON"]))
        let terminal = try Terminal()
        let state = AppState(size: terminal.size, language: .fromEnvironment(),
                             keymap: KeymapLoader.load(preset: "default", userFile: nil).keymap, screen: screen)
        AppRunner(terminal: terminal, state: state, environment: AppEnvironment(authenticator: FakeAuthenticator())).run()
        print("SCREENS SESSION ENDED")
    }

    private func start(_ school: LessonSchool, screen: String, person: Person) throws -> TmuxSession {
        let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        return try TmuxSession(
            command: "\(binary) --testing-library swift-testing --filter liveLessonScreens", width: 80, height: 24,
            environment: [
                "JOURNAL_TUI_SCREENS": "1", "JOURNAL_TUI_SCREEN": screen, "JOURNAL_TUI_DB": school.databasePath,
                "JOURNAL_TUI_PERSON": person.id, "JOURNAL_TUI_LESSON": school.mathLesson.id, "JOURNAL_TUI_CLASS": school.class5A.id,
                "LANG": "ru_RU.UTF-8", "TERM": "tmux-256color", "XDG_CONFIG_HOME": "/nonexistent",
            ])
    }

    @Test(.enabled(if: TmuxSession.isAvailable && !LessonScreensLiveTests.isChild), .timeLimit(.minutes(2)))
    func teacherTakesTheRegisterWritesTheLessonAndTheClassTeacherGivesAReason() throws {
        // Given the school on disk and the math teacher's attendance sheet in a terminal
        let school = try LessonSchool()
        let before = try school.lastLogSeq()
        var session = try start(school, screen: "attendance", person: school.mathTeacher)
        defer { session.close() }
        var screen = try session.waitFor("Посещаемость: 5А").joined(separator: "\n")
        #expect(screen.contains("Алексеев Борис Викторович"))

        // When they mark two absent (Н from the Latin and the Russian layout) and one late (ОП as j g)
        try session.send("y", literal: true)
        try session.send("н", literal: true)
        try session.send("j", literal: true)
        try session.send("g", literal: true)
        let lateRow = "3>Ёлкин Дмитрий Ефимович" + String(repeating: " ", count: 13) + "ОП"
        screen = try session.waitFor(lateRow).joined(separator: "\n")
        #expect(screen.contains(lateRow))
        try session.send("F8")
        try session.waitFor("Остальные отмечены")

        // And write the topic over the plan's suggestion, and a two-line homework, then quit
        try session.send("F4")
        try session.waitFor("Тема (по плану)")
        try session.send("Enter")
        try session.send("BSpace", "BSpace", "BSpace", "BSpace", "BSpace")
        try session.send("Сложение дробей", literal: true)
        try session.send("F2")
        try session.waitFor("Сохранено")
        try session.send("Down", "Down", "Enter")
        try session.send("№ 12, 14", literal: true)
        try session.send("Enter")
        try session.send("Выучить правило на с. 45", literal: true)
        try session.send("F2")
        // The topic's "Сохранено" may still be on screen: wait for the homework itself (the keys
        // are handled in order, so the save is done before F10 below).
        screen = try session.waitFor("Выучить правило на с. 45").joined(separator: "\n")
        // Typing clears the status line, and the text shows before F2 is handled: on a busy
        // machine the first capture may come between the two, so wait for the save as well.
        let deadline = Date().addingTimeInterval(15)
        while !screen.contains("Сохранено"), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            screen = try session.capture().joined(separator: "\n")
        }
        #expect(screen.contains("Сохранено"))
        try session.send("F10")
        try session.waitFor("SCREENS SESSION ENDED")

        // Then the database holds exactly that
        let day = try school.journal.classAttendance(classID: school.class5A.id, from: LessonSchool.lessonDay, to: LessonSchool.lessonDay)
        let codes = school.students.map { day.attendance(lessonID: school.mathLesson.id, studentID: $0.id)?.code }
        #expect(codes == ["Н", "Н", "ОП"])
        let lesson = try school.journal.lesson(id: school.mathLesson.id)
        #expect(lesson.topic == "Сложение дробей")
        #expect(lesson.homework == "№ 12, 14\nВыучить правило на с. 45")
        #expect(lesson.attendanceTaken)
        // And the log has one entry per change, nothing more
        let entries = try school.logEntries(after: before)
        #expect(entries.map(\.table) == ["attendance", "attendance", "attendance", "lesson", "lesson", "lesson"])
        #expect(entries.map(\.field) == [nil, nil, nil, "attendance_taken", "topic", "homework"])
        #expect(entries[5].new?.contains("Выучить правило на с. 45") == true)
        session.close()

        // When the class teacher opens the week and gives Алексеев's absence a reason (Б on the "," key)
        let afterTeacher = try school.lastLogSeq()
        session = try start(school, screen: "week", person: school.classTeacher)
        try session.waitFor("Посещаемость 5А")
        try session.send(",", literal: true)
        screen = try session.waitFor("Причина пропуска: Б").joined(separator: "\n")
        #expect(screen.contains("Причина пропуска: Б"))
        try session.send("F10")
        try session.waitFor("SCREENS SESSION ENDED")

        // Then only that code changed
        let week = try school.journal.classAttendance(classID: school.class5A.id, from: LessonSchool.lessonDay, to: LessonSchool.lessonDay)
        #expect(school.students.map { week.attendance(lessonID: school.mathLesson.id, studentID: $0.id)?.code } == ["Б", "Н", "ОП"])
        let reason = try school.logEntries(after: afterTeacher)
        #expect(reason.map(\.table) == ["attendance"])
        #expect(reason.map(\.field) == ["code"])
    }
}
