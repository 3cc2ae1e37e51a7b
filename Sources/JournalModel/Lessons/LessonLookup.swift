import GRDB

extension Journal {
    /// One recorded lesson by id, for screens opened on a lesson.
    public func lesson(id: String) throws(Refusal) -> Lesson {
        try read { db in
            guard let lesson = try Lesson.fetchOne(db, key: id) else {
                throw Refusal.notFound(LocalizedText(ru: "Урок не найден.", en: "Lesson not found."))
            }
            return lesson
        }
    }

    /// A person by id (a teacher's or substitute's name on the lesson record), nil if unknown.
    public func person(id: String) throws(Refusal) -> Person? {
        try read { db in try Person.fetchOne(db, key: id) }
    }
}
