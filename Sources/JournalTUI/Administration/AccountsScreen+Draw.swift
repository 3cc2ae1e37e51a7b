import Foundation
import JournalModel

extension AccountsScreen {
    /// Column widths of the account list: login, name, roles; the state takes the rest.
    private static let accountColumns = [13, 22, 21]
    /// Column widths of the flagged entries: time, table, field; the values take the rest.
    private static let entryColumns = [16, 12, 14]

    public func draw(into buffer: inout CellBuffer, in rect: Rect, context: DrawContext) {
        let language = context.language
        let body = Rect(x: rect.x, y: rect.y, width: rect.width, height: max(0, rect.height - 1))
        if let momentForm, let account = selectedAccount {
            drawForm(momentForm, for: account, into: &buffer, in: body, language: language)
        } else if let report {
            drawReport(report, into: &buffer, in: body, language: language)
        } else {
            drawAccounts(into: &buffer, in: body, language: language)
        }
        buffer.put(text: " " + hints(context), x: rect.x, y: rect.maxY - 1, style: .role(.hint), maxWidth: rect.width)
    }

    // MARK: - The list

    private func drawAccounts(into buffer: inout CellBuffer, in rect: Rect, language: Language) {
        let header = Self.row([LocalizedText(ru: "Логин", en: "Login"), LocalizedText(ru: "Имя", en: "Name"),
                               LocalizedText(ru: "Роли", en: "Roles"), LocalizedText(ru: "Состояние", en: "State")].map { $0.text(language) },
                              Self.accountColumns)
        buffer.put(text: " " + header, x: rect.x, y: rect.y, style: .role(.hint), maxWidth: rect.width)
        if accounts.isEmpty, status?.kind != .error {
            let note = LocalizedText(ru: "Учётных записей нет.", en: "There are no accounts.")
            buffer.put(text: " " + note.text(language), x: rect.x, y: rect.y + 1, maxWidth: rect.width)
        }
        let rows = max(0, rect.height - 1 - (issued == nil ? 0 : Self.passwordBoxHeight))
        let listRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rows)
        ListView(list: list) { index in
            let account = accounts[index]
            let roles = Role.allCases.filter(account.roles.contains).map { $0.title.text(language) }.joined(separator: ", ")
            return Self.row([account.login, account.personName ?? "—", roles, Self.state(of: account).text(language)], Self.accountColumns)
        }.draw(into: &buffer, in: listRect)
        if let issued {
            let box = Rect(x: rect.x + 1, y: rect.maxY - Self.passwordBoxHeight, width: rect.width - 2, height: Self.passwordBoxHeight)
            drawPassword(issued, into: &buffer, in: box, language: language)
        }
    }

    /// «заблокирована, временный пароль»; «действует» when nothing stands in the way.
    private static func state(of account: AccountSummary) -> LocalizedText {
        var flags: [LocalizedText] = []
        if account.blocked { flags.append(LocalizedText(ru: "заблокирована", en: "blocked")) }
        if account.mustChangePassword { flags.append(LocalizedText(ru: "временный пароль", en: "temporary password")) }
        if let until = account.lockedUntil { flags.append(LocalizedText(ru: "вход закрыт до \(until)", en: "locked until \(until)")) }
        guard !flags.isEmpty else { return LocalizedText(ru: "действует", en: "active") }
        return LocalizedText(ru: flags.map(\.russian).joined(separator: ", "), en: flags.map(\.english).joined(separator: ", "))
    }

    /// The temporary password just issued, in a box of its own.
    private func drawPassword(_ issued: IssuedCredentials, into buffer: inout CellBuffer, in box: Rect, language: Language) {
        let inner = box.width - 2
        buffer.put(text: "┌" + String(repeating: "─", count: inner) + "┐", x: box.x, y: box.y)
        buffer.put(text: "└" + String(repeating: "─", count: inner) + "┘", x: box.x, y: box.maxY - 1)
        let lines = [
            (LocalizedText(ru: "Временный пароль для \(issued.account.login): \(issued.temporaryPassword)",
                           en: "Temporary password for \(issued.account.login): \(issued.temporaryPassword)"), Style(bold: true)),
            (LocalizedText(ru: "Передайте его лично; при входе его нужно будет сменить.",
                           en: "Hand it over in person; it must be changed at login."), Style.plain),
        ]
        for (offset, (text, style)) in lines.enumerated() {
            let y = box.y + 1 + offset
            buffer.put(text: "│ " + text.text(language).padded(toColumns: inner - 2) + " │", x: box.x, y: y, style: style, maxWidth: box.width)
        }
    }

    // MARK: - Reporting a compromise

    private func drawForm(_ form: FormFields, for account: AccountSummary, into buffer: inout CellBuffer, in rect: Rect, language: Language) {
        let who = account.personName.map { "\(account.login) (\($0))" } ?? account.login
        let heading = LocalizedText(ru: "Компрометация учётной записи \(who)", en: "The account \(who) is compromised")
        buffer.put(text: " " + heading.text(language), x: rect.x, y: rect.y, style: Style(bold: true), maxWidth: rect.width)
        let explanation = LocalizedText(
            ru: "Учётная запись будет заблокирована, а все операции, сделанные с ней начиная с этого момента, — помечены как недействительные до проверки. Сами они не отменяются.",
            en: "The account will be blocked, and every operation made with it since this moment flagged as invalid pending review. Nothing is undone by itself.")
        let lines = explanation.text(language).wrapped(toColumns: rect.width - 2)
        for (offset, line) in lines.enumerated() {
            buffer.put(text: " " + line, x: rect.x, y: rect.y + 2 + offset, maxWidth: rect.width)
        }
        let formY = rect.y + 3 + lines.count
        FormFieldsView(form: form, language: language).draw(into: &buffer, in: Rect(x: rect.x + 1, y: formY, width: rect.width - 2, height: 1))
        let format = LocalizedText(ru: "ДД.ММ.ГГГГ ЧЧ:ММ, по времени школы", en: "DD.MM.YYYY HH:MM, the school's time")
        buffer.put(text: " " + format.text(language), x: rect.x, y: formY + 1, style: .role(.hint), maxWidth: rect.width)
    }

    private func drawReport(_ report: CompromiseReport, into buffer: inout CellBuffer, in rect: Rect, language: Language) {
        let summary = LocalizedText(
            ru: "\(report.login): с \(report.since) помечено операций: \(report.operationCount) (записей журнала: \(report.entries.count)).",
            en: "\(report.login): since \(report.since) operations flagged: \(report.operationCount) (log entries: \(report.entries.count)).")
        buffer.put(text: " " + summary.text(language), x: rect.x, y: rect.y, style: Style(bold: true), maxWidth: rect.width)
        let blocked = LocalizedText(ru: "Учётная запись заблокирована. Ничего не отменено: проверьте операции ниже.",
                                    en: "The account is blocked. Nothing is undone: review the operations below.")
        buffer.put(text: " " + blocked.text(language), x: rect.x, y: rect.y + 1, maxWidth: rect.width)
        let top = rect.y + Self.reportHeadingHeight
        guard !report.entries.isEmpty else {
            let note = LocalizedText(ru: "С этого момента операций нет: помечать нечего.", en: "No operations since this moment: nothing to flag.")
            buffer.put(text: " " + note.text(language), x: rect.x, y: top - 1, maxWidth: rect.width)
            return
        }
        let header = Self.row([LocalizedText(ru: "Время", en: "Time"), LocalizedText(ru: "Таблица", en: "Table"),
                               LocalizedText(ru: "Поле", en: "Field"), LocalizedText(ru: "Было → стало", en: "Old → new")].map { $0.text(language) },
                              Self.entryColumns)
        buffer.put(text: " " + header, x: rect.x, y: top - 1, style: .role(.hint), maxWidth: rect.width)
        ListView(list: reportList) { index in
            let entry = report.entries[index]
            let created = LocalizedText(ru: "новая запись", en: "new record").text(language)
            let change = entry.log.field == nil ? Self.created(entry.log.newValue)
                : "\(Self.value(entry.log.oldValue)) → \(Self.value(entry.log.newValue))"
            return Self.row([entry.localTime, RecordTable.title(entry.log.targetTable).text(language), entry.log.field ?? created, change], Self.entryColumns)
        }.draw(into: &buffer, in: Rect(x: rect.x, y: top, width: rect.width, height: max(0, rect.maxY - top)))
    }

    /// A logged value as read: a JSON string without its quotes, «—» for none.
    private static func value(_ logged: String?) -> String {
        guard let logged, logged != "null" else { return "—" }
        if logged.count >= 2, logged.hasPrefix("\""), logged.hasSuffix("\"") { return String(logged.dropFirst().dropLast()) }
        return logged
    }

    /// A created record's logged row as `value=5 work_kind=classwork`: its own fields, a mark's
    /// or an attendance code first, without the ids it refers to, its state and empty fields.
    private static func created(_ logged: String?) -> String {
        guard let data = logged?.data(using: .utf8),
              let row = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return value(logged) }
        let first = ["value", "code"].filter { row[$0] != nil }
        return (first + row.keys.sorted().filter { !first.contains($0) }).compactMap { key in
            let text = "\(row[key] ?? "")"
            return key == "id" || key.hasSuffix("_id") || key == "state" || text.isEmpty || row[key] is NSNull ? nil : "\(key)=\(text)"
        }.joined(separator: " ")
    }

    // MARK: - Shared

    /// The cells shortened and padded to the column widths, the last one as it is.
    private static func row(_ cells: [String], _ widths: [Int]) -> String {
        zip(cells, widths).map { $0.shortened(toColumns: $1).padded(toColumns: $1) }.joined(separator: " ") + " " + (cells.last ?? "")
    }

    private func hints(_ context: DrawContext) -> String {
        let wanted: [(Action, LocalizedText)] = momentForm != nil ? [
            (.formSubmit, LocalizedText(ru: "заблокировать и пометить", en: "block and flag")),
            (.appBack, LocalizedText(ru: "отмена", en: "cancel")),
        ] : report != nil ? [
            (.appBack, LocalizedText(ru: "к списку учётных записей", en: "back to the accounts")),
        ] : [
            (.accountsBlock, selectedAccount?.blocked == true ? LocalizedText(ru: "разблокировать", en: "unblock")
                : LocalizedText(ru: "заблокировать", en: "block")),
            (.accountsResetPassword, LocalizedText(ru: "сбросить пароль", en: "reset password")),
            (.accountsReportCompromised, LocalizedText(ru: "компрометация", en: "compromised")),
            (.appBack, LocalizedText(ru: "назад", en: "back")),
        ]
        return wanted.compactMap { context.hint($0.0, $0.1) }.joined(separator: "  ")
    }
}
