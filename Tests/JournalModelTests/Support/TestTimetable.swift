import Foundation
@testable import JournalModel

/// 5А's weekly timetable for lesson tests: on Monday math (1), Russian (2) and English in both
/// groups (3); on Friday math (2), the slot of the recorded 2026-11-20 math lesson.
struct TestTimetable {
    let mondayMath: TimetableEntry
    let mondayRussian: TimetableEntry
    let mondayEnglish1: TimetableEntry
    let mondayEnglish2: TimetableEntry
    let fridayMath: TimetableEntry

    init(_ school: TestSchool) throws {
        func entry(_ weekday: Int, _ slot: Int, _ subject: Subject, _ teacher: Person, group: Subgroup? = nil) throws -> TimetableEntry {
            try school.admin.addTimetableEntry(TimetableEntry(
                yearID: school.year.id, weekday: weekday, slot: slot, classID: school.class5A.id, subjectID: subject.id,
                subgroupID: group?.id, teacherID: teacher.id, validFrom: school.year.startsOn))
        }
        mondayMath = try entry(1, 1, school.math, school.mathTeacher)
        mondayRussian = try entry(1, 2, school.russian, school.classTeacher)
        mondayEnglish1 = try entry(1, 3, school.english, school.englishTeacher1, group: school.englishGroup1)
        mondayEnglish2 = try entry(1, 3, school.english, school.englishTeacher2, group: school.englishGroup2)
        fridayMath = try entry(5, 2, school.math, school.mathTeacher)
    }
}
