import GRDB

extension JournalSession {
    /// The members of staff who teach: those with a workload or an account with the teacher role,
    /// in Russian alphabetical order. The journal of substitutions picks substitutes from them.
    public func teachers() throws(Refusal) -> [Person] {
        let people = try read { db in
            try requireReadable(.schoolDay)
            return try Person.fetchAll(db, sql: """
                SELECT p.* FROM person p
                WHERE p.kind = 'staff' AND p.state = 'active'
                  AND (EXISTS (SELECT 1 FROM workload w WHERE w.teacher_id = p.id AND w.state = 'active')
                       OR EXISTS (SELECT 1 FROM account a WHERE a.person_id = p.id AND a.state = 'active' AND a.blocked = 0
                                  AND ',' || a.roles || ',' LIKE '%,teacher,%'))
                """)
        }
        return RussianCollation.sorted(people.map(\.listed), by: \.fullName)
    }
}
