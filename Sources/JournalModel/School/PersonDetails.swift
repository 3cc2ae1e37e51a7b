import GRDB

extension JournalSession {
    /// A person with their contact details and birth date, for those who may see them
    /// (`ReadRules`, `.personalData`): the administrator, the class teacher of the student (or of
    /// the parent's child), the person themself, and a parent for their own child.
    public func personDetails(id: String) throws(Refusal) -> Person {
        try read { db in
            let person = try Person.require(db, id)
            try requireReadable(.personalData, ReadFacts(
                isClassTeacher: person.kind != .staff && ClassTeacherScope.covers(db, actor, personID: id, today: journal.today),
                isSelf: actor.personID == id,
                isOwnChild: try actor.personID.map { parent in
                    try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM guardian WHERE parent_id = ? AND student_id = ? AND state = 'active')",
                                      arguments: [parent, id]) ?? false
                } ?? false))
            return person
        }
    }
}

/// A parent linked to a student, with the parent's details and whether their consent to
/// electronic access (the diary) is registered.
public struct StudentGuardian: Sendable, Equatable {
    public var link: Guardian
    public var parent: Person
}

extension JournalSession {
    /// The parents linked to a student, in Russian alphabetical order, for those who may see the
    /// student's personal details (the administrator, the class teacher).
    public func guardians(ofStudent studentID: String) throws(Refusal) -> [StudentGuardian] {
        try read { db in
            _ = try Person.require(db, studentID)
            try requireReadable(.personalData, ReadFacts(
                isClassTeacher: ClassTeacherScope.covers(db, actor, personID: studentID, today: journal.today),
                isSelf: actor.personID == studentID))
            let links = try Guardian.fetchAll(db, sql: "SELECT * FROM guardian WHERE student_id = ? AND state = 'active'", arguments: [studentID])
            let parents = Dictionary(uniqueKeysWithValues: try Person.fetchAll(db, keys: links.map(\.parentID)).map { ($0.id, $0) })
            return links.compactMap { link in parents[link.parentID].map { StudentGuardian(link: link, parent: $0) } }
                .sorted { RussianCollation.precedes($0.parent.fullName, $1.parent.fullName) }
        }
    }
}
