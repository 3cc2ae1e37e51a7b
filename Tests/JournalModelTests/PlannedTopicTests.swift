import Foundation
import JournalTestSupport
import Testing
@testable import JournalModel

/// A lesson's topic defaults to the next planned topic, counting the hours the class's
/// earlier lessons have used; the teacher may pick another.
@Suite struct PlannedTopicTests {
    /// Math in grade 5: Дроби (1 hour), Проценты (2 hours), Площадь (1 hour). 5А already has math
    /// on 2026-10-20 and 2026-11-20; three more lessons follow on 23, 24 and 25 November.
    private func schoolWithPlan() throws -> (SchoolFixture, [Lesson]) {
        let school = try SchoolFixture()
        try school.teacher(school.mathTeacher).importPlan(Data("1;Дроби;1\n2;Проценты;2\n3;Площадь;1\n".utf8), subjectID: school.math.id, grade: 5)
        var lessons: [Lesson] = [school.mathLessonQ1, school.mathLesson]
        for day in ["2026-11-23", "2026-11-24", "2026-11-25"] {
            lessons.append(try school.teacher(school.mathTeacher).createLesson(classID: school.class5A.id, subjectID: school.math.id, on: SchoolDate(day)!,
                                                           slot: 1))
        }
        return (school, lessons)
    }

    private func defaults(_ school: SchoolFixture, _ lessons: [Lesson]) throws -> [String?] {
        try lessons.map { try school.admin.plannedTopic(forLesson: $0.id)?.topic }
    }

    @Test func defaultTopicAdvancesWithHours() throws {
        // Given the plan and five lessons without topics
        let (school, lessons) = try schoolWithPlan()
        // When each lesson's default is asked / Then the 2-hour topic covers two lessons and the plan then runs out
        #expect(try defaults(school, lessons) == ["Дроби", "Проценты", "Проценты", "Площадь", nil])
    }

    @Test func pickingAnotherTopicMovesThePlanOn() throws {
        // Given the first lesson given the plan's second topic (the teacher skipped «Дроби»)
        let (school, lessons) = try schoolWithPlan()
        let teacher = school.teacher(school.mathTeacher)
        try teacher.changeLesson(lessons[0].id, .topic("проценты"))

        // Then the next lessons continue from there, and the skipped topic is not offered again
        #expect(try defaults(school, Array(lessons.dropFirst())) == ["Проценты", "Площадь", nil, nil])

        // When the teacher gives the second lesson an own topic, it still uses an hour
        try teacher.changeLesson(lessons[1].id, .topic("Решение задач"))
        #expect(try school.admin.plannedTopic(forLesson: lessons[2].id)?.topic == "Площадь")
    }

    @Test func lessonsNotHeldDoNotUseThePlan() throws {
        let (school, lessons) = try schoolWithPlan()
        try school.teacher(school.mathTeacher).changeLesson(lessons[0].id, .held(false))
        #expect(try school.admin.plannedTopic(forLesson: lessons[1].id)?.topic == "Дроби")
    }

    @Test func eachGroupGoesThroughThePlanOnItsOwn() throws {
        // Given an English plan, group 1's lesson on Friday and group 2's first lesson on Monday
        let school = try SchoolFixture()
        try school.admin.importPlan(Data("1;Greetings;1\n2;My family;1\n".utf8), subjectID: school.english.id, grade: 5)
        let groupTwo = try school.teacher(school.englishTeacher2).createLesson(classID: school.class5A.id, subjectID: school.english.id, subgroupID: school.englishGroup2.id,
                                                       on: SchoolFixture.today, slot: 3)
        let groupOne = try school.teacher(school.englishTeacher1).createLesson(classID: school.class5A.id, subjectID: school.english.id, subgroupID: school.englishGroup1.id,
                                                       on: SchoolFixture.today, slot: 4)
        // Then group 1 is on its second topic, group 2 on its first
        #expect(try school.admin.plannedTopic(forLesson: groupOne.id)?.topic == "My family")
        #expect(try school.admin.plannedTopic(forLesson: groupTwo.id)?.topic == "Greetings")
    }

    @Test func noPlanNoDefault() throws {
        let school = try SchoolFixture()
        #expect(try school.admin.plannedTopic(forLesson: school.mathLesson.id) == nil)
        #expect(throws: Refusal.notFound(LocalizedText(ru: "Урок не найден.", en: "Lesson not found."))) { try school.admin.plannedTopic(forLesson: "no-such-lesson") }
    }

    @Test func theTeacherPicksFromThePlansTopics() throws {
        let (school, _) = try schoolWithPlan()
        let topics = try school.admin.plannedTopics(subjectID: school.math.id, grade: 5)
        #expect(topics.map(\.topic) == ["Дроби", "Проценты", "Площадь"])
        #expect(topics.map(\.hours) == [1, 2, 1])
    }

    @Test func topicsMatchIgnoringCaseSpacesAndYo() {
        #expect(PlanProgress.key("  Ёмкость   и объём. ") == PlanProgress.key("емкость и объем"))
    }
}
