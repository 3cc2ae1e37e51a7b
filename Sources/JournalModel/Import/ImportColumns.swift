/// The columns the school's files may have, each found by any of the headers schools write
/// (compared without case, spaces, punctuation, and with `ё` as `е`).
public enum ImportColumn: String, Sendable, CaseIterable {
    case fullName, lastName, firstName, patronymic, birthDate, className, sex, phone, email
    case position, roles, subject, shortName, scale, period, startsOn, endsOn
    case teacher, group, hours, weekday, slot, room
    case child, childBirthDate, consent, relation

    /// The headers that name the column, as schools write them.
    var headers: [String] {
        switch self {
        case .fullName: ["ФИО", "Ф.И.О.", "Фамилия Имя Отчество", "Full name", "Name"]
        case .lastName: ["Фамилия", "Last name", "Surname"]
        case .firstName: ["Имя", "First name"]
        case .patronymic: ["Отчество", "Patronymic", "Middle name"]
        case .birthDate: ["Дата рождения", "Д.р.", "ДР", "Birth date", "Date of birth"]
        case .className: ["Класс", "Class"]
        case .sex: ["Пол", "Sex", "Gender"]
        case .phone: ["Телефон", "Тел.", "Phone"]
        case .email: ["E-mail", "Email", "Эл. почта", "Электронная почта", "Почта"]
        case .position: ["Должность", "Position"]
        case .roles: ["Роли", "Роль", "Roles"]
        case .subject: ["Предмет", "Название", "Subject"]
        case .shortName: ["Краткое название", "Сокращение", "Кратко", "Short name"]
        case .scale: ["Шкала", "Система оценивания", "Scale"]
        case .period: ["Период", "Четверть", "Триместр", "Полугодие", "Period"]
        case .startsOn: ["Начало", "Дата начала", "С", "Start", "From"]
        case .endsOn: ["Конец", "Окончание", "Дата окончания", "По", "End", "To"]
        case .teacher: ["Учитель", "Преподаватель", "ФИО учителя", "Teacher"]
        case .group: ["Группа", "Подгруппа", "Group", "Subgroup"]
        case .hours: ["Часов в неделю", "Часы", "Часов", "Кол-во часов", "Hours", "Hours per week"]
        case .weekday: ["День недели", "День", "Weekday", "Day"]
        case .slot: ["Урок", "№ урока", "Номер урока", "№", "Lesson", "Slot"]
        case .room: ["Кабинет", "Каб.", "Room"]
        case .child: ["Ребёнок", "Обучающийся", "Ученик", "ФИО ребёнка", "Child", "Student"]
        case .childBirthDate: ["Дата рождения ребёнка", "Д.р. ребёнка", "Child's birth date"]
        case .consent: ["Согласие", "Согласие на обработку", "Согласие на обработку ПД", "Consent"]
        case .relation: ["Кем приходится", "Степень родства", "Родство", "Relation"]
        }
    }

    /// A header as compared: lowercase letters and digits only, `ё` as `е`.
    static func normalized(_ header: String) -> String {
        String(header.lowercased().replacingOccurrences(of: "ё", with: "е").filter { $0.isLetter || $0.isNumber })
    }

    private static let byHeader: [String: ImportColumn] = {
        var map: [String: ImportColumn] = [:]
        for column in allCases { for header in column.headers { map[normalized(header)] = column } }
        return map
    }()

    /// The column a header names, if any.
    static func named(_ header: String) -> ImportColumn? { byHeader[normalized(header)] }
}

/// Where a file's columns are: its header row (title rows above it skipped), each known
/// column's index, and the headers no column answers to (listed in the report, otherwise ignored).
struct ImportHeader {
    let line: Int
    let columns: [ImportColumn: Int]
    /// The headers as the file writes them, by column.
    let titles: [ImportColumn: String]
    let unknown: [String]

    /// The header row is the first of the first ten rows that has every required column;
    /// `required` lists alternatives (`[.fullName]` or `[.lastName, .firstName]`).
    static func find(in table: ImportTable, required: [[ImportColumn]]) throws(Refusal) -> ImportHeader {
        for row in table.rows.prefix(10) {
            var columns: [ImportColumn: Int] = [:]
            var titles: [ImportColumn: String] = [:]
            var unknown: [String] = []
            for (index, header) in row.cells.enumerated() {
                let trimmed = header.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !trimmed.isEmpty else { continue }
                if let column = ImportColumn.named(trimmed), columns[column] == nil {
                    columns[column] = index
                    titles[column] = trimmed
                } else {
                    unknown.append(trimmed)
                }
            }
            if required.contains(where: { $0.allSatisfy { columns[$0] != nil } }) {
                return ImportHeader(line: row.line, columns: columns, titles: titles, unknown: unknown)
            }
        }
        func wanted(_ or: String) -> String { required.map { $0.map { $0.headers[0] }.joined(separator: " + ") }.joined(separator: or) }
        throw .badSchoolFile([ImportProblem(file: table.fileName, line: nil, expected: LocalizedText(
            ru: "не найдена строка заголовков со столбцами \(wanted(" или ")).", en: "no header row with the columns \(wanted(" or "))."))])
    }

    /// The rows after the header.
    func dataRows(of table: ImportTable) -> [ImportTable.Row] { table.rows.filter { $0.line > line } }
}
