/// What the rows of a journal table are, named for people: the log stores table names
/// (`mark`, `final_mark`), screens and reports show «оценка», «итоговая оценка».
public enum RecordTable {
    /// The kind of record a log entry's `targetTable` holds; the table's own name for one not listed.
    public static func title(_ table: String) -> LocalizedText {
        titles[table] ?? LocalizedText(verbatim: table)
    }

    /// Tables that have a title (the logs themselves are not records of the journal).
    static var titled: Set<String> { Set(titles.keys) }

    private static let titles: [String: LocalizedText] = [
        "meta": LocalizedText(ru: "сведения о школе", en: "school profile"),
        "school_year": LocalizedText(ru: "учебный год", en: "school year"),
        "period": LocalizedText(ru: "период", en: "period"),
        "person": LocalizedText(ru: "человек", en: "person"),
        "school_class": LocalizedText(ru: "класс", en: "class"),
        "subject": LocalizedText(ru: "предмет", en: "subject"),
        "subgroup": LocalizedText(ru: "подгруппа", en: "subgroup"),
        "enrollment": LocalizedText(ru: "зачисление", en: "enrolment"),
        "subgroup_membership": LocalizedText(ru: "состав подгруппы", en: "subgroup member"),
        "movement": LocalizedText(ru: "движение", en: "movement"),
        "guardian": LocalizedText(ru: "родитель ученика", en: "guardian"),
        "workload": LocalizedText(ru: "нагрузка", en: "workload"),
        "bell": LocalizedText(ru: "звонок", en: "bell"),
        "timetable_entry": LocalizedText(ru: "расписание", en: "timetable"),
        "lesson": LocalizedText(ru: "урок", en: "lesson"),
        "mark": LocalizedText(ru: "оценка", en: "mark"),
        "attendance": LocalizedText(ru: "посещаемость", en: "attendance"),
        "final_mark": LocalizedText(ru: "итоговая оценка", en: "period mark"),
        "setting": LocalizedText(ru: "настройка", en: "setting"),
        "account": LocalizedText(ru: "учётная запись", en: "account"),
        "plan_topic": LocalizedText(ru: "тема КТП", en: "plan topic"),
        "checkpoint": LocalizedText(ru: "отметка заверения", en: "checkpoint"),
        JournalSession.operationTable: LocalizedText(ru: "операция", en: "operation"),
    ]
}
