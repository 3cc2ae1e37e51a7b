import JournalModel

extension LessonEditorScreen {
    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        guard let record else { return }
        let language = context.language
        let lesson = record.lesson
        let x = rect.x + 1
        let width = rect.width - 2
        func say(_ ru: String, _ en: String) -> String { LocalizedText(ru: ru, en: en).text(language) }

        var header = say("Дата: \(lesson.onDate.russianText)   Урок: \(lesson.slot)-й   Класс: \(record.schoolClass.title)   Предмет: \(record.subjectName)",
                         "Date: \(lesson.onDate.russianText)   Lesson: \(lesson.slot)   Class: \(record.schoolClass.title)   Subject: \(record.subjectName)")
        buffer.put(text: header, x: x, y: rect.y, maxWidth: width)
        header = say("Учитель: \(record.teacherName)", "Teacher: \(record.teacherName)")
        if let substitute = record.substituteName { header += say("   Провёл (замена): \(substitute)", "   Held by (substitute): \(substitute)") }
        buffer.put(text: header, x: x, y: rect.y + 1, maxWidth: width)
        if readOnlyReason != nil {
            buffer.put(text: say("Только просмотр", "Read only"), x: x, y: rect.y + 2, style: .role(.readOnly), maxWidth: width)
        }

        if let choice = topicChoice {
            drawPlan(into: &buffer, in: Rect(x: rect.x, y: rect.y + 3, width: rect.width, height: rect.height - 4), choice: choice, language: language)
        } else {
            var y = rect.y + 3
            let topicLabel = suggestedTopic != nil ? say("Тема (по плану):", "Topic (from the plan):") : say("Тема:", "Topic:")
            y = drawText(into: &buffer, label: topicLabel, field: .topic, text: suggestedTopic ?? lesson.topic, rows: 4, x: x, y: y, width: width)
            drawLine(into: &buffer, label: say("Вид работы:", "Kind of work:"), value: WorkKind.title(of: lesson.workKind).text(language),
                     field: .workKind, x: x, y: y, width: width)
            y += 2
            let homework = record.schoolClass.noMarks && lesson.homework.isEmpty
                ? say("— (класс обучается без домашних заданий)", "— (the class has no homework)") : lesson.homework
            y = drawText(into: &buffer, label: say("Домашнее задание:", "Homework:"), field: .homework, text: homework, rows: 6, x: x, y: y, width: width)
            drawLine(into: &buffer, label: say("Урок проведён:", "Held:"), value: lesson.held ? say("да", "yes") : say("нет", "no"),
                     field: .held, x: x, y: y, width: width)
        }
        buffer.put(text: hints(context), x: x, y: rect.maxY - 1, style: .role(.hint), maxWidth: width)
    }

    /// A labelled multi-line field: the editor when it is open on this field, else the saved text.
    private func drawText(into buffer: inout CellBuffer, label: String, field: Field, text: String, rows: Int,
                          x: Int, y: Int, width: Int) -> Int {
        let focused = self.field == field
        buffer.put(text: (focused ? "> " : "  ") + label, x: x, y: y, style: focused ? Style(bold: true) : .plain, maxWidth: width)
        let box = Rect(x: x + 2, y: y + 1, width: width - 2, height: rows)
        if focused, let editor {
            TextEditorView(state: editor, style: .role(.highlight)).draw(into: &buffer, in: box)
        } else {
            TextEditorView(state: TextEditorState(text: text), showsCursor: false).draw(into: &buffer, in: box)
        }
        return y + rows + 1
    }

    private func drawLine(into buffer: inout CellBuffer, label: String, value: String, field: Field, x: Int, y: Int, width: Int) {
        let focused = self.field == field && editor == nil
        buffer.put(text: (focused ? "> " : "  ") + label + " " + value, x: x, y: y, style: focused ? Style(bold: true) : .plain, maxWidth: width)
    }

    private func drawPlan(into buffer: inout CellBuffer, in rect: Rect, choice: Int, language: Language) {
        guard let record else { return }
        buffer.put(text: LocalizedText(ru: "Тематический план:", en: "Plan of topics:").text(language), x: rect.x + 1, y: rect.y, style: Style(bold: true))
        var listTop = rect.y + 1
        if topicFilter.isActive {
            buffer.put(text: topicFilter.line(language: language), x: rect.x + 1, y: listTop, maxWidth: rect.width - 2)
            listTop += 1
        }
        let shown = shownTopics
        if shown.isEmpty {
            buffer.put(text: LocalizedText(ru: "Ни одна тема не подходит.", en: "No topic matches.").text(language),
                       x: rect.x + 1, y: listTop, style: .role(.hint), maxWidth: rect.width - 2)
            return
        }
        let height = max(0, rect.y + rect.height - listTop)
        let top = max(0, (shown.firstIndex(of: choice) ?? 0) - height + 1)
        for (offset, index) in shown.dropFirst(top).prefix(height).enumerated() {
            let topic = record.plannedTopics[index]
            let number = topic.number.isEmpty ? String(topic.position) : topic.number
            let style: Style = index == choice ? .role(.selection) : .plain
            buffer.put(text: "\(number.leftPadded(to: 3)). \(topic.topic)".padded(toColumns: rect.width - 2),
                       x: rect.x + 1, y: listTop + offset, style: style, maxWidth: rect.width - 2)
        }
    }

    private func hints(_ context: DrawContext) -> String {
        let wanted: [(Action, LocalizedText)] = editor != nil ? [
            (.editorSave, LocalizedText(ru: "сохранить", en: "save")),
            (.editorCancel, LocalizedText(ru: "отменить", en: "cancel")),
            (.editorNewLine, LocalizedText(ru: "новая строка", en: "new line")),
        ] : topicChoice != nil ? [
            (.lessonEditField, LocalizedText(ru: "взять тему", en: "take the topic")),
            (.appBack, LocalizedText(ru: "закрыть план", en: "close the plan")),
        ] : [
            (.lessonEditField, LocalizedText(ru: "изменить", en: "change")),
            (.lessonPickTopic, LocalizedText(ru: "тема из плана", en: "topic from the plan")),
            (.lessonOpenAttendance, LocalizedText(ru: "посещаемость", en: "attendance")),
        ]
        return wanted.compactMap { context.hint($0.0, $0.1) }.joined(separator: "  ")
    }
}
