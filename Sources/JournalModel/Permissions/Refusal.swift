/// Why the journal refused a change. A refusal changes nothing; its message says why, in the
/// user's language.
public enum Refusal: Error, Equatable, Sendable {
    // Who may act.
    case administratorCannotEditJournal
    case readOnlyRole(Role)
    case studentsAndParentsCannotEdit
    case notInWorkload
    case notClassTeacher
    case onlyAdministrator
    case onlyAdministratorOrDeputy
    case onlyAdministratorOrSubjectTeacher
    case reasonChangeOnly
    // Who may read.
    /// Students and parents see the diary, not the journal's own views.
    case diaryOnly
    case notVisible(ReadKind)
    // Journal rules.
    case editWindowPassed(lastDate: SchoolDate)
    case periodClosed(name: String)
    case noMarksClass(classTitle: String)
    case lessonInFuture(date: SchoolDate)
    case lessonNotHeld
    case notInTimetable(date: SchoolDate)
    case studentNotInLesson
    case invalidMark(value: String, scale: MarkScale)
    case invalidAttendanceCode(code: String)
    case staleValue(current: String)
    case invalidValue(LocalizedText)
    case unknownWorkKind(String)
    /// A text the field does not take (a control character, too long…): nothing is stored.
    case invalidText(field: LocalizedText, problem: TextProblem)
    case notFound(LocalizedText)
    case duplicate(LocalizedText)
    case badPlanFile([PlanFileProblem])
    /// A school's file (students, staff, subjects…) with problems: nothing of it was written.
    case badSchoolFile([ImportProblem])
    // Accounts.
    /// The one answer for an unknown login, a wrong password, a blocked and a locked account.
    case wrongCredentials
    case temporaryPasswordExpired(days: Int)
    /// A parent whose consent to electronic access is not registered.
    case noParentConsent
    case passwordTooWeak(minimumLength: Int)
    case passwordUnchanged
    /// The session's account changed (blocked, password reset) or the session was closed.
    case sessionEnded(SessionEnd)
    /// `JOURNAL_NOW` on a school that is not a demo.
    case fixedClockRefused
    // Storage.
    case storage(StorageError)

    /// The message shown to the user.
    public var message: LocalizedText {
        switch self {
        case .administratorCannotEditJournal:
            LocalizedText(ru: "Администратор может просматривать журнал, но не изменять отметки, посещаемость и записи уроков.",
                          en: "The administrator may view the journal but not change marks, attendance or lesson records.")
        case let .readOnlyRole(role):
            LocalizedText(ru: "Роль «\(role.title.russian)»: журнал доступен только для просмотра.",
                          en: "Role \(role.title.english): the journal is read-only.")
        case .studentsAndParentsCannotEdit:
            LocalizedText(ru: "Обучающиеся и родители могут только просматривать дневник.",
                          en: "Students and parents may only view the diary.")
        case .notInWorkload:
            LocalizedText(ru: "Этот класс, группа или предмет не входят в вашу нагрузку.",
                          en: "This class, group or subject is not in your workload.")
        case .notClassTeacher:
            LocalizedText(ru: "Это может изменить только классный руководитель этого класса или администратор.",
                          en: "Only this class's class teacher or the administrator may change this.")
        case .onlyAdministrator:
            LocalizedText(ru: "Это может изменить только администратор.", en: "Only the administrator may change this.")
        case .onlyAdministratorOrDeputy:
            LocalizedText(ru: "Это может изменить только заместитель директора или администратор.",
                          en: "Only the deputy director or the administrator may change this.")
        case .onlyAdministratorOrSubjectTeacher:
            LocalizedText(ru: "Это может изменить только администратор или учитель, ведущий этот предмет в этой параллели.",
                          en: "Only the administrator or a teacher of this subject in this grade may change this.")
        case .diaryOnly:
            LocalizedText(ru: "Обучающиеся и родители видят только дневник.", en: "Students and parents see the diary only.")
        case let .notVisible(kind):
            kind.hiddenBecause
        case .reasonChangeOnly:
            LocalizedText(ru: "Классный руководитель может только указать причину пропуска (Н → Б, У, П).",
                          en: "A class teacher may only set the reason of an absence (Н → Б, У, П).")
        case let .editWindowPassed(lastDate):
            LocalizedText(ru: "Срок редактирования истёк \(lastDate.russianText): изменить запись нельзя.",
                          en: "The edit window ended on \(lastDate.russianText): the record can no longer be changed.")
        case let .periodClosed(name):
            LocalizedText(ru: "Период «\(name)» закрыт: изменения запрещены.",
                          en: "The period \(name) is closed: no changes are allowed.")
        case let .noMarksClass(classTitle):
            LocalizedText(ru: "Класс \(classTitle) обучается без отметок и без домашних заданий.",
                          en: "Class \(classTitle) is taught without marks and without homework.")
        case let .lessonInFuture(date):
            LocalizedText(ru: "Урок \(date.russianText) ещё не прошёл.", en: "The lesson of \(date.russianText) has not happened yet.")
        case .lessonNotHeld:
            LocalizedText(ru: "Урок отмечен как не проведённый.", en: "The lesson is marked as not held.")
        case let .notInTimetable(date):
            LocalizedText(ru: "По расписанию \(date.russianText) такого урока нет.",
                          en: "The timetable has no such lesson on \(date.russianText).")
        case .studentNotInLesson:
            LocalizedText(ru: "Обучающийся не числится в этом классе или группе на дату урока.",
                          en: "The student is not in this class or group on the lesson date.")
        case let .invalidMark(value, scale):
            LocalizedText(
                ru: "«\(value)» — недопустимая отметка" + (scale == .five ? " (допустимы 1–5)." : " (допустимы «зач» и «незач»)."),
                en: "\"\(value)\" is not a valid mark" + (scale == .five ? " (1–5 allowed)." : " (pass or fail allowed)."))
        case let .invalidAttendanceCode(code):
            LocalizedText(ru: "«\(code)» — неизвестный код посещаемости.", en: "\"\(code)\" is not an attendance code.")
        case let .staleValue(current):
            LocalizedText(ru: "Запись уже изменена в другом сеансе (сейчас: \(current.isEmpty ? "пусто" : current)). Проверьте и повторите.",
                          en: "Another session has changed this record (now: \(current.isEmpty ? "empty" : current)). Check and try again.")
        case let .invalidValue(text), let .notFound(text), let .duplicate(text):
            text
        case let .unknownWorkKind(kind):
            LocalizedText(ru: "Неизвестный вид работы «\(kind)».", en: "Unknown kind of work \"\(kind)\".")
        case let .badPlanFile(problems):
            Self.planFileMessage(problems)
        case let .badSchoolFile(problems):
            LocalizedText(ru: (["Ничего не импортировано, ошибок: \(problems.count)."] + problems.map(\.message.russian)).joined(separator: "\n"),
                          en: (["Nothing was imported; problems: \(problems.count)."] + problems.map(\.message.english)).joined(separator: "\n"))
        case .wrongCredentials:
            LocalizedText(ru: "Неверный логин или пароль. После нескольких неудачных попыток подряд вход на время закрывается.",
                          en: "Wrong login or password. After several failed attempts in a row, logging in is closed for a while.")
        case let .temporaryPasswordExpired(days):
            LocalizedText(ru: "Срок временного пароля (\(days) дн.) истёк. Попросите администратора выдать новый.",
                          en: "The temporary password has expired (after \(days) days). Ask the administrator for a new one.")
        case .noParentConsent:
            LocalizedText(ru: "Согласие на электронный доступ не зарегистрировано. Сведения об успеваемости можно получить в школе в виде распечатки.",
                          en: "No consent to electronic access is registered. The school provides the marks as a printout.")
        case let .sessionEnded(reason):
            reason.message
        case .fixedClockRefused:
            LocalizedText(ru: "JOURNAL_NOW задаёт дату только в демо-школе; в настоящей школе дата — системная. Уберите JOURNAL_NOW.",
                          en: "JOURNAL_NOW sets the date only in a demo school; a real school uses the system clock. Unset JOURNAL_NOW.")
        case let .passwordTooWeak(minimumLength):
            LocalizedText(ru: "Пароль должен быть не короче \(minimumLength) символов и не совпадать с логином.",
                          en: "The password must be at least \(minimumLength) characters long and differ from the login.")
        case .passwordUnchanged:
            LocalizedText(ru: "Новый пароль должен отличаться от временного.", en: "The new password must differ from the temporary one.")
        case let .storage(error):
            error.message
        case let .invalidText(field, problem):
            problem.message(field: field)
        }
    }

    /// Whether the refusal is about who may act or when, which another try on the same screen
    /// cannot change (so the screen can turn read-only); a stale value, a typing mistake or a
    /// storage failure is not.
    public var isLasting: Bool {
        switch self {
        case .staleValue, .invalidAttendanceCode, .invalidMark, .studentNotInLesson, .invalidValue, .unknownWorkKind, .invalidText, .notFound, .duplicate,
             .badPlanFile, .storage, .passwordTooWeak, .passwordUnchanged, .wrongCredentials:
            false
        default:
            true
        }
    }

    /// «Файл не импортирован…» with the problems by line, the first twenty of them.
    private static func planFileMessage(_ problems: [PlanFileProblem]) -> LocalizedText {
        let lines = problems.compactMap(\.line)
        let listed = lines.prefix(20).map(String.init).joined(separator: ", ") + (lines.count > 20 ? "…" : "")
        var russian = lines.isEmpty ? "Файл не импортирован." : "Файл не импортирован: ошибки в строках \(listed)."
        var english = lines.isEmpty ? "The file was not imported." : "The file was not imported: errors on lines \(listed)."
        for problem in problems.prefix(20) {
            russian += "\n" + (problem.line.map { "Строка \($0): " } ?? "") + problem.message.russian
            english += "\n" + (problem.line.map { "Line \($0): " } ?? "") + problem.message.english
        }
        if problems.count > 20 {
            russian += "\n… и ещё \(problems.count - 20)."
            english += "\n… and \(problems.count - 20) more."
        }
        return LocalizedText(ru: russian, en: english)
    }
}
