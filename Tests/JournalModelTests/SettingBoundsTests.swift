import Foundation
import JournalTestSupport
import Testing
@testable import JournalModel

/// The login settings stay within bounds an administrator can live with: a value outside them is
/// refused before anything is written, the bounds themselves are accepted.
@Suite struct SettingBoundsTests {
    private static let loginBounds = Refusal.invalidValue(LocalizedText(
        ru: "Неудачных попыток входа до блокировки — 1–20, блокировка после них — 1–1440 минут (сутки).",
        en: "Failed logins before the lock-out: 1–20; the lock-out lasts 1–1440 minutes (a day)."))

    @Test("Failed logins and the lock-out outside their bounds are refused and nothing is logged", arguments: [
        (0, 15), (21, 15), (5, 0), (5, 1441),
    ])
    func outsideTheBoundsIsRefused(failedLogins: Int, lockoutMinutes: Int) throws {
        let school = try SchoolFixture()
        let before = try school.logCount()
        #expect(throws: Self.loginBounds) {
            try school.admin.changeSettings { $0.maxFailedLogins = failedLogins; $0.lockoutMinutes = lockoutMinutes }
        }
        #expect(try school.logCount() == before)
        #expect(try school.admin.settings() == JournalSettings())
    }

    @Test func theBoundsThemselvesAreAccepted() throws {
        let school = try SchoolFixture()
        try school.admin.changeSettings { $0.maxFailedLogins = 20; $0.lockoutMinutes = 1440 }
        try school.admin.changeSettings { $0.maxFailedLogins = 1; $0.lockoutMinutes = 1 }
        let settings = try school.admin.settings()
        #expect(settings.maxFailedLogins == 1 && settings.lockoutMinutes == 1)
    }
}
