/// Blank files for a school to fill in: the header row with the Russian names of the columns
/// and one example row, the rows of all the kinds naming each other (the teacher of the workload
/// is the one of the staff file), so the templates of a folder import as they are.
extension ImportKind {
    /// The header and the example row of this kind's template; periods are the school year of `today`.
    public func template(today: SchoolDate) -> [[String]] {
        switch self {
        case .periods:
            let quarters = SchoolCalendar.quarters(startYear: SchoolCalendar.startYear(containing: today))
            return [["Период", "Начало", "Конец"]] + quarters.map { [$0.name, $0.startsOn.russianText, $0.endsOn.russianText] }
        case .subjects:
            return [["Предмет", "Краткое название", "Шкала"], ["Математика", "Мат", "пятибалльная"]]
        case .staff:
            return [["ФИО", "Должность", "Класс", "Роли", "Телефон", "E-mail"],
                    ["Иванова Мария Петровна", "учитель математики", "5А", "", "+7 900 000-00-00", "ivanova@school.example"]]
        case .students:
            return [["Фамилия", "Имя", "Отчество", "Дата рождения", "Класс", "Пол", "Телефон", "E-mail"],
                    ["Петров", "Иван", "Сергеевич", "14.03.2015", "5А", "м", "", ""]]
        case .parents:
            return [["ФИО", "Ребёнок", "Класс", "Дата рождения ребёнка", "Согласие", "Кем приходится", "Телефон", "E-mail"],
                    ["Петрова Анна Викторовна", "Петров Иван Сергеевич", "5А", "14.03.2015", "да", "мать", "+7 900 000-00-01", ""]]
        case .workload:
            return [["Учитель", "Предмет", "Класс", "Группа", "Часов в неделю"], ["Иванова Мария Петровна", "Математика", "5А", "", "5"]]
        case .bells:
            return [["Урок", "Начало", "Конец"], ["1", "08:30", "09:15"]]
        case .timetable:
            return [["День недели", "Урок", "Класс", "Предмет", "Группа", "Учитель", "Кабинет"],
                    ["пн", "1", "5А", "Математика", "", "Иванова Мария Петровна", "212"]]
        }
    }

    /// The template as CSV the way Russian Excel opens it: UTF-8 with a byte-order mark, `;`, CRLF.
    public func templateCSV(today: SchoolDate) -> String {
        CSVText.excelText(template(today: today))
    }
}
