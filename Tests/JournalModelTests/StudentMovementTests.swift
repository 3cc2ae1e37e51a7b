import Foundation
import JournalTestSupport
import Testing
@testable import JournalModel

/// Arrivals, transfers and departures: dated inside the school year, never before the student
/// joined the class, never a second copy of the same person; the class list keeps who left.
@Suite struct StudentMovementTests {
    @Test func aRefusedMovementWritesNothing() throws {
        let school = try SchoolFixture()
        let before = try school.logCount()
        let outside = SchoolDate("2027-08-01")!
        #expect(throws: Refusal.self) {
            try school.admin.enrollStudent(Person(kind: .student, lastName: "Орлов", firstName: "Иван"), classID: school.class5A.id, on: outside)
        }
        let alekseev = school.students[0]
        #expect(throws: Refusal.self) {
            try school.admin.enrollStudent(Person(kind: .student, lastName: alekseev.lastName, firstName: alekseev.firstName,
                                                  patronymic: alekseev.patronymic), classID: school.class1A.id, on: SchoolFixture.today)
        }
        #expect(throws: Refusal.self) {
            try school.admin.transferStudent(alekseev.id, toClassID: school.class5A.id, on: SchoolFixture.today)
        }
        #expect(throws: Refusal.self) {
            try school.admin.withdrawStudent(alekseev.id, on: school.year.startsOn.adding(days: -1))
        }
        #expect(throws: Refusal.self) {
            try school.admin.transferStudent(alekseev.id, toClassID: school.class1A.id, on: outside)
        }
        #expect(try school.logCount() == before)
        #expect(try school.admin.classRoster(classID: school.class5A.id, on: SchoolFixture.today).count == school.students.count)
    }

    @Test func theClassListKeepsWhoLeftWithTheirMovements() throws {
        // Given an arrival in 5А and a departure from it
        let school = try SchoolFixture()
        let arrived = try school.admin.enrollStudent(Person(kind: .student, lastName: "Орлов", firstName: "Иван",
                                                            birthDate: SchoolDate("2015-04-02")),
                                                     classID: school.class5A.id, on: SchoolFixture.today, note: "из школы № 7")
        let leaving = school.students[1]
        try school.admin.withdrawStudent(leaving.id, on: SchoolFixture.today.adding(days: -1), note: "переезд")

        // When the class list is read
        let roster = try school.admin.classRoster(classID: school.class5A.id, on: SchoolFixture.today)

        // Then those in the class come first, the one who left last with their last day and movement
        #expect(roster.last?.student.id == leaving.id)
        #expect(roster.last?.leftOn == SchoolFixture.today.adding(days: -1))
        #expect(roster.last?.movements.map(\.kind) == [.arrival, .departure])
        let orlov = try #require(roster.first { $0.student.id == arrived.id })
        #expect(orlov.joinedOn == SchoolFixture.today && orlov.movements.map(\.note) == ["из школы № 7"])
        let summary = try #require(try school.admin.schoolClasses(on: SchoolFixture.today).first { $0.id == school.class5A.id })
        #expect(summary.studentCount == school.students.count)
        #expect(try school.admin.schoolClasses(on: SchoolFixture.today).named("5 «а»")?.id == school.class5A.id)
    }

    @Test func aClassTeacherSeesOnlyTheirOwnClass() throws {
        let school = try SchoolFixture()
        #expect(try school.teacher(school.classTeacher).schoolClasses(on: SchoolFixture.today).map(\.id) == [school.class5A.id])
        #expect(throws: Refusal.notVisible(.classList)) {
            try school.teacher(school.classTeacher).classRoster(classID: school.class1A.id, on: SchoolFixture.today)
        }
    }
}
