import Foundation
import GRDB

/// `verify`'s checks of what is not a journal record but decides who may do what: every account
/// (login, person, roles, block, password) and the school's name must be what the log says.
extension Verifier {
    /// What the log says an account is now.
    private struct LoggedAccount {
        var login: String?
        var personID: String?
        var roles: String?
        var blocked = false
        /// The password hash's fingerprint; nil after an entry that did not keep one (before schema v7).
        var passwordFingerprint: String?
        var created = false
    }

    static func checkAccounts(_ db: Database, into report: inout VerificationReport) throws {
        var logged: [String: LoggedAccount] = [:]
        let entries = try Row.fetchCursor(db, sql: """
            SELECT target_id, field, new_value FROM operation_log WHERE target_table = ? ORDER BY seq
            """, arguments: [Account.databaseTableName])
        while let row = try entries.next() {
            let id: String = row["target_id"]
            let field: String? = row["field"]
            let new: String? = row["new_value"]
            var account = logged[id] ?? LoggedAccount()
            switch field {
            case nil:
                let summary = new.flatMap(object) ?? [:]
                account.created = true
                account.login = summary["login"] as? String
                account.personID = summary["person_id"] as? String
                account.roles = summary["roles"] as? String
                account.passwordFingerprint = summary[Account.passwordField] as? String
            case "blocked":
                account.blocked = new == "1"
            case Account.passwordField:
                account.passwordFingerprint = new.flatMap(string).flatMap { $0.hasPrefix("sha256:") ? $0 : nil }
            default:
                break
            }
            logged[id] = account
        }
        for account in try Account.fetchAll(db, sql: "SELECT * FROM account ORDER BY id") {
            report.accounts += 1
            guard let expected = logged.removeValue(forKey: account.id), expected.created else {
                report.problems.append(accountProblem(account.id, ru: "учётная запись есть в таблице, но её создания нет в журнале операций",
                                                      en: "the account is in the table but its creation is not in the operation log"))
                continue
            }
            var differing: [String] = []
            if expected.login != account.login { differing.append("login") }
            if expected.personID != account.personID { differing.append("person_id") }
            if expected.roles != account.roles { differing.append("roles") }
            if expected.blocked != account.blocked { differing.append("blocked") }
            if let fingerprint = expected.passwordFingerprint, fingerprint != Account.passwordFingerprint(of: account.passwordHash) {
                differing.append(Account.passwordField)
            }
            if !differing.isEmpty {
                let fields = differing.joined(separator: ", ")
                report.problems.append(accountProblem(account.id, ru: "не совпадает с журналом операций (поле \(fields))",
                                                      en: "disagrees with the operation log (field \(fields))"))
            }
        }
        for id in logged.keys.sorted() where logged[id]?.created == true {
            report.problems.append(accountProblem(id, ru: "учётная запись есть в журнале операций, но пропала из таблицы",
                                                  en: "the account is in the operation log but missing from the table"))
        }
    }

    /// The school's name (the login screen and every report show it) must be its last logged value.
    static func checkSchoolProfile(_ db: Database, into report: inout VerificationReport) throws {
        let logged = try String.fetchOne(db, sql: """
            SELECT new_value FROM operation_log WHERE target_table = ? AND target_id = ? ORDER BY seq DESC LIMIT 1
            """, arguments: [Meta.tableName, Meta.schoolNameKey]).flatMap(string)
        let stored = try Meta.value(db, key: Meta.schoolNameKey)
        if logged != stored {
            report.problems.append(VerificationProblem(kind: .agreement, message: LocalizedText(
                ru: "Название школы «\(stored ?? "")» не совпадает с журналом операций («\(logged ?? "")»).",
                en: "The school's name \"\(stored ?? "")\" disagrees with the operation log (\"\(logged ?? "")\").")))
        }
    }

    private static func object(_ json: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any]
    }

    private static func string(_ json: String) -> String? {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)) as? String
    }

    private static func accountProblem(_ id: String, ru: String, en: String) -> VerificationProblem {
        VerificationProblem(kind: .agreement, message: LocalizedText(ru: "account \(id): \(ru)", en: "account \(id): \(en)"))
    }
}
