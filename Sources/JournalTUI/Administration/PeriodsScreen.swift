import JournalModel

/// The school year's reporting periods (administrator): each with its dates and whether it is
/// closed. F5 closes the selected period after a confirmation; F6 reopens a closed one, asking
/// for the reason, which the model writes into the log with the change.
public struct PeriodsScreen: Screen {
    /// What is being asked before a change is made.
    public enum Question: Sendable, Equatable {
        /// «Закрыть период?»: Enter closes it.
        case close(Period)
        /// The reason a closed period is reopened, typed in a form.
        case reopen(Period, FormFields)
    }

    public private(set) var periods: [Period] = []
    public private(set) var list = SelectionList(count: 0)
    public private(set) var question: Question?
    public private(set) var status: StatusMessage?
    let today: SchoolDate

    /// The periods of the school year containing today.
    public init(session: JournalSession) {
        today = session.today
        reload(session)
    }

    public var title: LocalizedText { LocalizedText(ru: "Учебные периоды", en: "Reporting periods") }
    public var contexts: [ActionContext] {
        switch question {
        case .close: [.form]
        case .reopen: [.form, .edit]
        case nil: [.periods, .administration]
        }
    }
    public var acceptsText: Bool { if case .reopen = question { true } else { false } }

    /// The period under the cursor.
    public var selectedPeriod: Period? { periods.indices.contains(list.selected) ? periods[list.selected] : nil }

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
        if input == .tick { return .unchanged }
        switch question {
        case .close(let period): answerClose(period, input, session)
        case .reopen(let period, var form): answerReopen(period, &form, input, session)
        case nil: return listAction(input, session)
        }
        return .stay
    }

    private mutating func listAction(_ input: ScreenInput, _ session: JournalSession) -> ScreenOutcome {
        guard case .action(let action) = input else { return .stay }
        switch action {
        case .periodsClose:
            guard let period = selectedPeriod else { return .stay }
            if let refusal = period.refusal(toBecomeClosed: true) {
                status = .error(refusal.message)
            } else {
                question = .close(period)
                status = nil
            }
        case .periodsReopen:
            guard let period = selectedPeriod else { return .stay }
            if let refusal = period.refusal(toBecomeClosed: false) {
                status = .error(refusal.message)
            } else {
                question = .reopen(period, FormFields([(LocalizedText(ru: "Причина", en: "Reason"), TextField(maxLength: 200))]))
                status = .info(LocalizedText(ru: "Причина будет записана в журнал изменений.", en: "The reason goes into the change log."))
            }
        case .appBack:
            return .pop
        default:
            list.apply(action, pageSize: periods.count)
        }
        return .stay
    }

    private mutating func answerClose(_ period: Period, _ input: ScreenInput, _ session: JournalSession) {
        switch input {
        case .action(.formSubmit):
            question = nil
            do {
                try session.closePeriod(period.id)
                status = StatusMessage(LocalizedText(ru: "«\(period.name)» закрыт: записи за него больше не меняются.",
                                                     en: "\(period.name) is closed: its records no longer change."), kind: .success)
            } catch {
                status = .error(error.message)
            }
            reload(session)
        case .action(.appBack):
            question = nil
            status = nil
        default:
            break
        }
    }

    private mutating func answerReopen(_ period: Period, _ form: inout FormFields, _ input: ScreenInput, _ session: JournalSession) {
        switch input {
        case .action(.formSubmit):
            do {
                try session.reopenPeriod(period.id, reason: form[0])
                question = nil
                status = StatusMessage(LocalizedText(ru: "«\(period.name)» снова открыт.", en: "\(period.name) is open again."), kind: .success)
                reload(session)
            } catch {
                status = .error(error.message)
                question = .reopen(period, form)
            }
        case .action(.appBack):
            question = nil
            status = nil
        default:
            _ = form.handle(input)
            question = .reopen(period, form)
        }
    }

    private mutating func reload(_ session: JournalSession) {
        do {
            periods = try session.periods(ofYearContaining: today)
        } catch {
            periods = []
            status = .error(error.message)
        }
        list.updateCount(periods.count, pageSize: max(1, periods.count))
    }
}
