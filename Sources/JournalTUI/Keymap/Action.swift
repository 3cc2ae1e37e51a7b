import JournalModel

/// Everything a user can ask for with a key, named `context.verb-object`.
///
/// The raw value is the stable name used by keymap files, tests and the help screen; adding a
/// screen means adding its actions here, with a description in both languages.
public enum Action: String, Sendable, CaseIterable, Hashable {
    case appQuit = "app.quit"
    case appHelp = "app.help"
    case appRedraw = "app.redraw"
    case appBack = "app.back"
    case appLogOut = "app.log-out"
    case editMoveLeft = "edit.move-left"
    case editMoveRight = "edit.move-right"
    case editMoveHome = "edit.move-home"
    case editMoveEnd = "edit.move-end"
    case editDeleteBackward = "edit.delete-backward"
    case editDeleteForward = "edit.delete-forward"
    case editClearField = "edit.clear-field"
    case loginNextField = "login.next-field"
    case loginPreviousField = "login.previous-field"
    case loginSubmit = "login.submit"
    case loginCancel = "login.cancel"
    case pickerMoveDown = "picker.move-down"
    case pickerMoveUp = "picker.move-up"
    case pickerPageDown = "picker.page-down"
    case pickerPageUp = "picker.page-up"
    case pickerFirstItem = "picker.first-item"
    case pickerLastItem = "picker.last-item"
    case pickerChoose = "picker.choose"
    case pickerFilter = "picker.filter"
    case pickerOpenAttendance = "picker.open-attendance"
    case pickerOpenWeek = "picker.open-week"
    case pickerAddLesson = "picker.add-lesson"
    case pickerOpenSubstitutions = "picker.open-substitutions"
    case pickerOpenAdministration = "picker.open-administration"
    case pickerOpenReports = "picker.open-reports"
    case gridMoveDown = "grid.move-down"
    case gridMoveUp = "grid.move-up"
    case gridMoveLeft = "grid.move-left"
    case gridMoveRight = "grid.move-right"
    case gridPageDown = "grid.page-down"
    case gridPageUp = "grid.page-up"
    case gridFirstColumn = "grid.first-column"
    case gridLastColumn = "grid.last-column"
    case gridFirstRow = "grid.first-row"
    case gridLastRow = "grid.last-row"
    case gridToggleEntryDirection = "grid.toggle-entry-direction"
    case gridShowHistory = "grid.show-history"
    case gridShowForecast = "grid.show-forecast"
    case gridEditLesson = "grid.edit-lesson"
    case gridEditComment = "grid.edit-comment"
    case gridChooseWorkKind = "grid.choose-work-kind"
    case markClear = "mark.clear"
    case markFillEmpty = "mark.fill-empty"
    case attendanceMoveDown = "attendance.move-down"
    case attendanceMoveUp = "attendance.move-up"
    case attendanceNextLesson = "attendance.next-lesson"
    case attendancePreviousLesson = "attendance.previous-lesson"
    case attendanceMarkAllPresent = "attendance.mark-all-present"
    case attendanceClear = "attendance.clear"
    // The attendance sheet, the class teacher's week, the lesson record and its text editor.
    case attendanceOpenLesson = "attendance.open-lesson"
    case attendanceOpenGradebook = "attendance.open-gradebook"
    case weekMoveDown = "week.move-down"
    case weekMoveUp = "week.move-up"
    case weekMoveLeft = "week.move-left"
    case weekMoveRight = "week.move-right"
    case weekPreviousWeek = "week.previous-week"
    case weekNextWeek = "week.next-week"
    case weekChooseDates = "week.choose-dates"
    case lessonNextField = "lesson.next-field"
    case lessonPreviousField = "lesson.previous-field"
    case lessonEditField = "lesson.edit-field"
    case lessonPickTopic = "lesson.pick-topic"
    case lessonOpenAttendance = "lesson.open-attendance"
    case editorMoveLeft = "editor.move-left"
    case editorMoveRight = "editor.move-right"
    case editorMoveUp = "editor.move-up"
    case editorMoveDown = "editor.move-down"
    case editorLineStart = "editor.line-start"
    case editorLineEnd = "editor.line-end"
    case editorWordLeft = "editor.word-left"
    case editorWordRight = "editor.word-right"
    case editorDeleteBackward = "editor.delete-backward"
    case editorDeleteForward = "editor.delete-forward"
    case editorNewLine = "editor.new-line"
    case editorSave = "editor.save"
    case editorCancel = "editor.cancel"
    case formNextField = "form.next-field"
    case formPreviousField = "form.previous-field"
    case formSubmit = "form.submit"
    case substitutionMoveDown = "substitution.move-down"
    case substitutionMoveUp = "substitution.move-up"
    case substitutionPageDown = "substitution.page-down"
    case substitutionPageUp = "substitution.page-up"
    case substitutionPreviousDay = "substitution.previous-day"
    case substitutionNextDay = "substitution.next-day"
    case substitutionTypeDate = "substitution.type-date"
    case substitutionChoose = "substitution.choose"
    case substitutionRemove = "substitution.remove-substitute"
    case substitutionFilter = "substitution.filter"
    case diaryMoveDown = "diary.move-down"
    case diaryMoveUp = "diary.move-up"
    case diaryOpen = "diary.open"
    case diaryPreviousWeek = "diary.previous-week"
    case diaryNextWeek = "diary.next-week"
    case diaryThisWeek = "diary.this-week"
    case diaryTypeDate = "diary.type-date"
    case diaryPreviousPeriod = "diary.previous-period"
    case diaryNextPeriod = "diary.next-period"
    case diaryShowWeek = "diary.show-week"
    case diaryShowMarks = "diary.show-marks"
    case diaryShowAttendance = "diary.show-attendance"
    case diaryNextChild = "diary.next-child"
    case administrationMoveDown = "administration.move-down"
    case administrationMoveUp = "administration.move-up"
    case administrationPageDown = "administration.page-down"
    case administrationPageUp = "administration.page-up"
    case administrationOpen = "administration.open"
    case administrationAdd = "administration.add"
    case administrationChange = "administration.change"
    case periodsClose = "periods.close"
    case periodsReopen = "periods.reopen"
    case studentsArrival = "students.arrival"
    case studentsTransfer = "students.transfer"
    case studentsDeparture = "students.departure"
    case studentsToggleConsent = "students.toggle-consent"
    case accountsBlock = "accounts.block"
    case accountsResetPassword = "accounts.reset-password"
    case accountsReportCompromised = "accounts.report-compromised"
    case settingsNextValue = "settings.next-value"
    case settingsPreviousValue = "settings.previous-value"
    case reportsMoveDown = "reports.move-down"
    case reportsMoveUp = "reports.move-up"
    case reportsOpen = "reports.open"
    case previewScrollDown = "preview.scroll-down"
    case previewScrollUp = "preview.scroll-up"
    case previewPageDown = "preview.page-down"
    case previewPageUp = "preview.page-up"
    case previewScrollRight = "preview.scroll-right"
    case previewScrollLeft = "preview.scroll-left"
    case previewSave = "preview.save"
    case helpClose = "help.close"
    case helpScrollDown = "help.scroll-down"
    case helpScrollUp = "help.scroll-up"
    case helpPageDown = "help.page-down"
    case helpPageUp = "help.page-up"
    case helpTop = "help.top"
    case helpBottom = "help.bottom"
}

extension Action {
    /// The context (keymap table) this action belongs to.
    public var context: ActionContext {
        // The name's prefix is the context by construction; the catalogue test checks it.
        ActionContext(rawValue: String(rawValue.prefix { $0 != "." }))!
    }

    /// The name inside its context's table: `move-down` for `grid.move-down`.
    public var verb: String { String(rawValue.drop { $0 != "." }.dropFirst()) }

    /// The action called `name` (`grid.move-down`), if there is one.
    public init?(context: ActionContext, verb: String) {
        self.init(rawValue: "\(context.rawValue).\(verb)")
    }

    /// A one-line description for the help screen.
    public var summary: LocalizedText {
        switch self {
        case .appQuit: LocalizedText(ru: "Выйти из программы", en: "Quit the program")
        case .appHelp: LocalizedText(ru: "Показать справку по клавишам", en: "Show the key help")
        case .appRedraw: LocalizedText(ru: "Перерисовать экран", en: "Redraw the screen")
        case .appBack: LocalizedText(ru: "Вернуться на предыдущий экран", en: "Go back to the previous screen")
        case .appLogOut: LocalizedText(ru: "Завершить сеанс (вход другого пользователя)", en: "Log out (for the next person to log in)")
        case .editMoveLeft: LocalizedText(ru: "Курсор влево", en: "Move the cursor left")
        case .editMoveRight: LocalizedText(ru: "Курсор вправо", en: "Move the cursor right")
        case .editMoveHome: LocalizedText(ru: "Курсор в начало поля", en: "Move the cursor to the start")
        case .editMoveEnd: LocalizedText(ru: "Курсор в конец поля", en: "Move the cursor to the end")
        case .editDeleteBackward: LocalizedText(ru: "Удалить символ слева", en: "Delete the character before the cursor")
        case .editDeleteForward: LocalizedText(ru: "Удалить символ под курсором", en: "Delete the character under the cursor")
        case .editClearField: LocalizedText(ru: "Очистить поле", en: "Clear the field")
        case .loginNextField: LocalizedText(ru: "Следующее поле", en: "Next field")
        case .loginPreviousField: LocalizedText(ru: "Предыдущее поле", en: "Previous field")
        case .loginSubmit: LocalizedText(ru: "Войти / подтвердить", en: "Log in / confirm")
        case .loginCancel: LocalizedText(ru: "Отменить смену пароля", en: "Cancel the password change")
        case .pickerMoveDown: LocalizedText(ru: "Вниз по списку", en: "Move down the list")
        case .pickerMoveUp: LocalizedText(ru: "Вверх по списку", en: "Move up the list")
        case .pickerPageDown: LocalizedText(ru: "Страница вниз", en: "Page down")
        case .pickerPageUp: LocalizedText(ru: "Страница вверх", en: "Page up")
        case .pickerFirstItem: LocalizedText(ru: "К первому пункту", en: "Go to the first item")
        case .pickerLastItem: LocalizedText(ru: "К последнему пункту", en: "Go to the last item")
        case .pickerChoose: LocalizedText(ru: "Открыть выбранное", en: "Open the selected item")
        case .pickerFilter: LocalizedText(ru: "Искать в списке", en: "Search the list")
        case .pickerOpenAttendance: LocalizedText(ru: "Посещаемость выбранного урока сегодня", en: "Attendance of the selected lesson today")
        case .pickerOpenWeek: LocalizedText(ru: "Посещаемость класса за неделю", en: "The class's attendance for the week")
        case .pickerAddLesson: LocalizedText(ru: "Дополнительный урок выбранного класса и предмета", en: "Add an extra lesson of the selected class and subject")
        case .pickerOpenSubstitutions: LocalizedText(ru: "Журнал замен (завуч, администратор)", en: "The substitutions (deputy director, administrator)")
        case .pickerOpenAdministration: LocalizedText(ru: "Администрирование: периоды, ученики, учётные записи, настройки", en: "Administration: periods, students, accounts, settings")
        case .gridMoveDown: LocalizedText(ru: "Ячейка вниз", en: "Move down one cell")
        case .gridMoveUp: LocalizedText(ru: "Ячейка вверх", en: "Move up one cell")
        case .gridMoveLeft: LocalizedText(ru: "Ячейка влево", en: "Move left one cell")
        case .gridMoveRight: LocalizedText(ru: "Ячейка вправо", en: "Move right one cell")
        case .gridPageDown: LocalizedText(ru: "Страница вниз", en: "Page down")
        case .gridPageUp: LocalizedText(ru: "Страница вверх", en: "Page up")
        case .gridFirstColumn: LocalizedText(ru: "К первому уроку", en: "Go to the first lesson column")
        case .gridLastColumn: LocalizedText(ru: "К последнему уроку", en: "Go to the last lesson column")
        case .gridFirstRow: LocalizedText(ru: "К первому ученику", en: "Go to the first student")
        case .gridLastRow: LocalizedText(ru: "К последнему ученику", en: "Go to the last student")
        case .gridToggleEntryDirection: LocalizedText(ru: "Ввод по строке или по столбцу", en: "Toggle entry direction: along the row or down the column")
        case .gridShowHistory: LocalizedText(ru: "История изменений ячейки", en: "Show the cell's change history")
        case .gridShowForecast: LocalizedText(ru: "Прогноз итоговой оценки", en: "Show the final mark forecast")
        case .gridEditLesson: LocalizedText(ru: "Тема урока и домашнее задание", en: "Edit the lesson topic and homework")
        case .gridEditComment: LocalizedText(ru: "Комментарий к отметке", en: "Comment on the mark")
        case .gridChooseWorkKind: LocalizedText(ru: "Вид работы (и вес) следующей отметки", en: "Kind of work (and weight) of the next mark")
        case .markClear: LocalizedText(ru: "Стереть оценку", en: "Clear the mark")
        case .markFillEmpty: LocalizedText(ru: "Заполнить пустые ячейки столбца", en: "Fill the empty cells of the column")
        case .attendanceMoveDown: LocalizedText(ru: "Следующий ученик", en: "Next student")
        case .attendanceMoveUp: LocalizedText(ru: "Предыдущий ученик", en: "Previous student")
        case .attendanceNextLesson: LocalizedText(ru: "Следующий урок", en: "Next lesson")
        case .attendancePreviousLesson: LocalizedText(ru: "Предыдущий урок", en: "Previous lesson")
        case .attendanceMarkAllPresent: LocalizedText(ru: "Отметить всех присутствующими", en: "Mark everyone present")
        case .attendanceClear: LocalizedText(ru: "Снять отметку", en: "Clear the attendance mark")
        // The attendance sheet, the class teacher's week, the lesson record and its text editor.
        case .attendanceOpenLesson: LocalizedText(ru: "Тема, вид работы и домашнее задание урока", en: "Open the lesson's topic, kind of work and homework")
        case .attendanceOpenGradebook: LocalizedText(ru: "Журнал этого урока: отметки", en: "Open the lesson's gradebook to enter marks")
        case .weekMoveDown: LocalizedText(ru: "Следующий ученик", en: "Next student")
        case .weekMoveUp: LocalizedText(ru: "Предыдущий ученик", en: "Previous student")
        case .weekMoveLeft: LocalizedText(ru: "Предыдущий урок", en: "Previous lesson")
        case .weekMoveRight: LocalizedText(ru: "Следующий урок", en: "Next lesson")
        case .weekPreviousWeek: LocalizedText(ru: "Предыдущая неделя", en: "Previous week")
        case .weekNextWeek: LocalizedText(ru: "Следующая неделя", en: "Next week")
        case .weekChooseDates: LocalizedText(ru: "Другие даты (любой период)", en: "Other dates (any range)")
        case .lessonNextField: LocalizedText(ru: "Следующее поле урока", en: "Next field of the lesson")
        case .lessonPreviousField: LocalizedText(ru: "Предыдущее поле урока", en: "Previous field of the lesson")
        case .lessonEditField: LocalizedText(ru: "Изменить поле (текст, вид работы, проведён)", en: "Change the field (text, kind of work, held)")
        case .lessonPickTopic: LocalizedText(ru: "Выбрать тему из тематического плана", en: "Pick a topic from the plan")
        case .lessonOpenAttendance: LocalizedText(ru: "Посещаемость на уроке", en: "Open the lesson's attendance")
        case .editorMoveLeft: LocalizedText(ru: "Курсор влево", en: "Move the cursor left")
        case .editorMoveRight: LocalizedText(ru: "Курсор вправо", en: "Move the cursor right")
        case .editorMoveUp: LocalizedText(ru: "Строка вверх", en: "Move up a line")
        case .editorMoveDown: LocalizedText(ru: "Строка вниз", en: "Move down a line")
        case .editorLineStart: LocalizedText(ru: "В начало строки", en: "Go to the start of the line")
        case .editorLineEnd: LocalizedText(ru: "В конец строки", en: "Go to the end of the line")
        case .editorWordLeft: LocalizedText(ru: "На слово влево", en: "Move a word left")
        case .editorWordRight: LocalizedText(ru: "На слово вправо", en: "Move a word right")
        case .editorDeleteBackward: LocalizedText(ru: "Удалить символ слева", en: "Delete the character before the cursor")
        case .editorDeleteForward: LocalizedText(ru: "Удалить символ под курсором", en: "Delete the character under the cursor")
        case .editorNewLine: LocalizedText(ru: "Новая строка", en: "New line")
        case .editorSave: LocalizedText(ru: "Сохранить текст", en: "Save the text")
        case .editorCancel: LocalizedText(ru: "Отменить правку", en: "Cancel the edit")
        case .formNextField: LocalizedText(ru: "Следующее поле", en: "Next field")
        case .formPreviousField: LocalizedText(ru: "Предыдущее поле", en: "Previous field")
        case .formSubmit: LocalizedText(ru: "Сохранить", en: "Save")
        case .substitutionMoveDown: LocalizedText(ru: "Вниз по списку", en: "Move down the list")
        case .substitutionMoveUp: LocalizedText(ru: "Вверх по списку", en: "Move up the list")
        case .substitutionPageDown: LocalizedText(ru: "Страница вниз", en: "Page down")
        case .substitutionPageUp: LocalizedText(ru: "Страница вверх", en: "Page up")
        case .substitutionPreviousDay: LocalizedText(ru: "Предыдущий день", en: "Previous day")
        case .substitutionNextDay: LocalizedText(ru: "Следующий день", en: "Next day")
        case .substitutionTypeDate: LocalizedText(ru: "Ввести дату", en: "Type a date")
        case .substitutionChoose: LocalizedText(ru: "Назначить замену / выбрать учителя", en: "Assign a substitute / choose the teacher")
        case .substitutionRemove: LocalizedText(ru: "Снять замену", en: "Remove the substitution")
        case .substitutionFilter: LocalizedText(ru: "Искать в списке (уроки дня или учителя)", en: "Search the list (the day's lessons or the teachers)")
        case .diaryMoveDown: LocalizedText(ru: "Следующий урок или предмет", en: "Next lesson or subject")
        case .diaryMoveUp: LocalizedText(ru: "Предыдущий урок или предмет", en: "Previous lesson or subject")
        case .diaryOpen: LocalizedText(ru: "Урок целиком (задание, отметки) / отметки по предмету", en: "The whole lesson (homework, marks) / the subject's marks")
        case .diaryPreviousWeek: LocalizedText(ru: "Предыдущая неделя", en: "Previous week")
        case .diaryNextWeek: LocalizedText(ru: "Следующая неделя", en: "Next week")
        case .diaryThisWeek: LocalizedText(ru: "Текущая неделя", en: "This week")
        case .diaryTypeDate: LocalizedText(ru: "Перейти к дате", en: "Go to a date")
        case .diaryPreviousPeriod: LocalizedText(ru: "Предыдущий период (отметки, посещаемость)", en: "Previous period (marks, attendance)")
        case .diaryNextPeriod: LocalizedText(ru: "Следующий период (отметки, посещаемость)", en: "Next period (marks, attendance)")
        case .diaryShowWeek: LocalizedText(ru: "Неделя: уроки, задания, отметки", en: "The week: lessons, homework, marks")
        case .diaryShowMarks: LocalizedText(ru: "Отметки по предметам и прогноз", en: "Marks by subject and the forecast")
        case .diaryShowAttendance: LocalizedText(ru: "Пропуски за период", en: "Absences in the period")
        case .diaryNextChild: LocalizedText(ru: "Другой ребёнок (для родителей)", en: "Another child (for parents)")
        case .administrationMoveDown: LocalizedText(ru: "Вниз по списку", en: "Move down the list")
        case .administrationMoveUp: LocalizedText(ru: "Вверх по списку", en: "Move up the list")
        case .administrationPageDown: LocalizedText(ru: "Страница вниз", en: "Page down")
        case .administrationPageUp: LocalizedText(ru: "Страница вверх", en: "Page up")
        case .administrationOpen: LocalizedText(ru: "Открыть выбранный раздел или класс", en: "Open the selected section or class")
        case .administrationAdd: LocalizedText(ru: "Добавить в список (предмет, нагрузку, класс)", en: "Add to the list (a subject, a workload, a class)")
        case .administrationChange: LocalizedText(ru: "Изменить выбранное (классного руководителя)", en: "Change the selected item (the class teacher)")
        case .periodsClose: LocalizedText(ru: "Закрыть период (отметки в нём больше не меняются)", en: "Close the period (its records freeze)")
        case .periodsReopen: LocalizedText(ru: "Открыть закрытый период (с указанием причины)", en: "Reopen a closed period (with a reason)")
        case .studentsArrival: LocalizedText(ru: "Прибытие ученика в класс", en: "A student arrives in the class")
        case .studentsTransfer: LocalizedText(ru: "Перевод ученика в другой класс", en: "Transfer the student to another class")
        case .studentsDeparture: LocalizedText(ru: "Выбытие ученика из школы", en: "The student leaves the school")
        case .studentsToggleConsent: LocalizedText(ru: "Согласие родителя на электронный дневник: да или нет", en: "A parent's consent to the diary: yes or no")
        case .accountsBlock: LocalizedText(ru: "Заблокировать или разблокировать учётную запись", en: "Block or unblock the account")
        case .accountsResetPassword: LocalizedText(ru: "Сбросить пароль (выдать временный)", en: "Reset the password (issue a temporary one)")
        case .accountsReportCompromised: LocalizedText(ru: "Сообщить о компрометации учётной записи", en: "Report the account as compromised")
        case .settingsNextValue: LocalizedText(ru: "Следующее значение настройки", en: "The setting's next value")
        case .settingsPreviousValue: LocalizedText(ru: "Предыдущее значение настройки", en: "The setting's previous value")
        case .pickerOpenReports: LocalizedText(ru: "Отчёты: сводные ведомости, список класса", en: "Reports: summaries, class list")
        case .reportsMoveDown: LocalizedText(ru: "Следующий отчёт", en: "Next report")
        case .reportsMoveUp: LocalizedText(ru: "Предыдущий отчёт", en: "Previous report")
        case .reportsOpen: LocalizedText(ru: "Выбрать отчёт: класс и период", en: "Choose the report: class and period")
        case .previewScrollDown: LocalizedText(ru: "Строка ниже", en: "Line down")
        case .previewScrollUp: LocalizedText(ru: "Строка выше", en: "Line up")
        case .previewPageDown: LocalizedText(ru: "Страница ниже", en: "Page down")
        case .previewPageUp: LocalizedText(ru: "Страница выше", en: "Page up")
        case .previewScrollRight: LocalizedText(ru: "Столбцы правее", en: "Columns to the right")
        case .previewScrollLeft: LocalizedText(ru: "Столбцы левее", en: "Columns to the left")
        case .previewSave: LocalizedText(ru: "Сохранить отчёт в файл (CSV или текст)", en: "Save the report to a file (CSV or text)")
        case .helpClose: LocalizedText(ru: "Закрыть справку", en: "Close the help")
        case .helpScrollDown: LocalizedText(ru: "Прокрутить вниз", en: "Scroll down")
        case .helpScrollUp: LocalizedText(ru: "Прокрутить вверх", en: "Scroll up")
        case .helpPageDown: LocalizedText(ru: "Страница вниз", en: "Page down")
        case .helpPageUp: LocalizedText(ru: "Страница вверх", en: "Page up")
        case .helpTop: LocalizedText(ru: "В начало", en: "Go to the top")
        case .helpBottom: LocalizedText(ru: "В конец", en: "Go to the bottom")
        }
    }
}
