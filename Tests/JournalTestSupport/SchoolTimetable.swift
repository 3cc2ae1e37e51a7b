import Foundation
@testable import JournalModel

/// The school's weekly timetable, with bells for slots 1–4. Monday: 1А Russian (1), 5А
/// mathematics in room 212 (2), 5А English in both groups (3), 5А Russian (4). Friday: 5А
/// mathematics (2), the slot of the recorded 20.11 lesson.
public struct SchoolTimetable {
    public let mondayRussian1A: TimetableEntry
    public let mondayMath: TimetableEntry
    public let mondayEnglish1: TimetableEntry
    public let mondayEnglish2: TimetableEntry
    public let mondayRussian: TimetableEntry
    public let fridayMath: TimetableEntry

    public init(_ school: SchoolFixture) throws {
        for (slot, starts, ends) in [(1, "08:30", "09:15"), (2, "09:25", "10:10"), (3, "10:20", "11:05"), (4, "11:15", "12:00")] {
            try school.admin.setBell(slot: slot, startsAt: starts, endsAt: ends)
        }
        func entry(_ weekday: Int, _ slot: Int, _ schoolClass: SchoolClass, _ subject: Subject, _ teacher: Person,
                   group: Subgroup? = nil, room: String = "") throws -> TimetableEntry {
            try school.admin.addTimetableEntry(TimetableEntry(
                yearID: school.year.id, weekday: weekday, slot: slot, classID: schoolClass.id, subjectID: subject.id,
                subgroupID: group?.id, teacherID: teacher.id, room: room, validFrom: school.year.startsOn))
        }
        mondayRussian1A = try entry(1, 1, school.class1A, school.russian, school.primaryTeacher)
        mondayMath = try entry(1, 2, school.class5A, school.math, school.mathTeacher, room: "212")
        mondayEnglish1 = try entry(1, 3, school.class5A, school.english, school.englishTeacher1, group: school.englishGroup1)
        mondayEnglish2 = try entry(1, 3, school.class5A, school.english, school.englishTeacher2, group: school.englishGroup2)
        mondayRussian = try entry(1, 4, school.class5A, school.russian, school.classTeacher)
        fridayMath = try entry(5, 2, school.class5A, school.math, school.mathTeacher)
    }
}
