import Foundation
@testable import JournalModel

/// Monday's timetable for the lesson school, with bells: 1А Russian (1), 5А mathematics (2),
/// 5А English, group 1 (3). Nothing of it is recorded yet.
struct LessonTimetable {
    let russian1A: TimetableEntry
    let math5A: TimetableEntry
    let english5A: TimetableEntry

    init(_ school: LessonSchool) throws {
        let journal = school.journal
        for (slot, starts, ends) in [(1, "08:30", "09:15"), (2, "09:25", "10:10"), (3, "10:20", "11:05")] {
            try school.admin.setBell(slot: slot, startsAt: starts, endsAt: ends)
        }
        func entry(_ slot: Int, _ lesson: Lesson, _ teacher: Person) throws -> TimetableEntry {
            try school.admin.addTimetableEntry(TimetableEntry(
                yearID: school.class5A.yearID, weekday: 1, slot: slot, classID: lesson.classID, subjectID: lesson.subjectID,
                subgroupID: lesson.subgroupID, teacherID: teacher.id, validFrom: SchoolDate("2026-09-01")!))
        }
        russian1A = try entry(1, school.firstGradeLesson, school.primaryTeacher)
        math5A = try entry(2, school.mathLesson, school.mathTeacher)
        english5A = try entry(3, school.englishLesson, school.englishTeacher)
    }
}
