import JournalModel

extension AttendanceScreen {
    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        guard let sheet else { return }
        let language = context.language
        var y = rect.y
        let readOnly = readOnlyReason != nil
        let legend = sheet.codes.map { "\($0.code) — \($0.meaning.text(language))" }.joined(separator: "; ")
        for line in legend.wrapped(toColumns: rect.width - 2).prefix(2) {
            buffer.put(text: line, x: rect.x + 1, y: y, style: .role(.hint), maxWidth: rect.width - 2)
            y += 1
        }
        let taken = sheet.lesson.attendanceTaken || !sheet.records.isEmpty
        let state = readOnly
            ? LocalizedText(ru: "Только просмотр", en: "Read only")
            : taken ? LocalizedText(ru: "Отметка проведена", en: "Register taken")
            : LocalizedText(ru: "Посещаемость ещё не отмечена", en: "Register not yet taken")
        buffer.put(text: state.text(language), x: rect.x + 1, y: y, style: readOnly ? .role(.readOnly) : .plain, maxWidth: rect.width - 2)
        y += 2

        let listHeight = max(0, rect.maxY - y - 1)
        let top = max(0, selected - listHeight + 1)
        let nameWidth = min(34, rect.width - 42)
        for (offset, index) in sheet.students.indices.dropFirst(top).prefix(listHeight).enumerated() {
            let student = sheet.students[index]
            let code = sheet.code(of: student.id)
            let meaning = code.flatMap { sheet.attendanceCode($0)?.meaning.text(language) } ?? ""
            let number = String(index + 1).leftPadded(to: 3)
            let line = "\(number). \(student.fullName.padded(toColumns: nameWidth)) \((code ?? "·").padded(toColumns: 3)) \(meaning)"
            var style: Style = readOnly ? .role(.readOnly) : .plain
            if let code, sheet.attendanceCode(code)?.reasonMissing == true { style = .role(.highlight) }
            if index == selected { style = .role(.selection) }
            let row = Rect(x: rect.x, y: y + offset, width: rect.width, height: 1)
            buffer.fill(row, style: index == selected ? style : .plain)
            buffer.put(text: line, x: rect.x + 1, y: y + offset, style: style, maxWidth: rect.width - 2)
        }
        let keys = [
            context.hint(.attendanceMarkAllPresent, LocalizedText(ru: "все присутствуют", en: "everyone present")),
            context.hint(.attendanceClear, LocalizedText(ru: "снять", en: "clear")),
            context.hint(.attendanceOpenLesson, LocalizedText(ru: "тема и д/з", en: "topic and homework")),
        ].compactMap { $0 }.joined(separator: "  ")
        buffer.put(text: keys, x: rect.x + 1, y: rect.maxY - 1, style: .role(.hint), maxWidth: rect.width - 2)
    }
}
