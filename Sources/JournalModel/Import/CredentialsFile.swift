/// The file the temporary passwords of imported people go to, for the credentials slips: 0600,
/// never an existing file, never the terminal.
public enum CredentialsFile {
    /// Creates the file empty (0600) before anything is imported: a path that exists, or where
    /// no file can be made, refuses the import instead of losing the passwords after it.
    public static func reserve(_ path: String) throws(Refusal) {
        do { try PrivateFile.createEmpty(at: path) } catch { throw .storage(error) }
    }

    /// Writes the accounts as CSV (UTF-8 with a byte-order mark, `;`, as Russian Excel opens it):
    /// ФИО, логин, временный пароль, роли, класс или должность.
    public static func write(_ accounts: [ImportedAccount], to path: String) throws(Refusal) {
        var rows = [["ФИО", "Логин", "Временный пароль", "Роли", "Класс или должность"]]
        for account in accounts {
            let roles = Role.allCases.filter(account.roles.contains).map(\.title.russian).joined(separator: ", ")
            rows.append([account.fullName, account.login, account.temporaryPassword, roles, account.detail])
        }
        do { try PrivateFile.write(CSVText.excelText(rows), to: path) } catch { throw .storage(error) }
    }
}
