import Foundation
import Testing
@testable import JournalModel
@testable import JournalDemo

@Suite struct DemoSchoolPlanTests {
    @Test func sameSeedGivesTheSamePlanAndAnotherSeedAnother() {
        let a = DemoSchoolPlan.make(size: .school, seed: 11)
        let b = DemoSchoolPlan.make(size: .school, seed: 11)
        let c = DemoSchoolPlan.make(size: .school, seed: 12)
        #expect(a == b)
        #expect(a != c)
        #expect(a.students.map(\.person) != c.students.map(\.person))
    }

    /// Golden values: a change here means every existing demo database would come out different,
    /// so re-record them only on purpose.
    @Test func seedOneStaysTheSameAcrossRunsAndPlatforms() {
        let plan = DemoSchoolPlan.make(size: .small, seed: 1)
        let first = plan.classes[0].students[0]
        #expect(first.person.fullName == "Боровая Диана Алексеевна")
        #expect(first.login == "borovaia.d")
        #expect(first.birthDate.iso == "2015-06-14")
        #expect(plan.teachers[0].person.fullName == "Овчинникова Нина Григорьевна")
        var rng = DemoRandom(seed: 1)
        let draws: [Int] = [rng.int(in: 1...100), rng.int(in: 1...100), rng.int(in: 1...100)]
        #expect(draws == [57, 75, 98])
    }

    @Test func largeHasExactly44ClassesAndAbout1200Students() {
        let plan = DemoSchoolPlan.make(size: .large, seed: 1)
        #expect(plan.classes.count == 44)
        #expect((1_150...1_250).contains(plan.students.count))
    }

    @Test func schoolHasAbout600Students() {
        let plan = DemoSchoolPlan.make(size: .school, seed: 1)
        #expect((22...24).contains(plan.classes.count))
        #expect((560...640).contains(plan.students.count))
    }

    @Test func smallIsOneFifthGradeOf25() {
        let plan = DemoSchoolPlan.make(size: .small, seed: 1)
        #expect(plan.classes.map(\.name) == ["5А"])
        #expect(plan.students.count == 25)
    }

    @Test(arguments: DemoSchoolSize.allCases, [UInt64(1), 2, 3, 2026])
    func nobodyIsInTwoPlacesAtOnce(size: DemoSchoolSize, seed: UInt64) {
        let plan = DemoSchoolPlan.make(size: size, seed: seed)
        var teacherSlots = Set<[Int]>()
        var classSlots: [[Int]: Set<Int?>] = [:]
        for lesson in plan.timetable {
            #expect(teacherSlots.insert([lesson.teacherID, lesson.slot.index]).inserted,
                    "teacher \(lesson.teacherID) twice at \(lesson.slot)")
            let key = [lesson.classID, lesson.slot.index]
            let groups = classSlots[key, default: []]
            // A class slot holds one whole-class lesson or the two groups of one split subject.
            #expect(!groups.contains(lesson.group) && !groups.contains(nil) && (groups.isEmpty || lesson.group != nil))
            classSlots[key, default: []].insert(lesson.group)
        }
    }

    @Test(arguments: DemoSchoolSize.allCases)
    func everyClassGetsItsCurriculumWithinTheLegalLimits(size: DemoSchoolSize) {
        let plan = DemoSchoolPlan.make(size: size, seed: 9)
        for schoolClass in plan.classes {
            let lessons = plan.timetable.filter { $0.classID == schoolClass.id }
            let slots = Set(lessons.map(\.slot))
            #expect(slots.count == DemoCurriculum.weeklyHours(grade: schoolClass.grade))
            #expect(slots.count <= DemoCurriculum.maximumWeeklyHours(grade: schoolClass.grade))
            for day in DemoWeekday.allCases {
                let periods = slots.filter { $0.day == day }.map(\.period).sorted()
                #expect(periods == Array(1..<(periods.count + 1)), "\(schoolClass.name) has a gap on \(day)")
                #expect(periods.count <= DemoCurriculum.maximumLessonsPerDay(grade: schoolClass.grade))
            }
            for item in DemoCurriculum.items(grade: schoolClass.grade) {
                let groups: [Int?] = item.split.isSplit ? [1, 2] : [nil]
                for group in groups {
                    let count = lessons.filter { $0.subject == item.subject && $0.group == group }.count
                    #expect(count == item.hoursPerWeek, "\(schoolClass.name) \(item.subject.name) group \(String(describing: group))")
                }
            }
        }
    }

    @Test func workloadMatchesTimetableAndTeachersStayWithinTheirLoad() {
        let plan = DemoSchoolPlan.make(size: .large, seed: 4)
        var hours: [Int: Int] = [:]
        for line in plan.workload { hours[line.teacherID, default: 0] += line.hoursPerWeek }
        for teacher in plan.teachers {
            let lessons = plan.timetable.filter { $0.teacherID == teacher.id }.count
            #expect(lessons == hours[teacher.id, default: 0])
            #expect(lessons <= teacher.maximumLoad)
        }
        // Split groups of a class have different teachers.
        for line in plan.workload where line.group == 1 {
            let other = plan.workload.first { $0.classID == line.classID && $0.subject == line.subject && $0.group == 2 }
            #expect(other != nil && other?.teacherID != line.teacherID)
        }
        #expect(plan.timetableRelaxations <= 20)
    }

    @Test func groupsSplitTheClassAsJournalsDo() {
        let plan = DemoSchoolPlan.make(size: .school, seed: 3)
        for schoolClass in plan.classes where schoolClass.grade >= 5 && schoolClass.grade <= 9 {
            let one = schoolClass.students(in: 1, for: .english)
            let two = schoolClass.students(in: 2, for: .english)
            #expect(one.count + two.count == schoolClass.students.count)
            #expect(one.count - two.count <= 1 && one.count >= two.count)
            #expect(schoolClass.students(in: 1, for: .technology).allSatisfy { $0.person.sex == .male })
            #expect(schoolClass.students(in: 2, for: .technology).allSatisfy { $0.person.sex == .female })
            #expect(schoolClass.students(in: nil, for: .algebra).count == schoolClass.students.count)
        }
        #expect(plan.classes.filter { !$0.hasMarks }.allSatisfy { $0.grade == 1 })
    }

    @Test func everyClassHasItsOwnClassTeacher() {
        let plan = DemoSchoolPlan.make(size: .large, seed: 5)
        let leaders = plan.classes.map(\.classTeacherID)
        #expect(Set(leaders).count == leaders.count)
        for schoolClass in plan.classes where schoolClass.grade <= 4 {
            #expect(plan.teachers[schoolClass.classTeacherID].specialty == .primary)
        }
    }

    @Test func loginsAreAsciiAndUniqueAcrossTheSchool() {
        let plan = DemoSchoolPlan.make(size: .large, seed: 6)
        let logins = plan.teachers.map(\.login) + plan.students.map(\.login) + plan.parents.map(\.login)
        #expect(Set(logins).count == logins.count)
        for login in logins {
            #expect(!login.isEmpty)
            #expect(login.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isLowercase || ("0"..."9").contains($0) || $0 == ".") })
        }
    }

    @Test func studentsAreOfTheRightAgeAndListedAlphabetically() {
        let plan = DemoSchoolPlan.make(size: .school, seed: 8)
        for schoolClass in plan.classes {
            let people = schoolClass.students.map(\.person)
            #expect(people == people.sorted(by: DemoPerson.classListOrder))
            for student in schoolClass.students {
                let ageOnFirstSeptember = plan.schoolYear - student.birthDate.year
                    - (student.birthDate.month >= 9 ? 1 : 0)
                #expect((5 + schoolClass.grade...7 + schoolClass.grade).contains(ageOnFirstSeptember))
                #expect(!student.parents.isEmpty)
                for parent in student.parents {
                    let expected = DemoNameForms.masculineSurname(of: student.person.lastName, sex: student.person.sex)
                    #expect(DemoNameForms.masculineSurname(of: parent.person.lastName, sex: parent.person.sex) == expected)
                }
            }
        }
    }

    @Test func largePlanIsFast() {
        let start = Date()
        _ = DemoSchoolPlan.make(size: .large, seed: 77)
        #expect(Date().timeIntervalSince(start) < 3.0)
    }
}
