import Foundation
import JournalTestSupport
import Testing
@testable import JournalModel
@testable import JournalDemo

/// End-to-end through tmux on the real `journal` binary (issue 4): the demo teacher logs in, takes
/// the register of today's lesson from the home screen, writes the topic and a two-line homework,
/// quits; then the demo class teacher logs in and gives one absence a reason.
@Suite("Lesson end to end (tmux)", .serialized)
struct LessonEndToEndTests {
    @Test(.enabled(if: DemoSchoolTerminal.isAvailable), .timeLimit(.minutes(2)))
    func teacherTakesTheRegisterWritesTheLessonAndTheClassTeacherGivesAReason() throws {
        // Given the demo school and the teacher on the home screen, today's lesson on the first line
        let school = try DemoSchoolTerminal()
        let admin = JournalSession.system(try school.journal(), "test")
        let teacherID = try school.personID(ofLogin: "teacher")
        let lessonID = try #require(try admin.lessons(forTeacher: teacherID, on: DemoSchoolTerminal.today).compactMap(\.lesson).first?.id)
        let classID = try admin.lesson(id: lessonID).classID
        let students = try admin.classAttendance(classID: classID, from: DemoSchoolTerminal.today, to: DemoSchoolTerminal.today).students
        let before = try school.lastLogSeq()
        var session = try school.logIn("teacher")
        defer { session.close() }

        // When they open its register (F5) and mark two absent (Н from the Latin and the Russian
        // layout) and one late (ОП as j g), then everyone else present (F8)
        try session.send("F5")
        try session.waitFor("Посещаемость ещё не отмечена")
        try session.send("y", literal: true)
        try session.send("н", literal: true)
        try session.send("j", literal: true)
        try session.send("g", literal: true)
        // (the sheet's rows: number, name, code; the third student's ends in ОП)
        try session.waitUntil("\(students[2].fullName) … ОП") { lines in
            lines.contains { $0.contains(students[2].fullName) && $0.hasSuffix("ОП") }
        }
        try session.send("F8")
        try session.waitFor("Отметка проведена")

        // And open the lesson record (F4), replace the topic and the homework, saving each (F2)
        try session.send("F4")
        try session.waitFor("Тема:")
        try session.send("Enter")
        try session.send("End")
        try session.send(contentsOf: Array(repeating: "BSpace", count: 60))
        try session.send("Сложение дробей", literal: true)
        try session.send("C-Left")  // a word back, as in any editor, through the terminal's kLFT5
        try session.send("обыкновенных ", literal: true)
        try session.send("F2")
        try session.waitFor("Сохранено")
        try session.send("Down", "Down", "Enter")
        try session.send("C-e")
        try session.send(contentsOf: Array(repeating: "BSpace", count: 60))
        try session.send("№ 12, 14", literal: true)
        try session.send("Enter")
        try session.send("Выучить правило на с. 45", literal: true)
        try session.send("F2")
        // Typing clears the status line and the text shows before F2 is handled: wait for both.
        try session.waitFor("Выучить правило на с. 45")
        try session.waitFor("Сохранено")
        try session.send("F10")
        try session.waitFor("JOURNAL EXITED")

        // Then the database holds exactly that
        let lesson = try admin.lesson(id: lessonID)
        let day = try admin.classAttendance(classID: lesson.classID, from: DemoSchoolTerminal.today, to: DemoSchoolTerminal.today)
        let codes = day.students.map { day.attendance(lessonID: lesson.id, studentID: $0.id)?.code }
        #expect(Array(codes.prefix(3)) == ["Н", "Н", "ОП"])
        #expect(codes.dropFirst(3).allSatisfy { $0 == nil })
        #expect(lesson.topic == "Сложение обыкновенных дробей")
        #expect(lesson.homework == "№ 12, 14\nВыучить правило на с. 45")
        #expect(lesson.attendanceTaken)
        // And the log has one entry per change, nothing more (logins are the accounts' own entries)
        let entries = try school.journalEntries(after: before)
        #expect(entries.map(\.table) == ["attendance", "attendance", "attendance", "lesson", "lesson", "lesson"])
        #expect(entries.map(\.field) == [nil, nil, nil, "attendance_taken", "topic", "homework"])
        #expect(entries.last?.new?.contains("Выучить правило на с. 45") == true)
        session.close()

        // When the class teacher opens the class's week (F6), moves to the lesson and types Б
        // (on the "," key) over the first student's absence
        let afterTeacher = try school.lastLogSeq()
        session = try school.logIn("klass")
        try session.send("F6")
        try session.waitFor("Пропусков без причины: 2")
        let slotsBefore = try admin.classAttendance(classID: lesson.classID, from: DemoSchoolTerminal.today, to: DemoSchoolTerminal.today)
            .lessons.filter { $0.slot < lesson.slot }.count
        for _ in 0..<slotsBefore { try session.send("Right") }
        try session.send(",", literal: true)
        try session.waitFor("Причина пропуска: Б")
        try session.send("F10")
        try session.waitFor("JOURNAL EXITED")

        // Then only that code changed
        let week = try admin.classAttendance(classID: lesson.classID, from: DemoSchoolTerminal.today, to: DemoSchoolTerminal.today)
        #expect(Array(week.students.map { week.attendance(lessonID: lesson.id, studentID: $0.id)?.code }.prefix(3)) == ["Б", "Н", "ОП"])
        let reason = try school.journalEntries(after: afterTeacher)
        #expect(reason.map(\.table) == ["attendance"])
        #expect(reason.map(\.field) == ["code"])
    }
}
