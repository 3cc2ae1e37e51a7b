import JournalModel

/// The accounts (учётные записи) of the administrator: every account with its person, roles and
/// state. F5 blocks or unblocks the selected one; F6 issues a temporary password, shown once, until
/// the next key; F7 asks from which moment the account was compromised, then blocks it and lists
/// the operations the model flagged for review. Every refusal is the model's, shown in the status line.
public struct AccountsScreen: Screen {
    /// A compromise reported from this screen, while its flagged operations are reviewed.
    public struct CompromiseReport: Sendable, Equatable {
        /// The compromised account's login.
        public let login: String
        /// The moment as typed, «ДД.ММ.ГГГГ ЧЧ:ММ».
        public let since: String
        /// The log entries of the operations flagged, oldest first.
        public let entries: [Entry]
        /// How many operations (user actions) the entries belong to.
        public var operationCount: Int { Set(entries.map(\.log.operationID)).count }

        /// One flagged log entry and when it was written, «ДД.ММ.ГГГГ ЧЧ:ММ» at the school.
        public struct Entry: Sendable, Equatable {
            public let log: LogEntry
            public let localTime: String
        }
    }

    /// The accounts the session may list, by login.
    public private(set) var accounts: [AccountSummary] = []
    /// The cursor in `accounts`.
    public private(set) var list = SelectionList(count: 0)
    /// The temporary password just issued: shown until the next key, never again.
    public private(set) var issued: IssuedCredentials?
    /// The moment the account is compromised since, while it is typed (one field).
    public private(set) var momentForm: FormFields?
    /// The last compromise reported and what it flagged, while it is reviewed.
    public private(set) var report: CompromiseReport?
    /// The cursor in the report's entries.
    public private(set) var reportList = SelectionList(count: 0)
    public private(set) var status: StatusMessage?
    /// The body's size at the last key, which the lists page by.
    var viewport = Size(width: 80, height: 22)

    /// The accounts `session` may list.
    public init(session: JournalSession) {
        reload(session)
    }

    public var title: LocalizedText { LocalizedText(ru: "Учётные записи", en: "Accounts") }
    public var contexts: [ActionContext] { momentForm != nil ? [.form, .edit] : [.accounts, .administration] }
    public var acceptsText: Bool { momentForm != nil }

    /// The account under the cursor, if there is one.
    public var selectedAccount: AccountSummary? {
        accounts.indices.contains(list.selected) ? accounts[list.selected] : nil
    }

    /// Rows of the account list: the body but the column heads, the hints and the password's box while it is shown.
    var listRows: Int { max(1, viewport.height - 2 - (issued == nil ? 0 : Self.passwordBoxHeight)) }
    /// Rows of the flagged entries under the review's heading.
    var reportRows: Int { max(1, viewport.height - 1 - Self.reportHeadingHeight) }

    /// Lines the issued password's box takes.
    static let passwordBoxHeight = 4
    /// Lines above the flagged entries in the review: the summary (two lines), a blank one, the column heads.
    static let reportHeadingHeight = 4

    public mutating func handle(_ input: ScreenInput, environment: AppEnvironment) -> ScreenOutcome {
        guard let session = environment.session else { return .stay }
        if input == .tick { return .unchanged }
        issued = nil
        viewport = environment.viewport
        if momentForm != nil {
            formInput(input, session)
        } else if report != nil {
            reviewInput(input)
        } else if case .action(let action) = input {
            return listAction(action, session)
        }
        return .stay
    }

    // MARK: - The list

    private mutating func listAction(_ action: Action, _ session: JournalSession) -> ScreenOutcome {
        switch action {
        case .appBack:
            return .pop
        case .accountsBlock:
            toggleBlocked(session)
        case .accountsResetPassword:
            resetPassword(session)
            list.select(list.selected, pageSize: listRows)
        case .accountsReportCompromised:
            guard let account = selectedAccount else { return .stay }
            let now = TextField(text: session.localText(session.now), maxLength: 16)
            momentForm = FormFields([(label: LocalizedText(ru: "С момента", en: "Since"), input: now)])
            status = .info(LocalizedText(ru: "С какого момента вход \(account.login) мог быть чужим: ДД.ММ.ГГГГ ЧЧ:ММ.",
                                         en: "Since when \(account.login) may have been used by someone else: DD.MM.YYYY HH:MM."))
        default:
            list.apply(action, pageSize: listRows)
        }
        return .stay
    }

    /// Reads the accounts again after a change, keeping the cursor where it was.
    private mutating func reload(_ session: JournalSession) {
        do {
            accounts = try session.accountSummaries()
        } catch {
            accounts = []
            status = .error(error.message)
        }
        list.updateCount(accounts.count, pageSize: listRows)
    }

    private mutating func toggleBlocked(_ session: JournalSession) {
        guard let account = selectedAccount else { return }
        do {
            try session.setAccountBlocked(accountID: account.id, blocked: !account.blocked)
            reload(session)
            status = StatusMessage(account.blocked
                ? LocalizedText(ru: "Учётная запись \(account.login) разблокирована.", en: "The account \(account.login) is unblocked.")
                : LocalizedText(ru: "Учётная запись \(account.login) заблокирована: её сеанс закончится.",
                                en: "The account \(account.login) is blocked: its session ends."), kind: .success)
        } catch {
            status = .error(error.message)
        }
    }

    private mutating func resetPassword(_ session: JournalSession) {
        guard let account = selectedAccount else { return }
        do {
            issued = try session.resetPassword(accountID: account.id)
            reload(session)
            status = StatusMessage(LocalizedText(ru: "Пароль \(account.login) сброшен.", en: "The password of \(account.login) is reset."),
                                   kind: .success)
        } catch {
            status = .error(error.message)
        }
    }

    // MARK: - Reporting a compromise

    private mutating func formInput(_ input: ScreenInput, _ session: JournalSession) {
        switch input {
        case .action(.formSubmit):
            reportCompromised(session)
        case .action(.appBack):
            momentForm = nil
            status = nil
        default:
            _ = momentForm?.handle(input)
        }
    }

    /// Blocks the selected account and flags its operations since the typed moment; a moment
    /// that is not one changes nothing.
    private mutating func reportCompromised(_ session: JournalSession) {
        guard let account = selectedAccount, let typed = momentForm?[0] else { return }
        guard let since = session.moment(russianText: typed) else {
            status = .error(LocalizedText(ru: "«\(typed)» — не дата и время: нужно ДД.ММ.ГГГГ ЧЧ:ММ.",
                                          en: "\"\(typed)\" is not a date and time: type DD.MM.YYYY HH:MM."))
            return
        }
        do {
            let entries = try session.reportCompromisedAccount(accountID: account.id, since: since)
            momentForm = nil
            report = CompromiseReport(login: account.login, since: typed,
                                      entries: entries.map { .init(log: $0, localTime: session.localText(of: $0)) })
            reportList = SelectionList(count: entries.count)
            reload(session)
            let count = report?.operationCount ?? 0
            status = StatusMessage(LocalizedText(ru: "Учётная запись \(account.login) заблокирована; помечено операций: \(count).",
                                                 en: "The account \(account.login) is blocked; operations flagged: \(count)."), kind: .success)
        } catch {
            status = .error(error.message)
        }
    }

    private mutating func reviewInput(_ input: ScreenInput) {
        guard case .action(let action) = input else { return }
        if action == .appBack {
            report = nil
            status = nil
        } else {
            reportList.apply(action, pageSize: reportRows)
        }
    }
}
