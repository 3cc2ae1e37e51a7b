import JournalModel

extension AttendanceScreen {
    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        guard let sheet else { return }
        let language = context.language
        let readOnly = readOnlyReason != nil
        let legend = sheet.codes.map { "\($0.code) — \($0.meaning.text(language))" }.joined(separator: "; ")
        for (offset, line) in legend.wrapped(toColumns: rect.width - 2).prefix(2).enumerated() {
            buffer.put(text: line, x: rect.x + 1, y: rect.y + offset, style: .role(.hint), maxWidth: rect.width - 2)
        }
        let taken = sheet.lesson.attendanceTaken || !sheet.records.isEmpty
        let state = readOnly
            ? LocalizedText(ru: "Только просмотр", en: "Read only")
            : taken ? LocalizedText(ru: "Отметка проведена", en: "Register taken")
            : LocalizedText(ru: "Посещаемость ещё не отмечена", en: "Register not yet taken")
        buffer.put(text: state.text(language), x: rect.x + 1, y: rect.y + 2, style: readOnly ? .role(.readOnly) : .plain, maxWidth: rect.width - 2)

        // The list starts on the grid's first student row and draws number, marker and name where
        // the grid does, so the grid opened from here (Enter) rewrites on the terminal only what
        // differs; the codes' meanings are in the legend above, not repeated on every row.
        let top = rect.y + 3
        let listHeight = max(0, rect.maxY - top - 1)
        let first = max(0, selected - listHeight + 1)
        let nameWidth = min(34, rect.width - 8)
        let rowStyle: Style = readOnly ? .role(.readOnly) : .plain
        for (offset, index) in sheet.students.indices.dropFirst(first).prefix(listHeight).enumerated() {
            let student = sheet.students[index]
            let code = sheet.code(of: student.id)
            var codeStyle = rowStyle
            if let code, sheet.attendanceCode(code)?.reasonMissing == true { codeStyle = .role(.highlight) }
            if index == selected { codeStyle = RowCursor.cellStyle }
            let line = RowCursor.numberColumn(index + 1, current: index == selected) + student.fullName.padded(toColumns: nameWidth) + " "
            let x = buffer.put(text: line, x: rect.x, y: top + offset, style: rowStyle, maxWidth: rect.width)
            buffer.put(text: (code ?? "·").padded(toColumns: 3), x: rect.x + x, y: top + offset, style: codeStyle, maxWidth: rect.width - x)
        }
        let keys = [
            context.hint(.attendanceMarkAllPresent, LocalizedText(ru: "все присутствуют", en: "everyone present")),
            context.hint(.attendanceClear, LocalizedText(ru: "снять", en: "clear")),
            context.hint(.attendanceOpenLesson, LocalizedText(ru: "тема и д/з", en: "topic and homework")),
            context.hint(.attendanceOpenGradebook, LocalizedText(ru: "журнал", en: "gradebook")),
        ].compactMap { $0 }.joined(separator: "  ")
        buffer.put(text: keys, x: rect.x + 1, y: rect.maxY - 1, style: .role(.hint), maxWidth: rect.width - 2)
    }
}
