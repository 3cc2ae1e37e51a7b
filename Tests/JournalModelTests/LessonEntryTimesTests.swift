import Foundation
import JournalTestSupport
import Testing
@testable import JournalModel

/// DOMAIN §3.7: when a lesson's parts were first entered, for the timeliness report.
@Suite struct LessonEntryTimesTests {
    /// Noon of the lesson day plus some minutes.
    private func moment(minutes: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(SchoolFixture.lessonDay.dayNumber * 86_400 + 12 * 3_600 + minutes * 60))
    }

    @Test func firstEntryOfEachPartComesFromTheLog() throws {
        // Given a lesson recorded at noon on its day
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        let lessonID = school.mathLesson.id

        // When the teacher enters attendance at 12:10, the topic at 13:00, changes it the next day,
        // homework at 20:00, and marks at 12:30 and three days later
        school.clock.set(moment(minutes: 10))
        try teacher.setAttendance(lessonID: lessonID, studentID: school.students[0].id, code: "Н")
        school.clock.set(moment(minutes: 60))
        try teacher.changeLesson(lessonID, .topic("Дроби"))
        school.clock.set(moment(minutes: 24 * 60))
        try teacher.changeLesson(lessonID, .topic("Сравнение дробей"))
        school.clock.set(moment(minutes: 8 * 60))
        try teacher.changeLesson(lessonID, .homework("№ 212"))
        school.clock.set(moment(minutes: 30))
        let onTime = try teacher.addMark(lessonID: lessonID, studentID: school.students[1].id, value: "5")
        school.clock.set(moment(minutes: 72 * 60))
        let late = try teacher.addMark(lessonID: lessonID, studentID: school.students[2].id, value: "4")
        let removed = try teacher.addMark(lessonID: lessonID, studentID: school.students[2].id, value: "3")
        try teacher.removeMark(markID: removed.id)

        // Then each part's first entry time is reported; removed marks are not
        let times = try school.admin.entryTimes(lessonID: lessonID)
        #expect(times.recorded == moment(minutes: 0))
        #expect(times.attendance == moment(minutes: 10))
        #expect(times.topic == moment(minutes: 60))
        #expect(times.homework == moment(minutes: 8 * 60))
        #expect(times.marks == [onTime.id: moment(minutes: 30), late.id: moment(minutes: 72 * 60)])
        #expect(times.firstMark == moment(minutes: 30))
    }

    @Test func everyonePresentCountsAsAttendanceEntered() throws {
        // Given "everyone present" at 12:05 and a late code at 14:00
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        school.clock.set(moment(minutes: 5))
        try teacher.markAllPresent(lessonID: school.peLesson.id)
        school.clock.set(moment(minutes: 120))
        try teacher.setAttendance(lessonID: school.peLesson.id, studentID: school.students[0].id, code: "ОП")

        // Then attendance was entered at 12:05; nothing else was
        let times = try school.admin.entryTimes(lessonID: school.peLesson.id)
        #expect(times.attendance == moment(minutes: 5))
        #expect(times.topic == nil)
        #expect(times.homework == nil)
        #expect(times.marks.isEmpty)
    }

    @Test func clearedTopicIsNotAnEntry() throws {
        let school = try SchoolFixture()
        let teacher = school.teacher(school.mathTeacher)
        school.clock.set(moment(minutes: 60))
        try teacher.changeLesson(school.mathLesson.id, .topic("Дроби"))
        try teacher.changeLesson(school.mathLesson.id, .topic(""))
        school.clock.set(moment(minutes: 300))
        try teacher.changeLesson(school.mathLesson.id, .homework(""))
        let times = try school.admin.entryTimes(lessonID: school.mathLesson.id)
        #expect(times.topic == moment(minutes: 60))
        #expect(times.homework == nil)
    }

    @Test func timestampsReadBackAsWritten() {
        let date = Date(timeIntervalSince1970: 1_795_000_000.123)
        let text = Timestamp.text(date)
        #expect(Timestamp.date(from: text).map { abs($0.timeIntervalSince(date)) < 0.001 } == true)
        #expect(Timestamp.date(from: "2026-11-20") == nil)
    }
}
