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
