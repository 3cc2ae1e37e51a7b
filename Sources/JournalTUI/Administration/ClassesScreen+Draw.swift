import JournalModel

extension ClassesScreen {
    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        if let question {
            drawForm(question, into: &buffer, in: rect, context: context)
            return
        }
        let header = LocalizedText(ru: "Класс  Классный руководитель   Учеников", en: "Class  Class teacher           Students")
        buffer.put(text: "  " + header.text(language), x: rect.x, y: rect.y, style: .role(.hint), maxWidth: rect.width)
        let listRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: Self.listRows(in: Size(width: rect.width, height: rect.height)))
        if classes.isEmpty {
            let none = LocalizedText(ru: "Классов нет: импортируйте учеников (journal import students).",
                                     en: "No classes yet: import the students (journal import students).")
            buffer.put(text: " " + none.text(language), x: rect.x, y: listRect.y, maxWidth: rect.width)
        }
        ListView(list: list) { index in
            let item = classes[index]
            let noMarks = item.schoolClass.noMarks ? LocalizedText(ru: "   без отметок", en: "   no marks").text(language) : ""
            return item.title.padded(toColumns: 5) + "  " + (item.classTeacherName ?? "—").padded(toColumns: 23) + " "
                + String(item.studentCount).leftPadded(to: 8) + noMarks
        }.draw(into: &buffer, in: listRect)
        let hints = [context.hint(.administrationOpen, LocalizedText(ru: "ученики класса", en: "the class's students")),
                     context.hint(.administrationAdd, LocalizedText(ru: "новый класс", en: "new class")),
                     context.hint(.administrationChange, LocalizedText(ru: "классный руководитель", en: "class teacher")),
                     context.hint(.appBack, LocalizedText(ru: "назад", en: "back"))].compactMap { $0 }
        buffer.put(text: " " + hints.joined(separator: "  "), x: rect.x, y: rect.maxY - 1, style: .role(.hint), maxWidth: rect.width)
    }

    private func drawForm(_ question: Question, into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let heading = switch question {
        case .create: LocalizedText(ru: "Новый класс:", en: "New class:")
        case .classTeacher(let schoolClass, _): LocalizedText(ru: "Классный руководитель \(schoolClass.title):", en: "Class teacher of \(schoolClass.title):")
        }
        FormPanel(heading: heading, form: question.form).draw(into: &buffer, in: rect, context: context)
    }
}
