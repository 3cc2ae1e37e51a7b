import JournalModel

/// The teachers' workload (нагрузка) of the school year: class, subject, group, teacher, hours a
/// week; F4 adds one by names, which the model resolves.
public enum WorkloadCatalog: AdministrationCatalog {
    public static var title: LocalizedText { LocalizedText(ru: "Нагрузка", en: "Workload") }
    public static var header: LocalizedText {
        LocalizedText(ru: "Класс Предмет              Группа      Учитель               Часов",
                      en: "Class Subject              Group       Teacher               Hours")
    }
    public static var empty: LocalizedText {
        LocalizedText(ru: "Нагрузки нет: добавьте её здесь или импортируйте (journal import workload).",
                      en: "No workload yet: add it here or import it (journal import workload).")
    }
    public static var addHint: LocalizedText { LocalizedText(ru: "новая нагрузка", en: "new workload") }
    public static var formTitle: LocalizedText { LocalizedText(ru: "Новая нагрузка:", en: "New workload:") }
    public static var formFields: [(label: LocalizedText, input: TextField)] {
        [(LocalizedText(ru: "Учитель (ФИО)", en: "Teacher (full name)"), TextField(maxLength: 60)),
         (LocalizedText(ru: "Предмет", en: "Subject"), TextField(maxLength: 60)),
         (LocalizedText(ru: "Класс (5А)", en: "Class (5А)"), TextField(maxLength: 6)),
         (LocalizedText(ru: "Группа (пусто — весь класс)", en: "Group (empty: the whole class)"), TextField(maxLength: 30)),
         (LocalizedText(ru: "Часов в неделю", en: "Hours a week"), TextField(maxLength: 5))]
    }

    public static func load(_ session: JournalSession) throws(Refusal) -> [WorkloadLine] { try session.workloads() }

    /// «5А    Математика           —           Иванова М. П.         5».
    public static func line(_ line: WorkloadLine, language: Language) -> String {
        line.classTitle.padded(toColumns: 5) + " " + line.subjectName.prefix(columns: 20).padded(toColumns: 20) + " "
            + (line.subgroupName ?? "—").prefix(columns: 11).padded(toColumns: 11) + " "
            + line.teacherName.prefix(columns: 21).padded(toColumns: 21) + " " + WorkKindsScreen.weight(line.workload.hoursPerWeek)
    }

    public static func add(_ form: FormFields, _ session: JournalSession) throws(Refusal) -> LocalizedText {
        try session.addWorkload(TypedWorkload(teacher: form[0], subject: form[1], schoolClass: form[2], group: form[3], hours: form[4]))
        return LocalizedText(ru: "Добавлена нагрузка: \(form[0]), \(form[1]), \(form[2]).", en: "Workload added: \(form[0]), \(form[1]), \(form[2]).")
    }
}
