import Foundation
import GRDB

extension JournalSession {
    /// Imports a КТП file (CSV from Excel, see `PlanFile`) as the plan of a subject in a grade,
    /// replacing the plan in force. A file with any bad row imports nothing.
    @discardableResult
    public func importPlan(_ data: Data, subjectID: String, grade: Int) throws(Refusal) -> PlanImport {
        try importPlan(PlanFile.read(data), subjectID: subjectID, grade: grade)
    }

    /// Makes the rows the plan of a subject in a grade. The previous plan's topics are withdrawn
    /// (tombstoned, as every journal record), so the log keeps what was planned before.
    ///
    /// The administrator may do it, and teachers whose workload has the subject in a class of
    /// that grade this school year.
    @discardableResult
    public func importPlan(_ rows: [PlanRow], subjectID: String, grade: Int) throws(Refusal) -> PlanImport {
        try perform { transaction in
            let subject = try Subject.require(transaction.db, subjectID)
            guard (1...11).contains(grade) else {
                throw Refusal.invalidValue(LocalizedText(ru: "Параллель — число от 1 до 11.", en: "The grade is a number from 1 to 11."))
            }
            let teaches = try Teaching.teachesSubject(transaction.db, transaction.actor, subjectID, inGrade: grade, today: transaction.today)
            try transaction.require(.plan, facts: PermissionFacts(teachesIt: teaches))
            guard !rows.isEmpty else {
                throw Refusal.badPlanFile([PlanFileProblem(line: nil, LocalizedText(ru: "в файле нет ни одной темы.", en: "the file has no topics."))])
            }
            let previous = try PlanTopic.planOf(subjectID: subjectID, grade: grade).fetchAll(transaction.db)
            for topic in previous {
                try transaction.writer.update(table: PlanTopic.databaseTableName, id: topic.id, field: "state", to: RecordState.deleted)
            }
            var topics: [PlanTopic] = []
            for (index, row) in rows.enumerated() {
                let topic = PlanTopic(id: transaction.newID(), subjectID: subjectID, grade: grade, position: index + 1,
                                      number: row.number, topic: row.topic, hours: row.hours)
                try transaction.writer.create(topic)
                topics.append(topic)
            }
            return PlanImport(subject: subject, grade: grade, topics: topics, replacedTopics: previous.count)
        }
    }

    /// The plan in force for a subject in a grade, in order: the topics a teacher may pick from.
    public func plannedTopics(subjectID: String, grade: Int) throws(Refusal) -> [PlanTopic] {
        try read { db in
            try requireReadable(.plan, ReadFacts(teachesIt: Teaching.teachesSubject(db, actor, subjectID, inGrade: grade, today: journal.today)))
            return try PlanTopic.planOf(subjectID: subjectID, grade: grade).fetchAll(db)
        }
    }

    /// The lesson's default topic (see `PlanTopic.next(for:)`), for a lesson this account may read.
    public func plannedTopic(forLesson lessonID: String) throws(Refusal) -> PlanTopic? {
        try read { db in
            let context = try LessonContext.load(db, lessonID: lessonID, actor: actor)
            try requireReadable(.lesson, .lesson(context))
            return try PlanTopic.next(db, for: context.lesson, grade: context.schoolClass.grade)
        }
    }
}

extension PlanTopic {
    /// The lesson's default topic: the next topic of the plan after those the class's (or
    /// group's) earlier lessons in the subject used, counting hours (see `PlanProgress`).
    /// Nil when the grade has no plan for the subject or the plan is used up.
    static func next(_ db: Database, for lesson: Lesson, grade: Int) throws -> PlanTopic? {
        let plan = try PlanTopic.planOf(subjectID: lesson.subjectID, grade: grade).fetchAll(db)
        guard !plan.isEmpty else { return nil }
        let earlierTopics = try String.fetchAll(db, sql: """
            SELECT topic FROM lesson
            WHERE class_id = ? AND subject_id = ? AND subgroup_id IS ? AND state = 'active' AND held = 1 AND id <> ?
              AND (on_date < ? OR (on_date = ? AND slot < ?))
            ORDER BY on_date, slot
            """, arguments: [lesson.classID, lesson.subjectID, lesson.subgroupID, lesson.id, lesson.onDate, lesson.onDate, lesson.slot])
        var progress = PlanProgress(plan: plan)
        for topic in earlierTopics { progress.record(topic: topic) }
        return progress.next
    }

    /// The topics in force of a subject's plan in a grade, in order.
    static func planOf(subjectID: String, grade: Int) -> QueryInterfaceRequest<PlanTopic> {
        PlanTopic.filter(Column("subject_id") == subjectID && Column("grade") == grade && Column("state") == RecordState.active)
            .order(Column("position"))
    }
}

extension Teaching {
    /// Whether the actor's workload has the subject in a class of the grade, this school year or a later one.
    static func teachesSubject(_ db: Database, _ actor: JournalActor, _ subjectID: String, inGrade grade: Int, today: SchoolDate) throws -> Bool {
        guard let personID = actor.personID else { return false }
        return try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM workload
                JOIN school_class ON school_class.id = workload.class_id
                JOIN school_year ON school_year.id = school_class.year_id
                WHERE workload.teacher_id = ? AND workload.subject_id = ? AND school_class.grade = ?
                  AND workload.state = 'active' AND school_class.state = 'active' AND school_year.ends_on >= ?)
            """, arguments: [personID, subjectID, grade, today]) ?? false
    }
}
