import JournalModel

/// One student from a class list: birth date, dates in the class, every movement, and the parents
/// linked to them with their phones and whether their consent to the electronic diary is
/// registered; F7 turns the selected parent's consent on or off (through the model, logged).
public struct StudentCardScreen: Screen {
    public private(set) var entry: RosterStudent
    public let classes: [ClassSummary]
    public private(set) var guardians: [StudentGuardian] = []
    public private(set) var list = SelectionList(count: 0)
    public private(set) var status: StatusMessage?

    public init(session: JournalSession, entry: RosterStudent, classes: [ClassSummary]) {
        self.entry = entry
        self.classes = classes
        reload(session)
    }

    public var title: LocalizedText { LocalizedText(ru: "Карточка ученика", en: "Student") }
    public var contexts: [ActionContext] { [.students, .administration] }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
        guard case .action(let action) = input else { return input == .tick ? .unchanged : .stay }
        switch action {
        case .studentsToggleConsent:
            guard guardians.indices.contains(list.selected) else {
                status = .info(LocalizedText(ru: "У ученика нет связанных родителей.", en: "No parent is linked to this student."))
                return .stay
            }
            let guardian = guardians[list.selected]
            do {
                try session.setGuardianConsent(guardian.link.id, consent: !guardian.link.consent)
                let text = guardian.link.consent
                    ? LocalizedText(ru: "Согласие отозвано: \(guardian.parent.fullName) больше не видит дневник.",
                                    en: "Consent withdrawn: \(guardian.parent.fullName) no longer sees the diary.")
                    : LocalizedText(ru: "Согласие зарегистрировано: \(guardian.parent.fullName) видит дневник.",
                                    en: "Consent registered: \(guardian.parent.fullName) sees the diary.")
                status = StatusMessage(text, kind: .success)
            } catch {
                status = .error(error.message)
            }
            reload(session)
        case .appBack:
            return .pop
        default:
            list.apply(action, pageSize: max(1, guardians.count))
        }
        return .stay
    }

    private mutating func reload(_ session: JournalSession) {
        do {
            guardians = try session.guardians(ofStudent: entry.student.id)
            entry.student = try session.personDetails(id: entry.student.id)
        } catch {
            status = .error(error.message)
        }
        list.updateCount(guardians.count, pageSize: max(1, guardians.count))
    }

    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        let student = entry.student
        var y = rect.y
        buffer.put(text: " " + student.fullName, x: rect.x, y: y, style: Style(bold: true), maxWidth: rect.width)
        y += 1
        let born = student.birthDate.map { LocalizedText(ru: "Дата рождения: \($0.russianText)", en: "Born: \($0.russianText)").text(language) }
        let inClass = entry.leftOn.map { LocalizedText(ru: "В классе: \(entry.joinedOn.russianText)–\($0.russianText)",
                                                       en: "In the class: \(entry.joinedOn.russianText)–\($0.russianText)") }
            ?? LocalizedText(ru: "В классе с \(entry.joinedOn.russianText)", en: "In the class since \(entry.joinedOn.russianText)")
        buffer.put(text: " " + [born, inClass.text(language)].compactMap { $0 }.joined(separator: "   "), x: rect.x, y: y, maxWidth: rect.width)
        y += 2
        buffer.put(text: " " + LocalizedText(ru: "Родители:", en: "Parents:").text(language), x: rect.x, y: y, style: Style(bold: true), maxWidth: rect.width)
        y += 1
        if guardians.isEmpty {
            buffer.put(text: "  " + LocalizedText(ru: "не указаны", en: "none linked").text(language), x: rect.x, y: y, maxWidth: rect.width)
        }
        let parentRows = min(guardians.count, 4)
        ListView(list: list) { index in Self.line(guardians[index], language: language) }
            .draw(into: &buffer, in: Rect(x: rect.x, y: y, width: rect.width, height: parentRows))
        y += max(1, parentRows) + 1
        buffer.put(text: " " + LocalizedText(ru: "Движение:", en: "Movements:").text(language), x: rect.x, y: y, style: Style(bold: true), maxWidth: rect.width)
        y += 1
        for movement in entry.movements.suffix(max(0, rect.maxY - 1 - y)) {
            buffer.put(text: "  " + movement.text { id in classes.first { $0.id == id }?.title }.text(language), x: rect.x, y: y, maxWidth: rect.width)
            y += 1
        }
        let hints = [context.hint(.studentsToggleConsent, LocalizedText(ru: "согласие да/нет", en: "consent yes/no")),
                     context.hint(.appBack, LocalizedText(ru: "назад", en: "back"))].compactMap { $0 }
        buffer.put(text: " " + hints.joined(separator: "  "), x: rect.x, y: rect.maxY - 1, style: .role(.hint), maxWidth: rect.width)
    }

    /// «Алексеев Виктор Ильич (отец)   +7 900 111-22-33   согласие: да».
    static func line(_ guardian: StudentGuardian, language: Language) -> String {
        let relation = guardian.link.relation.isEmpty ? "" : " (\(guardian.link.relation))"
        let consent = guardian.link.consent ? LocalizedText(ru: "согласие: да", en: "consent: yes") : LocalizedText(ru: "согласие: нет", en: "consent: no")
        return (guardian.parent.fullName + relation).prefix(columns: 42).padded(toColumns: 42) + " "
            + (guardian.parent.phone ?? "").padded(toColumns: 18) + " " + consent.text(language)
    }
}
